package io.github.taskrouter4j.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A callback request as any HTTP server sees it, the input of the Servlet-agnostic endpoints. Build
 * it from the raw request: the body must be the bytes received (do not let a framework parse the
 * form first, or the parameters the signature covers are lost).
 *
 * <pre>{@code
 * // from a Servlet
 * String url = req.getRequestURL() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
 * WebhookRequest request = WebhookRequest.of(req.getMethod(), url, headers, req.getInputStream().readAllBytes());
 * }</pre>
 */
public final class WebhookRequest {
  private final String method;
  private final String url;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private WebhookRequest(
      String method, String url, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Makes a request.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param url the full URL as the server saw it, query string included
   * @param headers the headers; names are matched case-insensitively
   * @param body the raw body
   * @return the request
   */
  public static WebhookRequest of(
      String method, String url, Map<String, List<String>> headers, byte[] body) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(url, "url == null");
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (k, v) -> {
          if (k != null) {
            copy.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
          }
        });
    return new WebhookRequest(
        method.toUpperCase(Locale.ROOT), url, Collections.unmodifiableMap(copy), body.clone());
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The full URL as the server saw it. */
  public String url() {
    return url;
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** All headers, with case-insensitive names. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** A copy of the raw body. */
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Whether the body is JSON, by its {@code Content-Type}. */
  public boolean isJson() {
    return header("Content-Type")
        .map(c -> c.toLowerCase(Locale.ROOT).startsWith("application/json"))
        .orElse(false);
  }

  /** Shows method, URL and body size; not the body (it may hold personal data). */
  @Override
  public String toString() {
    return method + " " + url + " (" + body.length + " bytes)";
  }
}
