package io.github.taskrouter4j.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful answer: status, headers (looked up without regard to case, so Twilio's {@code ETag}
 * and {@code Etag} are one header) and the decoded body.
 *
 * @param <T> the body type; for {@code ApiResponse<Void>} the body is {@code null}, the only value
 *     of {@link Void}
 */
public final class ApiResponse<T> {
  private final int status;
  private final Map<String, List<String>> headers;
  private final T body;
  private final int attempts;

  /**
   * Creates a response.
   *
   * @param status the HTTP status
   * @param headers the headers; names are merged without regard to case
   * @param body the decoded body
   * @param attempts how many times the request was sent to obtain it
   */
  public ApiResponse(int status, Map<String, List<String>> headers, T body, int attempts) {
    Objects.requireNonNull(headers, "headers == null");
    this.status = status;
    TreeMap<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null) {
            merged.merge(
                name,
                List.copyOf(values),
                (a, b) -> {
                  List<String> both = new ArrayList<>(a);
                  both.addAll(b);
                  return List.copyOf(both);
                });
          }
        });
    this.headers = Collections.unmodifiableMap(merged);
    this.body = body;
    this.attempts = attempts;
  }

  /** The HTTP status, 2xx. */
  public int status() {
    return status;
  }

  /** Every header; keys compare without regard to case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header, looked up without regard to case.
   *
   * @param name the header name
   * @return its first value
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The resource version from the {@code ETag} header (Twilio also spells it {@code Etag}), to pass
   * to {@link ApiRequest#withIfMatch(String)}.
   */
  public Optional<String> etag() {
    return header("ETag");
  }

  /** The decoded body. */
  public T body() {
    return body;
  }

  /** How many times the request was sent before this answer; more than 1 after retries. */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "ApiResponse[status=" + status + ", attempts=" + attempts + ", body=" + body + "]";
  }
}
