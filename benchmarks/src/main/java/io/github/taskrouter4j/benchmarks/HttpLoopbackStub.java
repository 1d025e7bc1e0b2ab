package io.github.taskrouter4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for Twilio's "create Task" endpoint: every POST to {@code
 * /v1/Workspaces/{sid}/Tasks} reads the form body and answers 201 with the same Task JSON, shaped
 * like Twilio's (fields of the OpenAPI schema {@code taskrouter.v1.workspace.task}). One stub
 * serves every client in {@link HttpBenchmark} so they are measured against the same server.
 */
final class HttpLoopbackStub implements AutoCloseable {
  static final String WORKSPACE_SID = "WS" + "0123456789abcdef".repeat(2);
  static final String TASK_SID = "WT" + "fedcba9876543210".repeat(2);
  static final String TASK_JSON =
      "{\"account_sid\":\"AC0123456789abcdef0123456789abcdef\",\"age\":0,"
          + "\"assignment_status\":\"pending\","
          + "\"attributes\":\"{\\\"type\\\":\\\"support\\\",\\\"language\\\":\\\"en\\\"}\","
          + "\"addons\":\"{}\",\"date_created\":\"2026-11-29T19:00:00Z\","
          + "\"date_updated\":\"2026-11-29T19:00:00Z\","
          + "\"task_queue_entered_date\":\"2026-11-29T19:00:00Z\",\"priority\":5,\"reason\":null,"
          + "\"sid\":\""
          + TASK_SID
          + "\","
          + "\"task_queue_sid\":\"WQ0123456789abcdef0123456789abcdef\","
          + "\"task_queue_friendly_name\":\"Support\","
          + "\"task_channel_sid\":\"TC0123456789abcdef0123456789abcdef\","
          + "\"task_channel_unique_name\":\"default\",\"timeout\":86400,"
          + "\"workflow_sid\":\"WW0123456789abcdef0123456789abcdef\","
          + "\"workflow_friendly_name\":\"Default\","
          + "\"workspace_sid\":\""
          + WORKSPACE_SID
          + "\","
          + "\"url\":\"https://taskrouter.twilio.com/v1/Workspaces/"
          + WORKSPACE_SID
          + "/Tasks/"
          + TASK_SID
          + "\","
          + "\"links\":{\"reservations\":\"https://taskrouter.twilio.com/v1/Workspaces/"
          + WORKSPACE_SID
          + "/Tasks/"
          + TASK_SID
          + "/Reservations\"},"
          + "\"virtual_start_time\":\"2026-11-29T19:00:00Z\",\"ignore_capacity\":false,"
          + "\"routing_target\":null}";

  private static final byte[] BODY = TASK_JSON.getBytes(StandardCharsets.UTF_8);

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, the body then
    // waits for the client's delayed ACK (~40 ms) and every client would measure that stall.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    // The JDK server closes connections idle for 30 s while clients keep them pooled for 20 min;
    // a pooled connection reused as that close arrives fails its POST ("header parser received no
    // bytes", see IdleConnectionTest in the http module). Keep connections for the whole run.
    System.setProperty("sun.net.httpserver.idleInterval", "86400");
  }

  private final HttpServer server;
  private final ExecutorService executor;

  HttpLoopbackStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    executor = Executors.newFixedThreadPool(16);
    server.createContext("/v1/Workspaces/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] request = exchange.getRequestBody().readAllBytes();
    int status =
        "POST".equals(exchange.getRequestMethod())
                && request.length > 0
                && exchange.getRequestHeaders().getFirst("Authorization") != null
            ? 201
            : 400;
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("ETag", "\"1\"");
    if (status != 201) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(201, BODY.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(BODY);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
