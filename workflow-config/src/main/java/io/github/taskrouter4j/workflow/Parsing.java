package io.github.taskrouter4j.workflow;

import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.ExpressionSyntaxException;
import java.util.List;
import java.util.function.Function;

/** Parses expression text inside a configuration, turning syntax errors into located problems. */
final class Parsing {
  private Parsing() {}

  /**
   * Parses {@code text}; on a syntax error adds a problem at {@code path} naming {@code owner} and
   * the column, and returns null.
   */
  static <T> T parse(
      String text, Function<String, T> parser, String path, String owner, List<Problem> problems) {
    try {
      return parser.apply(text);
    } catch (ExpressionSyntaxException e) {
      problems.add(
          Problem.error(
              path,
              "EXPRESSION_SYNTAX",
              owner
                  + ": "
                  + lastSegment(path)
                  + " does not parse at column "
                  + e.column()
                  + ": "
                  + e.getMessage()));
      return null;
    }
  }

  /**
   * Converts a built or parsed expression to the context a field needs ({@code asFilter()}...); if
   * it uses attributes of another context, adds a problem naming {@code owner} and returns null.
   */
  static <T> T convert(
      Expression expression,
      Function<Expression, T> converter,
      String path,
      String owner,
      List<Problem> problems) {
    try {
      return converter.apply(expression);
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.error(
              path,
              "EXPRESSION_CONTEXT",
              owner
                  + ": "
                  + lastSegment(path)
                  + " '"
                  + expression
                  + "' does not fit here: "
                  + e.getMessage()));
      return null;
    }
  }

  static String lastSegment(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
