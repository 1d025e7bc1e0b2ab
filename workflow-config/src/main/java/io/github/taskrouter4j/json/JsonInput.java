package io.github.taskrouter4j.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads JSON text that comes from outside strictly (exactly one value) and describes why it could
 * not be read, for a message shown to people: where (line and column when known) and what, in JSON
 * terms. Jackson's own messages name Java classes and features ({@code
 * `StreamReadConstraints.getMaxNestingDepth()`}); these never do.
 *
 * <pre>{@code
 * try {
 *   JsonNode attributes = JsonInput.readTree(TaskRouterJson.mapper(), text);
 * } catch (JsonProcessingException e) {
 *   throw new IllegalArgumentException("attributes: " + JsonInput.describe(e));
 *   // attributes: line 1, column 8: unexpected content after the JSON value
 * }
 * }</pre>
 */
public final class JsonInput {
  private static final String TRAILING = "unexpected content after the JSON value";

  private JsonInput() {}

  /**
   * Reads exactly one JSON value from {@code text}: content after it, even another complete value,
   * is refused (Twilio refuses it too), which {@code FAIL_ON_TRAILING_TOKENS} alone does not report
   * plainly.
   *
   * @param mapper the mapper to read with
   * @param text the JSON text
   * @return the tree
   * @throws JsonProcessingException if the text is not one JSON value; {@link #describe} says why
   */
  public static JsonNode readTree(ObjectMapper mapper, String text) throws JsonProcessingException {
    Objects.requireNonNull(text, "text == null");
    try (JsonParser parser = mapper.createParser(text)) {
      // Trailing content is checked below, to report it plainly and where it starts.
      JsonNode tree =
          mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      if (tree == null) {
        return MissingNode.getInstance(); // empty text, as ObjectMapper.readTree(String) answers
      }
      JsonLocation extra;
      try {
        extra = parser.nextToken() == null ? null : parser.currentTokenLocation();
      } catch (JsonProcessingException e) {
        extra = e.getLocation();
      }
      if (extra != null) {
        throw new TrailingContent(extra);
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail: " + e.getMessage(), e);
    }
  }

  /** Content after the one JSON value the text should hold. */
  private static final class TrailingContent extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    TrailingContent(JsonLocation where) {
      super(TRAILING, where);
    }
  }

  /**
   * The problem as {@code line L, column C: what}, or just {@code what} without a location.
   *
   * @param e what Jackson threw while reading text
   * @return a message free of class names
   */
  public static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String location =
        where == null || where.getLineNr() < 0
            ? ""
            : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
    return location + what(e);
  }

  private static String what(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return "the JSON is nested deeper than "
            + StreamReadConstraints.defaults().getMaxNestingDepth()
            + " levels";
      }
      return "the JSON exceeds a size limit: " + withoutCode(message);
    }
    if (e instanceof TrailingContent) {
      return message;
    }
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      return TRAILING;
    }
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
}
