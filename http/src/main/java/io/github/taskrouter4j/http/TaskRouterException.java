package io.github.taskrouter4j.http;

import java.util.Objects;

/**
 * Root of every exception this library throws for a call to Twilio: catch it to handle all of them.
 * Either Twilio answered with an error ({@link TaskRouterServiceException}) or no usable answer
 * arrived ({@link TaskRouterClientException}). Messages never contain credentials.
 */
public abstract class TaskRouterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int attempts;

  TaskRouterException(String message, String method, String path, int attempts, Throwable cause) {
    super(message, cause);
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.attempts = attempts;
  }

  /** The HTTP method of the failed call, such as {@code POST}. */
  public String method() {
    return method;
  }

  /** The path of the failed call without its query, such as {@code /v1/Workspaces}. */
  public String path() {
    return path;
  }

  /** How many times the request was sent (or tried) before giving up; at least 1. */
  public int attempts() {
    return attempts;
  }
}
