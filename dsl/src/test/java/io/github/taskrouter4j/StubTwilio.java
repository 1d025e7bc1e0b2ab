package io.github.taskrouter4j;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.RetryPolicy;
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
import java.util.function.Function;

/**
 * A loopback HTTP server standing in for Twilio: records every request as it arrived on the wire
 * and answers with what the test queued, or with what {@code fallback} computes.
 */
final class StubTwilio implements AutoCloseable {
  /** One request as the server saw it. */
  static final class Recorded {
    final String method;
    final String path;
    final Map<String, List<String>> query;
    final Map<String, List<String>> form;
    final Map<String, List<String>> headers;
    final String body;

    Recorded(
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, List<String>> form,
        Map<String, List<String>> headers,
        String body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.form = form;
      this.headers = headers;
      this.body = body;
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    /** The single value of a form parameter. */
    String form(String name) {
      List<String> values = form.get(name);
      return values == null ? null : values.get(0);
    }

    @Override
    public String toString() {
      return method + " " + path + " query=" + query + " form=" + form;
    }
  }

  /** An answer: status, body and extra headers. */
  static final class Answer {
    final int status;
    final String body;
    final Map<String, String> headers;

    Answer(int status, String body, Map<String, String> headers) {
      this.status = status;
      this.body = body;
      this.headers = headers;
    }

    static Answer json(int status, String body) {
      return new Answer(status, body, Map.of());
    }

    Answer withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Answer(status, body, copy);
    }
  }

  private final HttpServer server;
  private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedDeque<Answer> queued = new ConcurrentLinkedDeque<>();
  private volatile Function<Recorded, Answer> fallback =
      r ->
          Answer.json(
              500, "{\"code\":20500,\"message\":\"nothing queued for " + r + "\",\"status\":500}");

  StubTwilio() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A client pointed at this server, without retries. */
  TaskRouter client() {
    return TaskRouter.builder()
        .credentials(Credentials.authToken("AC0123456789abcdef0123456789abcdef", "secret-token"))
        .baseUri(uri())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues the next answer. */
  StubTwilio answer(int status, String json) {
    queued.add(Answer.json(status, json));
    return this;
  }

  StubTwilio answer(Answer answer) {
    queued.add(answer);
    return this;
  }

  /** Answers requests nothing was queued for. */
  StubTwilio fallback(Function<Recorded, Answer> fallback) {
    this.fallback = fallback;
    return this;
  }

  List<Recorded> requests() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  Recorded last() {
    List<Recorded> all = requests();
    return all.get(all.size() - 1);
  }

  void clear() {
    recorded.clear();
  }

  /** Forgets requests, queued answers and the fallback, so one server can serve many tests. */
  StubTwilio reset() {
    recorded.clear();
    queued.clear();
    fallback =
        r ->
            Answer.json(
                500,
                "{\"code\":20500,\"message\":\"nothing queued for " + r + "\",\"status\":500}");
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Map<String, List<String>> form =
        contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
            ? decode(body)
            : Map.of();
    Recorded r =
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            decode(exchange.getRequestURI().getRawQuery()),
            form,
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    recorded.add(r);
    Answer answer = queued.poll();
    if (answer == null) {
      answer = fallback.apply(r);
    }
    answer.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (answer.status == 204 || answer.body == null) {
      exchange.sendResponseHeaders(answer.status, -1);
    } else {
      byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  static Map<String, List<String>> decode(String raw) {
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
  }
}
