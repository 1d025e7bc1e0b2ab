package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP 412: the {@code If-Match} ETag no longer matches: someone else changed the resource; fetch
 * it again and retry.
 */
public final class PreconditionFailedException extends TaskRouterServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param body the JSON error body
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was sent
   */
  public PreconditionFailedException(JsonNode body, String method, String path, int attempts) {
    super(412, body, method, path, attempts);
  }
}
