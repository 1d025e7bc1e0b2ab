package io.github.taskrouter4j.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * Reads answers strictly (one JSON value, nothing after it, as Twilio sends) and describes why a
 * body could not be read in JSON terms: what was expected, what was found, and where (JSON path or
 * line and column), never a Java class name.
 */
final class StrictJson {
  private StrictJson() {}

  /**
   * Reads exactly one JSON value of {@code type} from {@code body}.
   *
   * @throws JsonProcessingException if the body is not one such value, content after it included
   * @throws IOException if reading fails otherwise
   */
  static <T> T read(ObjectMapper mapper, byte[] body, JavaType type) throws IOException {
    try (JsonParser parser = mapper.createParser(body)) {
      T value =
          mapper
              .readerFor(type)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(parser);
      JsonLocation extra;
      try {
        extra = parser.nextToken() == null ? null : parser.currentTokenLocation();
      } catch (JsonProcessingException e) {
        extra = e.getLocation();
      }
      if (extra != null) {
        throw new TrailingContent(extra);
      }
      return value;
    }
  }

  /** Content after the one JSON value an answer holds. */
  static final class TrailingContent extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    TrailingContent(JsonLocation start) {
      super("unexpected content after the JSON value", start);
    }
  }

  /**
   * Why a body could not be read, for a message: no class names, a location when known.
   *
   * @param e what Jackson threw
   * @param mapper the mapper that read, for its limits
   */
  static String describe(JsonProcessingException e, ObjectMapper mapper) {
    return reason(e, mapper) + location(e);
  }

  private static String reason(JsonProcessingException e, ObjectMapper mapper) {
    if (e instanceof TrailingContent) {
      return e.getOriginalMessage();
    }
    if (e instanceof StreamConstraintsException) {
      String message = e.getOriginalMessage();
      if (message.contains("nesting depth")) {
        return "the JSON is nested deeper than "
            + mapper.getFactory().streamReadConstraints().getMaxNestingDepth()
            + " levels";
      }
      return "the JSON exceeds a size limit: " + withoutCode(message);
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return "invalid value: " + withoutCode(String.valueOf(e.getCause().getMessage()));
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException format = (InvalidFormatException) e;
      return "the value \""
          + Bodies.excerpt(String.valueOf(format.getValue()).getBytes(StandardCharsets.UTF_8))
          + "\" is not "
          + expected(format.getTargetType());
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) e;
      Object processor = mismatch.getProcessor();
      String found =
          processor instanceof JsonParser ? found(((JsonParser) processor).currentToken()) : null;
      return "expected "
          + expected(mismatch.getTargetType())
          + (found == null ? "" : " but found " + found);
    }
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return withoutCode(newline < 0 ? message : message.substring(0, newline));
  }

  /** Jackson quotes code in backticks (class names, features): drop those parts. */
  private static String withoutCode(String message) {
    return message
        .replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "")
        .replaceAll("`[^`]*`", "the expected type")
        .trim();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another JSON value";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of the known values";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date-time";
    }
    return Map.class.isAssignableFrom(type) ? "an object" : "an object of the expected shape";
  }

  private static String found(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return null;
    }
  }

  /** {@code (at $.a[0].b)} from the mapping path, else {@code (line L, column C)}, else nothing. */
  private static String location(JsonProcessingException e) {
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference reference : ((JsonMappingException) e).getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return " (at " + path + ")";
    }
    JsonLocation where = e.getLocation();
    return where == null || where.getLineNr() < 0
        ? ""
        : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
  }
}
