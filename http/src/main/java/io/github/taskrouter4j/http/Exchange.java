package io.github.taskrouter4j.http;

/** The final answer to a request, with what is needed to describe it in errors. */
final class Exchange {
  private final String method;
  private final String path;
  private final TransportResponse response;
  private final int attempts;

  Exchange(String method, String path, TransportResponse response, int attempts) {
    this.method = method;
    this.path = path;
    this.response = response;
    this.attempts = attempts;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path without query, safe to log. */
  public String path() {
    return path;
  }

  /** The answer. */
  public TransportResponse response() {
    return response;
  }

  /** How many times the request was sent. */
  public int attempts() {
    return attempts;
  }

  /** Whether the status is 2xx. */
  public boolean successful() {
    return response.status() >= 200 && response.status() < 300;
  }
}
