package io.github.taskrouter4j.webhook;

/**
 * A Servlet-agnostic callback endpoint: request in, response out. {@link AssignmentEndpoint} and
 * {@link EventEndpoint} implement it; {@link HttpServerAdapter} serves one with the JDK's {@code
 * HttpServer}, and any other server needs only a few lines (see the README).
 */
@FunctionalInterface
public interface WebhookEndpoint {

  /**
   * Handles one request. Never throws for bad input: a bad signature is a 403, an unreadable
   * callback a 400, a failing application handler a 500 (so TaskRouter uses the fallback URL).
   *
   * @param request the raw request
   * @return the response to write
   */
  WebhookResponse handle(WebhookRequest request);
}
