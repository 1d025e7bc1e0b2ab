package io.github.taskrouter4j.http;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * No usable answer arrived: the connection failed or was reset, the request timed out, the wait
 * before a retry was interrupted, or the body was not the JSON expected (an HTML page from a proxy,
 * an empty or truncated body). {@link #status()} and {@link #bodyExcerpt()} say what did arrive.
 */
public final class TaskRouterClientException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String bodyExcerpt;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without credentials
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was tried
   * @param status the HTTP status, or -1 when no answer arrived
   * @param bodyExcerpt the start of the body received, or {@code null}
   * @param cause the underlying exception, or {@code null}
   */
  public TaskRouterClientException(
      String message,
      String method,
      String path,
      int attempts,
      int status,
      String bodyExcerpt,
      Throwable cause) {
    super(message, method, path, attempts, cause);
    this.status = status;
    this.bodyExcerpt = bodyExcerpt;
  }

  /** The HTTP status when an answer arrived but could not be read. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** The first characters of the body received, when there was one. */
  public Optional<String> bodyExcerpt() {
    return Optional.ofNullable(bodyExcerpt);
  }
}
