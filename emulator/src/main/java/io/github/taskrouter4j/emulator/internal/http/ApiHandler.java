package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP front: checks HTTP Basic credentials on every request, parses query and form body,
 * dispatches to the endpoint and writes JSON, or Twilio's error JSON.
 */
public final class ApiHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
  private static final int MAX_BODY = 2 * 1024 * 1024;

  private final Routes routes;
  private final byte[] expectedAuthorization;

  /**
   * Serves {@code routes} to callers that authenticate with HTTP Basic as {@code accountSid} and
   * {@code authToken}.
   */
  public ApiHandler(Routes routes, String accountSid, String authToken) {
    this.routes = routes;
    String basic = accountSid + ":" + authToken;
    this.expectedAuthorization =
        ("Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    try {
      reply = dispatch(exchange);
    } catch (ApiError e) {
      reply = null;
      writeError(exchange, e);
    } catch (RuntimeException e) {
      reply = null;
      LOG.log(
          Level.ERROR,
          "Internal error answering "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getPath(),
          e);
      writeError(
          exchange,
          new ApiError(500, 20500, "Internal Server Error: " + e.getClass().getSimpleName()));
    }
    if (reply != null) {
      write(exchange, reply);
    }
  }

  private Reply dispatch(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth == null
        || !MessageDigest.isEqual(
            auth.trim().getBytes(StandardCharsets.UTF_8), expectedAuthorization)) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"TaskRouter emulator\"");
      throw ApiError.authentication();
    }
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    Routes.Match match = routes.find(method, path);
    Params query = Params.parse(exchange.getRequestURI().getRawQuery());
    Params form = Params.empty();
    if (method.equals("POST")) {
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      String body = readBody(exchange.getRequestBody());
      if (!body.isEmpty()) {
        if (contentType != null
            && !contentType
                .toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")) {
          throw ApiError.invalid(
              "Content-Type must be application/x-www-form-urlencoded, was " + contentType);
        }
        form = Params.parse(body);
      }
    }
    return match.handler.apply(
        new Request(method, path, match.vars, query, form, exchange.getRequestHeaders()));
  }

  /**
   * Answers one request in process, without a socket (benchmarks measure routing this way): the
   * same dispatch, parsing, state changes and JSON writing as over HTTP, minus authentication.
   *
   * @param method GET, POST or DELETE
   * @param pathAndQuery e.g. {@code /v1/Workspaces/WS…/Tasks?PageSize=1}
   * @param form the form body of a POST, empty otherwise
   * @return the HTTP status and the JSON body (empty for 204)
   */
  public Map.Entry<Integer, String> call(String method, String pathAndQuery, String form) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    Reply reply;
    try {
      Routes.Match match = routes.find(method, path);
      reply =
          match.handler.apply(
              new Request(
                  method,
                  path,
                  match.vars,
                  Params.parse(q < 0 ? "" : pathAndQuery.substring(q + 1)),
                  Params.parse(form),
                  Map.of()));
    } catch (ApiError e) {
      return Map.entry(
          e.status(),
          "{\"code\":"
              + e.code()
              + ",\"message\":"
              + Json.MAPPER.valueToTree(e.getMessage())
              + "}");
    }
    try {
      return Map.entry(
          reply.status,
          reply.body.isEmpty() ? "" : Json.MAPPER.writeValueAsString(reply.body.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new ApiError(413, 20001, "Request body exceeds " + MAX_BODY + " bytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    reply.etag.ifPresent(tag -> exchange.getResponseHeaders().set("ETag", tag));
    if (reply.body.isEmpty()) {
      exchange.sendResponseHeaders(reply.status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = Json.MAPPER.writeValueAsBytes(reply.body.get());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(reply.status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void writeError(HttpExchange exchange, ApiError e) throws IOException {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("code", e.code());
    body.put("message", e.getMessage());
    body.put("more_info", e.moreInfo());
    body.put("status", e.status());
    byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(e.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
