package io.github.taskrouter4j.http.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 standing in for Twilio in the http and dsl tests: it records
 * every request as it arrived on the wire and answers with what the test queued, or with what the
 * fallback computes. Published in http's test-jar.
 */
public final class StubServer implements AutoCloseable {

  /**
   * One request as the server received it.
   *
   * @param method the HTTP method
   * @param path the raw (still percent-encoded) path
   * @param rawQuery the raw query string, or {@code null} without one
   * @param query the decoded query parameters
   * @param form the decoded form parameters of a form-encoded body, else empty
   * @param headers the request headers
   * @param body the body bytes
   */
  public record Request(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> query,
      Map<String, List<String>> form,
      Map<String, List<String>> headers,
      byte[] body) {

    /**
     * The first value of a header, matched case-insensitively.
     *
     * @param name the header name
     * @return its first value, or {@code null} when absent
     */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }

    /**
     * The single value of a form parameter.
     *
     * @param name the parameter name
     * @return its first value, or {@code null} when absent
     */
    public String form(String name) {
      List<String> values = form.get(name);
      return values == null ? null : values.get(0);
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the text
     */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return method + " " + path + " query=" + query + " form=" + form;
    }
  }

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param headers name/value pairs
   * @param body the body bytes; empty sends no body
   */
  public record Reply(int status, List<String[]> headers, byte[] body) {

    /**
     * A JSON answer.
     *
     * @param status the HTTP status
     * @param json the body
     * @return the answer
     */
    public static Reply json(int status, String json) {
      return of(status, "application/json", json);
    }

    /**
     * An answer with a body of the given content type.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}
     * @param body the body
     * @return the answer
     */
    public static Reply of(int status, String contentType, String body) {
      return new Reply(
          status,
          List.<String[]>of(new String[] {"Content-Type", contentType}),
          body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An answer without headers or body.
     *
     * @param status the HTTP status
     * @return the answer
     */
    public static Reply empty(int status) {
      return new Reply(status, List.of(), new byte[0]);
    }

    /**
     * This answer with one more header.
     *
     * @param name the header name
     * @param value its value
     * @return the new answer
     */
    public Reply withHeader(String name, String value) {
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

  private static final Function<Request, Reply> NOTHING_QUEUED =
      r ->
          Reply.json(
              500, "{\"code\":20500,\"message\":\"nothing queued for " + r + "\",\"status\":500}");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final List<Request> received = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedDeque<Function<Request, Reply>> script =
      new ConcurrentLinkedDeque<>();
  private volatile Function<Request, Reply> fallback = NOTHING_QUEUED;

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @throws IOException if no port could be bound
   */
  public StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Where the server listens.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Queues the next answer.
   *
   * @param reply the answer
   * @return this server
   */
  public StubServer enqueue(Reply reply) {
    script.add(r -> reply);
    return this;
  }

  /**
   * Queues a JSON answer.
   *
   * @param status the HTTP status
   * @param json the body
   * @return this server
   */
  public StubServer enqueue(int status, String json) {
    return enqueue(Reply.json(status, json));
  }

  /**
   * Queues an answer computed from the request.
   *
   * @param reply computes the answer
   * @return this server
   */
  public StubServer enqueue(Function<Request, Reply> reply) {
    script.add(reply);
    return this;
  }

  /**
   * Answers requests nothing was queued for.
   *
   * @param reply computes the answer
   * @return this server
   */
  public StubServer always(Function<Request, Reply> reply) {
    fallback = reply;
    return this;
  }

  /**
   * The requests received so far, in order.
   *
   * @return a copy
   */
  public List<Request> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * The latest request.
   *
   * @return the request
   */
  public Request last() {
    List<Request> all = received();
    return all.get(all.size() - 1);
  }

  /**
   * Forgets requests, queued answers and the fallback, so one server can serve many tests.
   *
   * @return this server
   */
  public StubServer reset() {
    received.clear();
    script.clear();
    fallback = NOTHING_QUEUED;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Map<String, List<String>> form =
        contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
            ? decode(new String(body, StandardCharsets.UTF_8))
            : Map.of();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            rawQuery,
            decode(rawQuery),
            form,
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    received.add(request);
    Function<Request, Reply> next = script.poll();
    Reply reply = (next != null ? next : fallback).apply(request);
    for (String[] header : reply.headers()) {
      exchange.getResponseHeaders().add(header[0], header[1]);
    }
    if (reply.body().length == 0 || reply.status() == 204) {
      exchange.sendResponseHeaders(reply.status(), -1);
    } else {
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    }
    exchange.close();
  }

  /**
   * Decodes {@code a=1&b=x%20y} into parameters, keeping their order.
   *
   * @param raw the encoded text, may be {@code null}
   * @return the parameters
   */
  public static Map<String, List<String>> decode(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
