package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to Twilio, immutable: every {@code with...} method returns a new request.
 *
 * <pre>{@code
 * ApiRequest.post("/v1/Workspaces/WS.../Tasks")
 *     .withForm("Attributes", "{\"type\":\"support\"}")
 *     .withForm("Priority", 5)
 *     .withForm("RoutingTarget", List.of("WK1", "WK2")) // repeated key
 *     .withIfMatch(etag);
 * }</pre>
 *
 * <p>The path is relative to the client's base URI ({@code /v1/Workspaces}) or a full URL such as a
 * page's {@code next_page_url}. Form values are rendered as Twilio expects: booleans {@code
 * true}/{@code false}, numbers in plain notation, instants ISO-8601 in UTC, and each element of an
 * {@link Iterable} as the key repeated.
 */
public final class ApiRequest {

  /** The HTTP methods Twilio's REST API uses. */
  public enum Method {
    /** Read. */
    GET,
    /** Create, update or act. */
    POST,
    /** Remove. */
    DELETE
  }

  private final Method method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> form;
  private final Map<String, String> headers;
  private final JsonNode jsonBody;
  private final boolean retryableOnAmbiguousFailure;

  private ApiRequest(
      Method method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> form,
      Map<String, String> headers,
      JsonNode jsonBody,
      boolean retryableOnAmbiguousFailure) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.form = form;
    this.headers = headers;
    this.jsonBody = jsonBody;
    this.retryableOnAmbiguousFailure = retryableOnAmbiguousFailure;
  }

  /**
   * A request with no parameters. GET requests may be repeated after an ambiguous failure (a reset
   * or a timeout after the request was sent); POST and DELETE are not, unless {@link
   * #retryableOnAmbiguousFailure(boolean)} says so.
   *
   * @param method the HTTP method
   * @param path {@code /v1/...} or a full {@code https://} URL
   * @return the request
   */
  public static ApiRequest of(Method method, String path) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/") && !path.startsWith("https://") && !path.startsWith("http://")) {
      throw new IllegalArgumentException(
          "path must start with \"/\" or be a full http(s) URL, was \"" + path + "\"");
    }
    return new ApiRequest(
        method,
        path,
        Collections.emptyMap(),
        Collections.emptyMap(),
        Collections.emptyMap(),
        null,
        method == Method.GET);
  }

  /**
   * {@code GET path}.
   *
   * @param path {@code /v1/...} or a full URL
   * @return the request
   */
  public static ApiRequest get(String path) {
    return of(Method.GET, path);
  }

  /**
   * {@code POST path}.
   *
   * @param path {@code /v1/...} or a full URL
   * @return the request
   */
  public static ApiRequest post(String path) {
    return of(Method.POST, path);
  }

  /**
   * {@code DELETE path}.
   *
   * @param path {@code /v1/...} or a full URL
   * @return the request
   */
  public static ApiRequest delete(String path) {
    return of(Method.DELETE, path);
  }

  /** The HTTP method. */
  public Method method() {
    return method;
  }

  /** The path or full URL as given. */
  public String path() {
    return path;
  }

  /** Query parameters in the order first given; a key with several values is repeated. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** Form parameters in the order first given; a key with several values is repeated. */
  public Map<String, List<String>> form() {
    return form;
  }

  /** Extra headers, such as {@code If-Match}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The JSON body, for the operations that take one instead of a form. */
  public Optional<JsonNode> jsonBody() {
    return Optional.ofNullable(jsonBody).map(JsonNode::deepCopy);
  }

  /**
   * Whether the request may be sent again after a failure that left it unknown whether the server
   * processed it; true by default for GET only.
   */
  public boolean retryableOnAmbiguousFailure() {
    return retryableOnAmbiguousFailure;
  }

  /**
   * Adds a query parameter; values are rendered like {@link #withForm(String, Object)}.
   *
   * @param name the parameter name, such as {@code PageSize}
   * @param value a String, Boolean, Number, Instant or Iterable of them (key repeated)
   * @return a new request
   */
  public ApiRequest withQuery(String name, Object value) {
    return new ApiRequest(
        method,
        path,
        append(query, name, value),
        form,
        headers,
        jsonBody,
        retryableOnAmbiguousFailure);
  }

  /**
   * Adds a form parameter (POST only). {@code withForm("Priority", 5)} sends {@code Priority=5};
   * {@code withForm("Available", true)} sends {@code Available=true}; an {@code Instant} is sent as
   * {@code 2026-01-01T00:00:00Z}; {@code withForm("Events", List.of("a", "b"))} sends {@code
   * Events=a&Events=b}. Calling it twice with one name adds a second value.
   *
   * @param name the PascalCase parameter name, such as {@code FriendlyName}
   * @param value a String, Boolean, Number, Instant or Iterable of them
   * @return a new request
   * @throws IllegalStateException if the request is not a POST or already has a JSON body
   * @throws IllegalArgumentException if the value is of another type
   */
  public ApiRequest withForm(String name, Object value) {
    if (method != Method.POST) {
      throw new IllegalStateException(
          method + " " + path + " cannot carry form parameter " + name + "; use withQuery");
    }
    if (jsonBody != null) {
      throw new IllegalStateException(
          "POST " + path + " already has a JSON body; cannot add form parameter " + name);
    }
    return new ApiRequest(
        method, path, query, append(form, name, value), headers, null, retryableOnAmbiguousFailure);
  }

  /**
   * Adds or replaces a header. {@code Authorization}, {@code User-Agent}, {@code Content-Type} and
   * {@code Accept} are set by the client, and {@code Host}, {@code Connection}, {@code
   * Content-Length}, {@code Expect} and {@code Upgrade} by the HTTP stack: they are refused here.
   *
   * @param name the header name
   * @param value its value
   * @return a new request
   */
  public ApiRequest withHeader(String name, String value) {
    Objects.requireNonNull(name, "header name == null");
    Objects.requireNonNull(value, "header " + name + " value == null");
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization")
        || lower.equals("user-agent")
        || lower.equals("content-type")
        || lower.equals("accept")) {
      throw new IllegalArgumentException(
          "header " + name + " is set by the client, not per request");
    }
    if (lower.equals("host")
        || lower.equals("connection")
        || lower.equals("content-length")
        || lower.equals("expect")
        || lower.equals("upgrade")) {
      throw new IllegalArgumentException("header " + name + " is managed by the HTTP stack");
    }
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    copy.put(name, value);
    return new ApiRequest(
        method,
        path,
        query,
        form,
        Collections.unmodifiableMap(copy),
        jsonBody,
        retryableOnAmbiguousFailure);
  }

  /**
   * Sends {@code If-Match: etag}: Twilio refuses the change with {@link
   * PreconditionFailedException} if the resource changed since that ETag was read.
   *
   * @param etag the ETag from {@link ApiResponse#etag()}
   * @return a new request
   */
  public ApiRequest withIfMatch(String etag) {
    return withHeader("If-Match", etag);
  }

  /**
   * Sends {@code body} as {@code application/json} instead of a form (POST only).
   *
   * @param body the JSON body
   * @return a new request
   */
  public ApiRequest withJsonBody(JsonNode body) {
    Objects.requireNonNull(body, "body == null");
    if (method != Method.POST || !form.isEmpty()) {
      throw new IllegalStateException(
          method
              + " "
              + path
              + " cannot carry a JSON body"
              + (form.isEmpty() ? "" : " and a form"));
    }
    return new ApiRequest(
        method, path, query, form, headers, body.deepCopy(), retryableOnAmbiguousFailure);
  }

  /**
   * Whether the request may be sent again when it failed after possibly reaching the server. Say
   * {@code true} only for a call that is safe to repeat, such as an update guarded by {@code
   * If-Match} or a POST that sets absolute values.
   *
   * @param retryable the new setting
   * @return a new request
   */
  public ApiRequest retryableOnAmbiguousFailure(boolean retryable) {
    return new ApiRequest(method, path, query, form, headers, jsonBody, retryable);
  }

  @Override
  public String toString() {
    return "ApiRequest["
        + method
        + " "
        + path
        + ", query="
        + query.keySet()
        + ", form="
        + form.keySet()
        + "]";
  }

  private static Map<String, List<String>> append(
      Map<String, List<String>> map, String name, Object value) {
    Objects.requireNonNull(name, "parameter name == null");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("parameter name must not be empty");
    }
    List<String> rendered = new ArrayList<>();
    if (value instanceof Iterable) {
      int index = 0;
      for (Object element : (Iterable<?>) value) {
        rendered.add(render(name + "[" + index++ + "]", element));
      }
    } else {
      rendered.add(render(name, value));
    }
    Map<String, List<String>> copy = new LinkedHashMap<>(map);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, Collections.emptyList()));
    values.addAll(rendered);
    copy.put(name, Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(copy);
  }

  private static String render(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("parameter " + name + " is null; omit it instead");
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("parameter " + name + " must be finite, was " + value);
      }
      // The shortest decimal that reads back as the same float or double: 0.1f is "0.1".
      return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    if (value instanceof Instant) {
      return DateTimeFormatter.ISO_INSTANT.format((Instant) value);
    }
    throw new IllegalArgumentException(
        "parameter "
            + name
            + " has unsupported type "
            + value.getClass().getName()
            + "; use String, Boolean, Number, Instant or an Iterable of them");
  }
}
