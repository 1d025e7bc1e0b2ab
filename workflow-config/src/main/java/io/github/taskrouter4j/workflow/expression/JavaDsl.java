package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.sid.ActivitySid;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Writes the {@link Expressions} calls that build an expression, for {@link Expression#toJava()}
 * and {@link OrderBy#toJava()}: {@code attr("type").eq("sales").and(attr("level").gte(5))}. What
 * the DSL cannot build (a hyphenated name, {@code null} or a list on the left, a number beyond
 * {@code long} or {@code double}) makes the whole expression fall back to its text.
 */
final class JavaDsl {
  private static final Node ALWAYS = Parser.parse("1==1", ExpressionContext.ANY);
  private static final Node NEVER = Parser.parse("1==0", ExpressionContext.ANY);

  /** Thrown inside the writer when the DSL cannot express a part. */
  private static final class Inexpressible extends Exception {
    private static final long serialVersionUID = 1L;

    Inexpressible() {
      super(null, null, false, false);
    }
  }

  private JavaDsl() {}

  static Optional<String> of(Node node) {
    StringBuilder out = new StringBuilder();
    try {
      condition(node, out);
    } catch (Inexpressible e) {
      return Optional.empty();
    }
    return Optional.of(out.toString());
  }

  static Optional<String> of(OrderBy orderBy) {
    StringBuilder out = new StringBuilder();
    try {
      for (OrderByClause clause : orderBy.clauses()) {
        if (out.length() > 0) {
          out.append(", ");
        }
        path(PathNode.of(clause.path(), 0), out);
        out.append(clause.direction() == OrderByClause.Direction.ASC ? ".asc()" : ".desc()");
      }
    } catch (Inexpressible e) {
      return Optional.empty();
    }
    return Optional.of(out.toString());
  }

  private static void condition(Node node, StringBuilder out) throws Inexpressible {
    if (node.equals(ALWAYS)) {
      out.append("always()");
      return;
    }
    if (node.equals(NEVER)) {
      out.append("never()");
      return;
    }
    if (node instanceof LogicalNode) {
      LogicalNode logical = (LogicalNode) node;
      condition(logical.children.get(0), out);
      for (Node child : logical.children.subList(1, logical.children.size())) {
        out.append(logical.and ? ".and(" : ".or(");
        condition(child, out);
        out.append(')');
      }
      return;
    }
    comparison((ComparisonNode) node, out);
  }

  private static void comparison(ComparisonNode c, StringBuilder out) throws Inexpressible {
    if (c.left instanceof PathNode) {
      path((PathNode) c.left, out);
    } else {
      out.append("literal(");
      scalar((LiteralNode) c.left, out);
      out.append(')');
    }
    ValueNode right = c.right;
    boolean isNull =
        right instanceof LiteralNode && ((LiteralNode) right).kind == LiteralNode.Kind.NULL;
    if (isNull && (c.op == Operator.EQ || c.op == Operator.NE)) {
      out.append(c.op == Operator.EQ ? ".isNull()" : ".isNotNull()");
      return;
    }
    out.append('.').append(method(c.op)).append('(');
    if (right instanceof PathNode) {
      path((PathNode) right, out);
    } else if (((LiteralNode) right).kind == LiteralNode.Kind.LIST) {
      if (c.op != Operator.IN && c.op != Operator.NOT_IN) {
        throw new Inexpressible();
      }
      list((LiteralNode) right, out);
    } else if (c.op == Operator.IN || c.op == Operator.NOT_IN) {
      out.append("literal(");
      scalar((LiteralNode) right, out);
      out.append(')');
    } else {
      scalar((LiteralNode) right, out);
    }
    out.append(')');
  }

  private static String method(Operator op) {
    switch (op) {
      case EQ:
        return "eq";
      case NE:
        return "ne";
      case LT:
        return "lt";
      case LTE:
        return "lte";
      case GT:
        return "gt";
      case GTE:
        return "gte";
      case CONTAINS:
        return "contains";
      case HAS:
        return "has";
      case IN:
        return "in";
      default:
        return "notIn";
    }
  }

  private static void list(LiteralNode list, StringBuilder out) throws Inexpressible {
    if (list.items.size() == 1 && list.items.get(0).kind == LiteralNode.Kind.NULL) {
      // in(null) would not compile unambiguously.
      throw new Inexpressible();
    }
    for (int i = 0; i < list.items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      LiteralNode item = list.items.get(i);
      if (item.kind == LiteralNode.Kind.NULL) {
        out.append("null");
      } else {
        scalar(item, out);
      }
    }
  }

  private static void path(PathNode path, StringBuilder out) throws Inexpressible {
    String text = path.text;
    String rest = text.substring(text.indexOf('.') + 1);
    try {
      switch (path.scope) {
        case BARE:
          Paths.check(text, PathNode.Scope.BARE, "attr");
          call("attr", text, out);
          return;
        case TASK:
          Paths.check(text, PathNode.Scope.TASK, "task");
          call("task", rest, out);
          return;
        case WORKER:
          Paths.check(text, PathNode.Scope.WORKER, "worker");
          call("worker", rest, out);
          return;
        case WORKERS:
          if (!rest.equals("available") && !rest.equals("unavailable")) {
            ActivitySid.of(rest);
          }
          call("workers", rest, out);
          return;
        default:
          if (!PathNode.BUILTINS.contains(rest)) {
            throw new Inexpressible();
          }
          call("taskrouter", rest, out);
      }
    } catch (IllegalArgumentException e) {
      throw new Inexpressible();
    }
  }

  private static void call(String method, String argument, StringBuilder out) {
    out.append(method).append('(');
    string(argument, out);
    out.append(')');
  }

  private static void scalar(LiteralNode literal, StringBuilder out) throws Inexpressible {
    switch (literal.kind) {
      case STRING:
        string(literal.string, out);
        return;
      case BOOLEAN:
        out.append(literal.bool);
        return;
      case NUMBER:
        number(literal.number, out);
        return;
      default:
        throw new Inexpressible();
    }
  }

  private static void number(BigDecimal value, StringBuilder out) throws Inexpressible {
    BigDecimal n = value.stripTrailingZeros();
    if (n.scale() <= 0) {
      try {
        long whole = n.longValueExact();
        out.append(whole);
        if (whole != (int) whole) {
          out.append('L');
        }
        return;
      } catch (ArithmeticException e) {
        throw new Inexpressible();
      }
    }
    double d = n.doubleValue();
    if (Double.isInfinite(d) || new BigDecimal(Double.toString(d)).compareTo(n) != 0) {
      throw new Inexpressible();
    }
    out.append(d);
  }

  /**
   * A Java string literal. A JSON string is one: it escapes quotes, backslashes and control
   * characters, and never writes a backslash that Java would read as a unicode escape.
   */
  static void string(String value, StringBuilder out) {
    out.append(TextNode.valueOf(value));
  }
}
