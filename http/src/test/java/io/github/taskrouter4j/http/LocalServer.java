package io.github.taskrouter4j.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 answering with scripted replies and recording requests. */
final class LocalServer implements AutoCloseable {

  /** One request as the server received it. */
  record Received(
      String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** One answer. */
  record Reply(int status, List<String[]> headers, byte[] body) {
    static Reply json(int status, String json) {
      return new Reply(
          status,
          List.<String[]>of(new String[] {"Content-Type", "application/json"}),
          json.getBytes(StandardCharsets.UTF_8));
    }

    static Reply of(int status, String contentType, String body) {
      return new Reply(
          status,
          List.<String[]>of(new String[] {"Content-Type", contentType}),
          body.getBytes(StandardCharsets.UTF_8));
    }

    Reply withHeader(String name, String value) {
      List<String[]> all = new ArrayList<>(headers);
      all.add(new String[] {name, value});
      return new Reply(status, all, body);
    }
  }

  static {
    // Headers and body go out in separate writes; without TCP_NODELAY the body waits ~40 ms for
    // the client's delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedDeque<Function<Received, Reply>> script =
      new ConcurrentLinkedDeque<>();
  private volatile Function<Received, Reply> fallback =
      r -> Reply.json(500, "{\"message\":\"no reply scripted\"}");

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  LocalServer enqueue(Reply reply) {
    script.add(r -> reply);
    return this;
  }

  LocalServer enqueue(Function<Received, Reply> reply) {
    script.add(reply);
    return this;
  }

  LocalServer always(Function<Received, Reply> reply) {
    fallback = reply;
    return this;
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  Received last() {
    List<Received> all = received();
    return all.get(all.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Received request =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    received.add(request);
    Function<Received, Reply> next = script.poll();
    Reply reply = (next != null ? next : fallback).apply(request);
    for (String[] header : reply.headers()) {
      exchange.getResponseHeaders().add(header[0], header[1]);
    }
    if (reply.body().length == 0) {
      exchange.sendResponseHeaders(reply.status(), -1);
    } else {
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
