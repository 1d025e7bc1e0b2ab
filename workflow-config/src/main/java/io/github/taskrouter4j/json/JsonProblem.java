package io.github.taskrouter4j.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Describes why JSON text could not be read, for a message shown to people: where (line and column
 * when known) and what, in JSON terms. Jackson's own messages name Java classes and features
 * ({@code `StreamReadConstraints.getMaxNestingDepth()`}); these never do.
 *
 * <pre>{@code
 * try {
 *   TaskRouterJson.readTree(text);
 * } catch (JsonProcessingException e) {
 *   throw new IllegalArgumentException("attributes: " + JsonProblem.describe(e));
 *   // attributes: line 1, column 8: unexpected content after the JSON value
 * }
 * }</pre>
 */
public final class JsonProblem {
  private JsonProblem() {}

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
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      return "unexpected content after the JSON value";
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
