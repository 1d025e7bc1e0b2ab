package io.github.taskrouter4j.resource.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.Optional;

/** JSON carried inside a string field (task and worker attributes, workflow configuration). */
public final class JsonText {
  private static final ObjectMapper PLAIN =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final int SHOWN = 60;

  private JsonText() {}

  /**
   * Parses {@code text} as a JSON object; an absent or blank text is an empty object.
   *
   * @param field the field named in errors, e.g. {@code Task.attributes}
   * @throws IllegalArgumentException naming the field, the problem and the start of the text
   */
  public static JsonNode parseObject(Optional<String> text, String field) {
    if (text.isEmpty() || text.get().isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node = parse(text.get(), field);
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          field
              + " must be a JSON object, but is "
              + node.getNodeType()
              + ": "
              + excerpt(text.get()));
    }
    return node;
  }

  /**
   * Parses {@code text} as JSON.
   *
   * @throws IllegalArgumentException naming the field, the line and column, and the start of the
   *     text
   */
  public static JsonNode parse(String text, String field) {
    try {
      JsonNode node = PLAIN.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException(field + " is not JSON: it is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          field
              + " is not well-formed JSON ("
              + TaskRouterJson.describe(e).substring(2)
              + "): "
              + excerpt(text),
          e);
    }
  }

  /** Writes {@code node} minified, as Twilio counts the size of what it stores. */
  public static String write(JsonNode node, String field) {
    if (node == null) {
      throw new NullPointerException(field + " == null");
    }
    try {
      return PLAIN.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(field + " cannot be written as JSON", e);
    }
  }

  /** Writes any value (a {@code Map}, the caller's own class) as minified JSON. */
  public static String writeValue(Object value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    if (value instanceof JsonNode) {
      return write((JsonNode) value, field);
    }
    try {
      return PLAIN.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          field + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Converts {@code node} to the caller's type.
   *
   * @throws IllegalArgumentException naming the field, the type and Jackson's reason
   */
  public static <T> T convert(JsonNode node, Class<T> type, String field) {
    try {
      return PLAIN.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " cannot be read as " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** The first characters of {@code text}, quoted, for error messages. */
  public static String excerpt(String text) {
    String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    return "\"" + shown + "\"";
  }
}
