package io.github.taskrouter4j.workflow.expression;

import java.util.Objects;

/**
 * {@code left op right}; equality ignores the operator's spelling ({@code =} equals {@code ==}).
 */
final class ComparisonNode extends Node {
  final ValueNode left;
  final Operator op;
  final ValueNode right;

  /** 1-based column of the operator in the parsed text, or 0 when built. */
  final int opColumn;

  /** The operator as written ({@code =}, {@code >-}, {@code in}...), for the linter. */
  final String spelling;

  ComparisonNode(
      ValueNode left, Operator op, String spelling, ValueNode right, int column, int opColumn) {
    super(column, contextsOf(left, right), 1);
    this.left = left;
    this.op = op;
    this.spelling = spelling;
    this.right = right;
    this.opColumn = opColumn;
  }

  /** A comparison made in Java. */
  static ComparisonNode built(ValueNode left, Operator op, ValueNode right) {
    return new ComparisonNode(left, op, op.canonical, right, 0, 0);
  }

  private static int contextsOf(ValueNode left, ValueNode right) {
    int both = left.contexts() & right.contexts();
    if (both == 0) {
      throw new IllegalArgumentException(
          "cannot compare "
              + describe(left)
              + " with "
              + describe(right)
              + ": no TaskRouter expression accepts both");
    }
    return both;
  }

  static String describe(ValueNode value) {
    if (value instanceof PathNode) {
      PathNode p = (PathNode) value;
      switch (p.scope) {
        case BARE:
          return "the bare attribute '" + p.text + "' (filter or target_workers expressions)";
        case TASK:
        case WORKER:
          return "'" + p.text + "' (target expressions only)";
        case WORKERS:
          return "'" + p.text + "' (skip_if only)";
        default:
          return "'" + p.text + "' (not in skip_if)";
      }
    }
    return value.text();
  }

  @Override
  void render(StringBuilder out) {
    left.render(out);
    out.append(' ').append(op.canonical).append(' ');
    right.render(out);
  }

  @Override
  Node negate() {
    Operator inverse = op.negated();
    if (inverse == null) {
      StringBuilder text = new StringBuilder();
      render(text);
      throw new UnsupportedOperationException(
          "cannot negate '"
              + text
              + "': TaskRouter has no NOT operator and no inverse of "
              + op.canonical
              + "; rewrite the condition (for example with NOT IN or !=)");
    }
    return built(left, inverse, right);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ComparisonNode)) {
      return false;
    }
    ComparisonNode c = (ComparisonNode) o;
    return op == c.op && left.equals(c.left) && right.equals(c.right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, op, right);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }
}
