package io.github.taskrouter4j.workflow.expression;

/** Checks attribute paths given to the builder. */
final class Paths {
  private Paths() {}

  /**
   * Parses {@code text} as exactly one attribute path of the given scope.
   *
   * @param use how to write it correctly, for the message
   */
  static PathNode check(String text, PathNode.Scope scope, String use) {
    Lexer lx = new Lexer(text);
    try {
      lx.next();
    } catch (ExpressionSyntaxException e) {
      throw invalid(text, e.problem());
    }
    if (lx.type != Lexer.Type.PATH || lx.start != 0 || lx.end != text.length()) {
      throw invalid(
          text,
          "expected letters, digits and '_' in names separated by '.', with [n] array indexes,"
              + " and not a keyword");
    }
    PathNode node = PathNode.of(text, 0);
    if (node.hasHyphen()) {
      throw invalid(text, "TaskRouter does not support hyphens in attribute names");
    }
    if (node.scope != scope) {
      throw invalid(text, "use " + use);
    }
    return node;
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid attribute path '" + text + "': " + why);
  }
}
