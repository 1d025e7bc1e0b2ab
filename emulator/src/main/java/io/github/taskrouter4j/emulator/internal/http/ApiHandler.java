package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP front: checks HTTP Basic credentials on every request (the scheme name in any case, as
 * RFC 7617 allows), parses query and body (form parameters, or strict JSON on the routes that take
 * it), dispatches to the endpoint and writes JSON, or Twilio's error JSON. No answer names a Java
 * class.
 */
public final class ApiHandler implements ExchangeHandler {
  private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());

  /** The largest request body read; a longer one is answered 413 without reading the rest. */
  public static final int MAX_BODY = 2 * 1024 * 1024;

  /** The first buffer a request body is read into. */
  private static final int BODY_BUFFER = 512;

  private static final String BASIC = "basic";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private final Routes routes;
  private final byte[] expectedCredentials;

  /**
   * Serves {@code routes} to callers that authenticate with HTTP Basic as {@code accountSid} and
   * {@code authToken}.
   */
  public ApiHandler(Routes routes, String accountSid, String authToken) {
    this.routes = routes;
    String basic = accountSid + ":" + authToken;
    this.expectedCredentials =
        Base64.getEncoder()
            .encodeToString(basic.getBytes(StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(ServerExchange exchange) throws IOException {
    Reply reply;
    try {
      reply = dispatch(exchange);
    } catch (ApiError e) {
      reply = null;
      exchange.respondError(e);
    } catch (CallerDeadline.GaveUp e) {
      throw e;
    } catch (RuntimeException e) {
      reply = null;
      LOG.log(
          Level.ERROR, "Internal error answering " + exchange.method() + " " + exchange.path(), e);
      exchange.respondError(ApiError.internal());
    }
    if (reply != null) {
      write(exchange, reply);
    }
  }

  private Reply dispatch(ServerExchange exchange) throws IOException {
    if (!authenticated(exchange.header("Authorization").orElse(null))) {
      exchange.setHeader("WWW-Authenticate", "Basic realm=\"TaskRouter emulator\"");
      throw ApiError.authentication();
    }
    String method = exchange.method();
    String path = exchange.path();
    Routes.Match match = routes.find(method, path);
    Params query = Params.parse(exchange.rawQuery());
    Params form = Params.empty();
    JsonNode json = MissingNode.getInstance();
    if (method.equals("POST")) {
      String contentType = exchange.header("Content-Type").orElse(null);
      String body = readBody(exchange.body());
      if (!body.isEmpty()) {
        String expected = match.jsonBody ? JSON : FORM;
        if (contentType != null
            && !contentType.toLowerCase(Locale.ROOT).trim().startsWith(expected)) {
          throw ApiError.invalid(
              "Content-Type must be " + expected + " on " + path + ", was " + contentType);
        }
        if (match.jsonBody) {
          json = readJson(body);
        } else {
          form = Params.parse(body);
        }
      }
    }
    return match.handler.apply(
        new Request(method, path, match.vars, query, form, json, exchange.headers()));
  }

  /** HTTP Basic with this account's credentials; the scheme name is case-insensitive. */
  private boolean authenticated(String authorization) {
    if (authorization == null) {
      return false;
    }
    String value = authorization.trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals(BASIC)) {
      return false;
    }
    byte[] given = value.substring(space + 1).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expectedCredentials);
  }

  private static JsonNode readJson(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.invalid("The request body is not valid JSON" + TaskRouterJson.describe(e));
    }
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
                  MissingNode.getInstance(),
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

  /** The answer to a body larger than {@link #MAX_BODY}. */
  static ApiError tooLarge() {
    return new ApiError(
        413, 20001, "The request body is larger than the emulator reads: " + MAX_BODY + " bytes");
  }

  /**
   * The body as text, refused past {@link #MAX_BODY}. Read into a buffer that starts small and
   * doubles: request bodies are a few hundred bytes, and {@code readNBytes} would zero 8 KiB twice
   * for each.
   */
  private static String readBody(InputStream in) throws IOException {
    byte[] buffer = new byte[BODY_BUFFER];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > MAX_BODY) {
          throw tooLarge();
        }
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_BODY + 1));
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > MAX_BODY) {
      throw tooLarge();
    }
    return new String(buffer, 0, length, StandardCharsets.UTF_8);
  }

  private static void write(ServerExchange exchange, Reply reply) throws IOException {
    reply.etag.ifPresent(tag -> exchange.setHeader("ETag", tag));
    if (reply.body.isEmpty()) {
      exchange.respond(reply.status);
      return;
    }
    exchange.respond(
        reply.status,
        "application/json; charset=utf-8",
        Json.MAPPER.writeValueAsBytes(reply.body.get()));
  }
}
