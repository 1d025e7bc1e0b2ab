package io.github.taskrouter4j.workflow.expression;

/**
 * A condition of the AST: a {@link ComparisonNode} or a {@link LogicalNode}. Immutable; {@code
 * equals} is structural and ignores source columns and spelling.
 */
abstract class Node {
  /**
   * The deepest AST allowed, parsed or built. The canonical text of a tree this deep nests
   * parentheses {@code MAX_DEPTH - 1} levels, which the parser accepts, so every expression prints
   * text that parses back.
   */
  static final int MAX_DEPTH = Parser.MAX_NESTING + 1;

  /** 1-based column in the parsed text, or 0 when built in Java. */
  final int column;

  /** Bit set of {@link ExpressionContext#bit}s this condition is valid in. */
  final int contexts;

  final int depth;

  Node(int column, int contexts, int depth) {
    this.column = column;
    this.contexts = contexts;
    this.depth = depth;
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "expression nests deeper than "
              + MAX_DEPTH
              + " levels of AND/OR (TaskRouter text would"
              + " need more than "
              + Parser.MAX_NESTING
              + " levels of parentheses)");
    }
  }

  /** Appends the canonical text. */
  abstract void render(StringBuilder out);

  /** This condition with its meaning inverted, by operator inversion and De Morgan. */
  abstract Node negate();
}
