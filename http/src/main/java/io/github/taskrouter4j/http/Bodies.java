package io.github.taskrouter4j.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Turns error answers into exceptions, and shortens bodies for messages. */
final class Bodies {
  private static final int EXCERPT_CHARS = 200;

  private Bodies() {}

  /**
   * The exception for a non-2xx answer: a {@link TaskRouterServiceException} when the body is a
   * JSON object, else a {@link TaskRouterClientException} with an excerpt.
   *
   * @param mapper the mapper
   * @param exchange the exchange
   * @return the exception, not thrown
   */
  public static RuntimeException errorFor(ObjectMapper mapper, Exchange exchange) {
    byte[] body = exchange.response().body();
    int status = exchange.response().status();
    JsonNode json = null;
    if (body.length > 0) {
      try {
        json = StrictJson.read(mapper, body, mapper.constructType(JsonNode.class));
      } catch (IOException e) {
        json = null;
      }
    }
    if (json != null && json.isObject()) {
      return TaskRouterServiceException.of(
          status, json, exchange.method(), exchange.path(), exchange.attempts());
    }
    String what =
        body.length == 0
            ? "an empty body"
            : "a body that is not a JSON error object ("
                + contentType(exchange)
                + ", "
                + body.length
                + " bytes)";
    return new TaskRouterClientException(
        exchange.method()
            + " "
            + exchange.path()
            + " failed with HTTP "
            + status
            + " and "
            + what
            + (body.length == 0 ? "" : ": " + excerpt(body)),
        exchange.method(),
        exchange.path(),
        exchange.attempts(),
        status,
        body.length == 0 ? null : excerpt(body),
        null);
  }

  /**
   * The exception for a 2xx body that could not be decoded.
   *
   * @param mapper the mapper that read, for its limits
   * @param exchange the exchange
   * @param target what was expected, for the message
   * @param cause Jackson's exception, or null for an empty body
   * @return the exception, not thrown
   */
  public static TaskRouterClientException undecodable(
      ObjectMapper mapper, Exchange exchange, String target, IOException cause) {
    byte[] body = exchange.response().body();
    String reason;
    if (body.length == 0) {
      reason = "the body is empty";
    } else if (cause instanceof JsonProcessingException) {
      reason = StrictJson.describe((JsonProcessingException) cause, mapper);
    } else {
      reason = "I/O error: " + cause.getMessage();
    }
    return new TaskRouterClientException(
        exchange.method()
            + " "
            + exchange.path()
            + " answered HTTP "
            + exchange.response().status()
            + " but the body could not be read as "
            + target
            + ": "
            + reason
            + (body.length == 0 ? "" : "; body starts: " + excerpt(body)),
        exchange.method(),
        exchange.path(),
        exchange.attempts(),
        exchange.response().status(),
        body.length == 0 ? null : excerpt(body),
        cause);
  }

  /**
   * The first characters of a body, whitespace collapsed, for messages.
   *
   * @param body the bytes
   * @return at most 200 characters, marked when cut
   */
  public static String excerpt(byte[] body) {
    String text =
        new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8)
            .replaceAll("\\s+", " ")
            .trim();
    boolean cut = text.length() > EXCERPT_CHARS || body.length > EXCERPT_CHARS * 4;
    return cut ? text.substring(0, Math.min(text.length(), EXCERPT_CHARS)) + "…" : text;
  }

  private static String contentType(Exchange exchange) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(exchange.response().headers());
    List<String> type = headers.get("Content-Type");
    return type == null || type.isEmpty() ? "no Content-Type" : type.get(0);
  }

  /**
   * Decodes a 2xx body as {@code type} (nothing for {@code Void}), or throws the error the answer
   * stands for.
   *
   * @param mapper the mapper
   * @param exchange the exchange
   * @param type the body type
   * @param <T> the body type
   * @return the response
   */
  public static <T> ApiResponse<T> decode(ObjectMapper mapper, Exchange exchange, JavaType type) {
    if (!exchange.successful()) {
      throw errorFor(mapper, exchange);
    }
    TransportResponse response = exchange.response();
    T body = null;
    if (!type.hasRawClass(Void.class)) {
      if (response.body().length == 0) {
        throw undecodable(mapper, exchange, targetName(type), null);
      }
      try {
        body = StrictJson.read(mapper, response.body(), type);
      } catch (IOException e) {
        throw undecodable(mapper, exchange, targetName(type), e);
      }
    }
    return new ApiResponse<>(response.status(), response.headers(), body, exchange.attempts());
  }

  /** The expected type for messages: {@code JSON} for a tree, else the type's simple name. */
  private static String targetName(JavaType type) {
    return JsonNode.class.isAssignableFrom(type.getRawClass())
        ? "JSON"
        : type.getRawClass().getSimpleName();
  }

  /**
   * Decodes a 2xx list answer: the {@code itemsKey} array as {@code type}, and {@code meta}.
   *
   * @param mapper the mapper
   * @param exchange the exchange
   * @param itemsKey the array holding the items
   * @param type the item type
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> decodePage(
      ObjectMapper mapper, Exchange exchange, String itemsKey, JavaType type) {
    ApiResponse<JsonNode> tree = decode(mapper, exchange, mapper.constructType(JsonNode.class));
    JsonNode root = tree.body();
    JsonNode items = root.path(itemsKey);
    if (!items.isArray()) {
      List<String> keys = new ArrayList<>();
      root.fieldNames().forEachRemaining(keys::add);
      throw undecodable(
          mapper,
          exchange,
          "a page",
          new JsonMappingException(
              null, "no \"" + itemsKey + "\" array; the body has keys " + keys));
    }
    List<T> decoded = new ArrayList<>(items.size());
    ObjectReader reader = mapper.readerFor(type);
    try {
      for (JsonNode item : items) {
        decoded.add(reader.readValue(item));
      }
    } catch (IOException e) {
      throw undecodable(mapper, exchange, "a page of " + targetName(type), e);
    }
    PageMeta meta = PageMeta.fromJson(root.path("meta"));
    Optional<String> badNext = meta.nextPageUrl().flatMap(Urls::problem);
    if (badNext.isPresent()) {
      // Refused here, as an unreadable answer, rather than when the next page is requested.
      throw undecodable(
          mapper,
          exchange,
          "a page",
          new JsonMappingException(
              null, "meta.next_page_url is not a valid URL (" + badNext.get() + ")"));
    }
    return new Page<>(decoded, meta);
  }
}
