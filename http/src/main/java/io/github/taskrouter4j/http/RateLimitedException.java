package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP 429: Twilio rate-limited the call and the retry policy gave up (attempts exhausted, or the
 * {@code Retry-After} wait would exceed its time budget).
 */
public final class RateLimitedException extends TaskRouterServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param body the JSON error body
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was sent
   */
  public RateLimitedException(JsonNode body, String method, String path, int attempts) {
    super(429, body, method, path, attempts);
  }
}
