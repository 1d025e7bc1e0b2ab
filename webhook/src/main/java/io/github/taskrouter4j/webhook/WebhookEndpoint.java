package io.github.taskrouter4j.webhook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Servlet-agnostic callback endpoint: request in, response out. {@link AssignmentEndpoint} and
 * {@link EventEndpoint} implement it; {@link HttpServerAdapter} serves one with the JDK's {@code
 * HttpServer}, and any other server needs only a few lines (see docs/webhooks.md).
 */
@FunctionalInterface
public interface WebhookEndpoint {

  /** The default cap on a callback body: 1 MiB, far above TaskRouter's callbacks (a few KiB). */
  int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /**
   * Handles one request. Never throws for bad input: a bad signature is a 403, an unreadable
   * callback a 400, a failing application handler a 500 (so TaskRouter uses the fallback URL).
   *
   * @param request the raw request
   * @return the response to write
   */
  WebhookResponse handle(WebhookRequest request);

  /**
   * Answers a request from its method and headers alone, before its body is read: a server calls
   * this first and, when an answer comes back, writes it without reading the body (so an unsigned
   * or oversized upload costs neither memory nor bandwidth). {@link HttpServerAdapter} does so. The
   * endpoints answer 405 for anything but POST, 403 when a signature is required and the request
   * has none, and 413 when {@code Content-Length} exceeds {@link #maxBodyBytes()}.
   *
   * @param method the HTTP method
   * @param headers the request headers, names in any case
   * @return the refusal, or empty when the body should be read and passed to {@link #handle}
   */
  default Optional<WebhookResponse> refuseBeforeBody(
      String method, Map<String, List<String>> headers) {
    return Optional.empty();
  }

  /**
   * The largest body this endpoint reads; a server stops reading past it and answers 413.
   *
   * @return the limit in bytes, {@link #DEFAULT_MAX_BODY_BYTES} unless configured
   */
  default int maxBodyBytes() {
    return DEFAULT_MAX_BODY_BYTES;
  }
}
