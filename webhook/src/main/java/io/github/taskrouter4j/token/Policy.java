package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of a {@link CapabilityToken}: allow (or deny) an HTTP method on a URL, where {@code **}
 * matches any rest of the path, optionally requiring query or POST parameters.
 *
 * <pre>{@code
 * Policy.allow("POST", base + "/Workers/" + worker).requirePostParameter("ActivitySid")
 * // {"url":"…/Workers/WK…","method":"POST","query_filter":{},
 * //  "post_filter":{"ActivitySid":{"required":true}},"allow":true}
 * }</pre>
 */
public final class Policy {
  private final String url;
  private final String method;
  private final Map<String, Boolean> queryFilter;
  private final Map<String, Boolean> postFilter;
  private final boolean allow;

  private Policy(
      String url,
      String method,
      Map<String, Boolean> queryFilter,
      Map<String, Boolean> postFilter,
      boolean allow) {
    this.url = url;
    this.method = method;
    this.queryFilter = Collections.unmodifiableMap(new LinkedHashMap<>(queryFilter));
    this.postFilter = Collections.unmodifiableMap(new LinkedHashMap<>(postFilter));
    this.allow = allow;
  }

  /**
   * A rule that allows {@code method} on {@code url}.
   *
   * @param method {@code GET}, {@code POST} or {@code DELETE}
   * @param url an absolute URL; {@code **} matches the rest of a path
   */
  public static Policy allow(String method, String url) {
    return new Policy(checkUrl(url), checkMethod(method), Map.of(), Map.of(), true);
  }

  /**
   * A rule that denies {@code method} on {@code url}.
   *
   * @param method the HTTP method
   * @param url an absolute URL
   */
  public static Policy deny(String method, String url) {
    return new Policy(checkUrl(url), checkMethod(method), Map.of(), Map.of(), false);
  }

  /**
   * A copy that requires a POST parameter ({@code post_filter}).
   *
   * @param name the parameter, for example {@code ActivitySid}
   */
  public Policy requirePostParameter(String name) {
    Map<String, Boolean> post = new LinkedHashMap<>(postFilter);
    post.put(Objects.requireNonNull(name, "name == null"), true);
    return new Policy(url, method, queryFilter, post, allow);
  }

  /**
   * A copy that requires a query parameter ({@code query_filter}).
   *
   * @param name the parameter
   */
  public Policy requireQueryParameter(String name) {
    Map<String, Boolean> query = new LinkedHashMap<>(queryFilter);
    query.put(Objects.requireNonNull(name, "name == null"), true);
    return new Policy(url, method, query, postFilter, allow);
  }

  /** The URL pattern. */
  public String url() {
    return url;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** {@code query_filter}: parameter name to whether it is required. */
  public Map<String, Boolean> queryFilter() {
    return queryFilter;
  }

  /** {@code post_filter}: parameter name to whether it is required. */
  public Map<String, Boolean> postFilter() {
    return postFilter;
  }

  /** Whether the rule allows (or denies). */
  public boolean isAllow() {
    return allow;
  }

  /**
   * Whether this rule covers a request ({@code **} matching any rest of the path).
   *
   * @param method the request's method
   * @param requestUrl the request's URL, without query string
   */
  public boolean matches(String method, String requestUrl) {
    if (!this.method.equalsIgnoreCase(method)) {
      return false;
    }
    String[] literal = url.split("\\*\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < literal.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(literal[i]));
    }
    return requestUrl.matches(regex.toString());
  }

  ObjectNode toJson() {
    ObjectNode json = TokenJson.object();
    json.put("url", url);
    json.put("method", method);
    ObjectNode query = json.putObject("query_filter");
    queryFilter.forEach((k, v) -> query.putObject(k).put("required", v));
    ObjectNode post = json.putObject("post_filter");
    postFilter.forEach((k, v) -> post.putObject(k).put("required", v));
    json.put("allow", allow);
    return json;
  }

  static Policy fromJson(JsonNode json) {
    if (!json.path("url").isTextual() || !json.path("method").isTextual()) {
      throw new InvalidTokenException("a capability policy needs a url and a method, was " + json);
    }
    Policy policy =
        new Policy(
            json.get("url").asText(),
            json.get("method").asText().toUpperCase(Locale.ROOT),
            filter(json.path("query_filter")),
            filter(json.path("post_filter")),
            json.path("allow").asBoolean(false));
    return policy;
  }

  private static Map<String, Boolean> filter(JsonNode node) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().path("required").asBoolean(false));
    }
    return out;
  }

  private static String checkUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("policy url must be absolute, was \"" + url + "\"");
    }
    return url;
  }

  private static String checkMethod(String method) {
    String upper = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
    if (!upper.equals("GET") && !upper.equals("POST") && !upper.equals("DELETE")) {
      throw new IllegalArgumentException(
          "policy method must be GET, POST or DELETE, was \"" + method + "\"");
    }
    return upper;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Policy)) {
      return false;
    }
    Policy p = (Policy) other;
    return p.url.equals(url)
        && p.method.equals(method)
        && p.queryFilter.equals(queryFilter)
        && p.postFilter.equals(postFilter)
        && p.allow == allow;
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, method, queryFilter, postFilter, allow);
  }

  /** For example {@code allow POST https://…/Workers/WK… post_filter={ActivitySid=true}}. */
  @Override
  public String toString() {
    return (allow ? "allow " : "deny ")
        + method
        + " "
        + url
        + (queryFilter.isEmpty() ? "" : " query_filter=" + queryFilter)
        + (postFilter.isEmpty() ? "" : " post_filter=" + postFilter);
  }
}
