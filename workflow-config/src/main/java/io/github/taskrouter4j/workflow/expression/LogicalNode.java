package io.github.taskrouter4j.workflow.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code a AND b AND c} or {@code a OR b OR c}. Nested groups of the same kind are flattened, so
 * {@code a AND (b AND c)} equals {@code (a AND b) AND c}: parentheses that do not change the
 * meaning do not change equality.
 */
final class LogicalNode extends Node {
  final boolean and;
  final List<Node> children;
  private final int hash;

  private LogicalNode(boolean and, List<Node> children, int column, int contexts, int depth) {
    super(column, contexts, depth);
    this.and = and;
    this.children = children;
    this.hash = children.hashCode() * 31 + (and ? 1 : 2);
  }

  /** Joins two or more conditions, flattening children of the same kind. */
  static Node of(boolean and, List<Node> parts, int column) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Node> flat = new ArrayList<>();
    int contexts = ExpressionContext.ANY.bit;
    int depth = 0;
    for (Node part : parts) {
      if (part instanceof LogicalNode && ((LogicalNode) part).and == and) {
        flat.addAll(((LogicalNode) part).children);
      } else {
        flat.add(part);
      }
      int joined = contexts & part.contexts;
      if (joined == 0) {
        throw new IllegalArgumentException(
            "cannot join '"
                + part
                + "' with the other conditions: they belong to different kinds of TaskRouter"
                + " expression (filter/target_workers use bare attributes, targets use task. and"
                + " worker., skip_if uses workers.)");
      }
      contexts = joined;
    }
    for (Node child : flat) {
      depth = Math.max(depth, child.depth + 1);
    }
    return new LogicalNode(and, Collections.unmodifiableList(flat), column, contexts, depth);
  }

  @Override
  void render(StringBuilder out) {
    String joiner = and ? " AND " : " OR ";
    for (int i = 0; i < children.size(); i++) {
      if (i > 0) {
        out.append(joiner);
      }
      out.append('(');
      children.get(i).render(out);
      out.append(')');
    }
  }

  @Override
  Node negate() {
    List<Node> negated = new ArrayList<>(children.size());
    for (Node child : children) {
      negated.add(child.negate());
    }
    return of(!and, negated, 0);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LogicalNode)) {
      return false;
    }
    LogicalNode l = (LogicalNode) o;
    return and == l.and && hash == l.hash && children.equals(l.children);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }
}
