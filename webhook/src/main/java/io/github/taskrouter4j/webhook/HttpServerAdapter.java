package io.github.taskrouter4j.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a {@link WebhookEndpoint} with the JDK's {@code com.sun.net.httpserver.HttpServer}:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/assignment", HttpServerAdapter.of(endpoint));
 * server.start();
 * }</pre>
 *
 * <p>The request URL is rebuilt from the {@code Host} header and the raw request URI ({@code https}
 * for an {@code HttpsServer}); behind a proxy, configure the endpoint's {@code publicBaseUrl}.
 *
 * <p>The body is read only after {@link WebhookEndpoint#refuseBeforeBody} found nothing to refuse
 * (a wrong method, a missing signature, a declared length over the limit), and never past {@link
 * WebhookEndpoint#maxBodyBytes()}: a refusal is sent with {@code Connection: close} and the rest of
 * the upload is not read.
 */
public final class HttpServerAdapter implements HttpHandler {
  private static final int READ_CHUNK = 8192;

  private final WebhookEndpoint endpoint;

  private HttpServerAdapter(WebhookEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * Adapts an endpoint.
   *
   * @param endpoint the endpoint to serve
   * @return an {@link HttpHandler} for {@code HttpServer.createContext}
   */
  public static HttpServerAdapter of(WebhookEndpoint endpoint) {
    return new HttpServerAdapter(Objects.requireNonNull(endpoint, "endpoint == null"));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Optional<WebhookResponse> refusal =
          endpoint.refuseBeforeBody(exchange.getRequestMethod(), exchange.getRequestHeaders());
      if (refusal.isPresent()) {
        respond(exchange, refusal.get(), true);
        return;
      }
      Optional<byte[]> body = readAtMost(exchange.getRequestBody(), endpoint.maxBodyBytes());
      if (body.isEmpty()) {
        respond(exchange, WebhookResponse.bodyTooLarge(endpoint.maxBodyBytes()), true);
        return;
      }
      WebhookResponse response =
          endpoint.handle(
              WebhookRequest.of(
                  exchange.getRequestMethod(),
                  requestUrl(exchange),
                  exchange.getRequestHeaders(),
                  body.get()));
      respond(exchange, response, false);
    } finally {
      exchange.close();
    }
  }

  private static String requestUrl(HttpExchange exchange) {
    String scheme = exchange instanceof HttpsExchange ? "https" : "http";
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isEmpty()) {
      host =
          exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
    }
    return scheme + "://" + host + exchange.getRequestURI().toString();
  }

  /** The whole body, or empty when it is longer than {@code limit} (then the rest is unread). */
  private static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[READ_CHUNK];
    int n;
    while ((n = in.read(chunk)) >= 0) {
      if (out.size() + n > limit) {
        return Optional.empty();
      }
      out.write(chunk, 0, n);
    }
    return Optional.of(out.toByteArray());
  }

  private static void respond(HttpExchange exchange, WebhookResponse response, boolean close)
      throws IOException {
    response.contentType().ifPresent(c -> exchange.getResponseHeaders().set("Content-Type", c));
    if (close) {
      // The body was not read (or not all of it): the connection cannot carry another request.
      exchange.getResponseHeaders().set("Connection", "close");
    }
    byte[] bytes = response.bodyBytes();
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
