package io.github.taskrouter4j.workflow.expression;

/** An operand of a comparison: a {@link PathNode} or a {@link LiteralNode}. */
abstract class ValueNode {
  /** 1-based column in the parsed text, or 0 when built in Java. */
  final int column;

  ValueNode(int column) {
    this.column = column;
  }

  /** Bit set of {@link ExpressionContext#bit}s this operand is valid in. */
  abstract int contexts();

  /** Appends the canonical text. */
  abstract void render(StringBuilder out);

  /** The canonical text of this operand. */
  final String text() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }
}
