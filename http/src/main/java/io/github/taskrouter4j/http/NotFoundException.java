package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP 404: the resource does not exist (or no longer does: a Task is deleted some minutes after it
 * completes).
 */
public final class NotFoundException extends TaskRouterServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param body the JSON error body
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was sent
   */
  public NotFoundException(JsonNode body, String method, String path, int attempts) {
    super(404, body, method, path, attempts);
  }
}
