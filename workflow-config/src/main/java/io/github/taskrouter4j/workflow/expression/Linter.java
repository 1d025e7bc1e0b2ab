package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks behind {@link Expression#lint()}; see there for the list. */
final class Linter {
  private static final Set<String> DAYS = Set.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private final List<ExpressionProblem> problems = new ArrayList<>();

  private Linter() {}

  static List<ExpressionProblem> lint(String text, ExpressionContext context) {
    List<Node> root = new ArrayList<>(1);
    Linter linter = new Linter();
    linter.problems.addAll(Parser.notes(text, context, root));
    linter.condition(root.get(0), true);
    linter.problems.sort(Comparator.comparingInt(ExpressionProblem::column));
    return List.copyOf(linter.problems);
  }

  private void condition(Node node, boolean top) {
    if (node instanceof LogicalNode) {
      LogicalNode l = (LogicalNode) node;
      for (Node child : l.children) {
        condition(child, false);
      }
      if (l.and) {
        contradictions(l);
      }
      return;
    }
    comparison((ComparisonNode) node, top);
  }

  /** {@code a == 1 AND a == 2} can never hold. */
  private void contradictions(LogicalNode and) {
    Map<PathNode, ComparisonNode> equalities = new HashMap<>();
    for (Node child : and.children) {
      if (!(child instanceof ComparisonNode)) {
        continue;
      }
      ComparisonNode c = (ComparisonNode) child;
      if (c.op != Operator.EQ || !(c.left instanceof PathNode) || !isScalar(c.right)) {
        continue;
      }
      ComparisonNode earlier = equalities.putIfAbsent((PathNode) c.left, c);
      if (earlier != null && !earlier.right.equals(c.right)) {
        add(
            "always-false",
            "'" + earlier + "' and '" + c + "' cannot both be true, so this AND is always false",
            c.column);
      }
    }
  }

  private void comparison(ComparisonNode c, boolean top) {
    hyphen(c.left);
    hyphen(c.right);
    if (c.left instanceof LiteralNode && c.right instanceof LiteralNode) {
      constant(c, top);
      return;
    }
    shape(c);
    builtinValues(c);
  }

  private void hyphen(ValueNode v) {
    if (v instanceof PathNode && ((PathNode) v).hasHyphen()) {
      String text = ((PathNode) v).text;
      problems.add(
          ExpressionProblem.of(
              Severity.ERROR,
              "hyphenated-attribute",
              "'"
                  + text
                  + "': TaskRouter does not support hyphens in attribute names (it reads them as"
                  + " subtraction); rename the attribute, for example to '"
                  + text.replace('-', '_')
                  + "'",
              v.column));
    }
  }

  private void constant(ComparisonNode c, boolean top) {
    JsonNode l = Compiler.json((LiteralNode) c.left);
    JsonNode r = Compiler.json((LiteralNode) c.right);
    boolean value = Semantics.test(c.op, l, r);
    boolean idiom =
        top
            && ((LiteralNode) c.left).kind == LiteralNode.Kind.NUMBER
            && ((LiteralNode) c.right).kind == LiteralNode.Kind.NUMBER
            && (c.op == Operator.EQ || c.op == Operator.NE);
    if (idiom) {
      return;
    }
    String where = top ? "" : "; as part of a larger condition it is probably a leftover";
    add(
        value ? "always-true" : "always-false",
        "'" + c + "' compares two constants and is always " + value + where,
        c.column);
  }

  private void shape(ComparisonNode c) {
    Kind left = kindOf(c.left);
    Kind right = kindOf(c.right);
    switch (c.op) {
      case HAS:
        if (left.scalar) {
          add(
              "has-on-scalar",
              "HAS needs an array on the left, but "
                  + left.describe(c.left)
                  + " is not one, so this is always false; use == or CONTAINS",
              c.opColumn);
        } else if (right == Kind.LIST) {
          add(
              "has-list",
              "HAS looks for one value, so HAS with a list is always false; use IN with the"
                  + " value on the left, or one HAS per value",
              c.opColumn);
        }
        break;
      case IN:
      case NOT_IN:
        if (right.scalar || right == Kind.NULL) {
          add(
              "in-scalar",
              c.op.canonical
                  + " needs an array on the right, but "
                  + right.describe(c.right)
                  + " is not one, so this is always false; write ["
                  + c.right.text()
                  + "] or use ==",
              c.opColumn);
        } else if (left == Kind.LIST) {
          add("in-list", c.op.canonical + " with a list on the left is always false", c.opColumn);
        } else if (c.right instanceof LiteralNode
            && ((LiteralNode) c.right).items != null
            && ((LiteralNode) c.right).items.isEmpty()) {
          add(
              c.op == Operator.IN ? "always-false" : "always-true",
              "'" + c + "' tests an empty list and is always " + (c.op == Operator.NOT_IN),
              c.opColumn);
        }
        break;
      case CONTAINS:
        if ((left != Kind.STRING && left != Kind.UNKNOWN)
            || (right != Kind.STRING && right != Kind.UNKNOWN)) {
          add(
              "contains-non-string",
              "CONTAINS tests whether one string contains another, so '"
                  + c
                  + "' is always false; use HAS for arrays",
              c.opColumn);
        }
        break;
      default:
        typeMismatch(c, left, right);
    }
  }

  private void typeMismatch(ComparisonNode c, Kind left, Kind right) {
    if (left == Kind.LIST || right == Kind.LIST) {
      add(
          "type-mismatch",
          c.op.canonical + " with a list is always false; use IN or NOT IN",
          c.opColumn);
      return;
    }
    if (c.op.isRelational()) {
      Kind bad = right == Kind.BOOLEAN || right == Kind.NULL ? right : left;
      if (bad == Kind.BOOLEAN || bad == Kind.NULL) {
        add(
            "type-mismatch",
            c.op.canonical
                + " compares numbers or strings; with "
                + bad.name
                + " it is always false",
            c.opColumn);
      } else if (known(left) && known(right) && !comparable(left, right)) {
        add("type-mismatch", mismatch(c, left, right, "false"), c.opColumn);
      }
      return;
    }
    if (known(left) && known(right) && left != right && left != Kind.NULL && right != Kind.NULL) {
      boolean numericText =
          (left == Kind.NUMERIC_STRING && right == Kind.STRING)
              || (left == Kind.STRING && right == Kind.NUMERIC_STRING);
      if (!numericText) {
        add(
            "type-mismatch",
            mismatch(c, left, right, c.op == Operator.EQ ? "false" : "true"),
            c.opColumn);
      }
    }
  }

  private static String mismatch(ComparisonNode c, Kind left, Kind right, String result) {
    return "'"
        + c
        + "' compares "
        + left.describe(c.left)
        + " with "
        + right.describe(c.right)
        + "; TaskRouter does not convert types, so it is always "
        + result;
  }

  private static boolean comparable(Kind a, Kind b) {
    boolean aNum = a == Kind.NUMBER || a == Kind.NUMERIC_STRING;
    boolean bNum = b == Kind.NUMBER || b == Kind.NUMERIC_STRING;
    boolean aText = a == Kind.STRING || a == Kind.NUMERIC_STRING;
    boolean bText = b == Kind.STRING || b == Kind.NUMERIC_STRING;
    return (aNum && bNum) || (aText && bText);
  }

  private static boolean known(Kind k) {
    return k != Kind.UNKNOWN;
  }

  private void builtinValues(ComparisonNode c) {
    if (!(c.left instanceof PathNode) || ((PathNode) c.left).scope != PathNode.Scope.TASKROUTER) {
      return;
    }
    String name = ((PathNode) c.left).singleName();
    if (name.equals("dayOfWeek")
        && (c.op == Operator.EQ || c.op == Operator.NE || c.op == Operator.IN)
        && c.right instanceof LiteralNode) {
      LiteralNode lit = (LiteralNode) c.right;
      List<LiteralNode> values = lit.kind == LiteralNode.Kind.LIST ? lit.items : List.of(lit);
      for (LiteralNode v : values) {
        if (v.kind == LiteralNode.Kind.STRING && !DAYS.contains(v.string)) {
          add(
              "unknown-day",
              "taskrouter.dayOfWeek is never '"
                  + v.string
                  + "': it is one of Mon, Tue, Wed, Thu, Fri, Sat, Sun (case-sensitive)",
              v.column > 0 ? v.column : c.opColumn);
        }
      }
    }
    if (name.equals("currentTime")
        && c.right instanceof LiteralNode
        && ((LiteralNode) c.right).kind == LiteralNode.Kind.NUMBER) {
      java.math.BigDecimal t = ((LiteralNode) c.right).number;
      boolean valid =
          t.signum() >= 0
              && t.stripTrailingZeros().scale() <= 0
              && t.compareTo(java.math.BigDecimal.valueOf(2359)) <= 0
              && t.intValue() % 100 < 60;
      if (!valid) {
        add(
            "impossible-time",
            "taskrouter.currentTime is HHMM from 0000 to 2359 (UTC); " + t + " is not such a time",
            c.right.column);
      }
    }
  }

  private void add(String code, String message, int column) {
    problems.add(ExpressionProblem.of(Severity.WARNING, code, message, Math.max(1, column)));
  }

  private static boolean isScalar(ValueNode v) {
    return v instanceof LiteralNode && ((LiteralNode) v).kind != LiteralNode.Kind.LIST;
  }

  /** What is known statically about an operand's type. */
  private enum Kind {
    STRING("a string", true),
    NUMERIC_STRING("a numeric string", true),
    NUMBER("a number", true),
    BOOLEAN("a boolean", true),
    NULL("null", false),
    LIST("a list", false),
    UNKNOWN("an attribute", false);

    final String name;
    final boolean scalar;

    Kind(String name, boolean scalar) {
      this.name = name;
      this.scalar = scalar;
    }

    String describe(ValueNode v) {
      return (v instanceof PathNode ? "'" + ((PathNode) v).text + "' (" + name + ")" : name)
          + (v instanceof LiteralNode ? " " + v.text() : "");
    }
  }

  private static Kind kindOf(ValueNode v) {
    if (v instanceof LiteralNode) {
      switch (((LiteralNode) v).kind) {
        case STRING:
          return Kind.STRING;
        case NUMBER:
          return Kind.NUMBER;
        case BOOLEAN:
          return Kind.BOOLEAN;
        case NULL:
          return Kind.NULL;
        default:
          return Kind.LIST;
      }
    }
    PathNode p = (PathNode) v;
    if (p.scope == PathNode.Scope.WORKERS) {
      return Kind.NUMBER;
    }
    if (p.scope == PathNode.Scope.TASKROUTER) {
      switch (p.singleName()) {
        case "currentTime":
          return Kind.NUMBER;
        case "dayOfWeek":
          return Kind.STRING;
        default:
          return Kind.NUMERIC_STRING;
      }
    }
    return Kind.UNKNOWN;
  }
}
