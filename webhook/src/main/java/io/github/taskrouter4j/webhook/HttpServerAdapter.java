package io.github.taskrouter4j.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

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
 */
public final class HttpServerAdapter implements HttpHandler {
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
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String scheme = exchange instanceof HttpsExchange ? "https" : "http";
      String host = exchange.getRequestHeaders().getFirst("Host");
      if (host == null || host.isEmpty()) {
        host =
            exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
      }
      String url = scheme + "://" + host + exchange.getRequestURI().toString();
      WebhookResponse response =
          endpoint.handle(
              WebhookRequest.of(
                  exchange.getRequestMethod(), url, exchange.getRequestHeaders(), body));
      response.contentType().ifPresent(c -> exchange.getResponseHeaders().set("Content-Type", c));
      byte[] bytes = response.bodyBytes();
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }
}
