package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Evaluators for the commonest shapes, {@code attribute op literal}, with the same results as
 * {@link Semantics} but without its generic dispatch: string equality, numeric comparison with an
 * integer literal, and membership in a list of strings.
 */
final class Specialized {
  private Specialized() {}

  /** {@code path == "text"} / {@code path != "text"}. */
  static final class StringEquals implements Compiler.Eval {
    private final Compiler.Resolver path;
    private final String value;
    private final boolean equal;

    StringEquals(Compiler.Resolver path, String value, boolean equal) {
      this.path = path;
      this.value = value;
      this.equal = equal;
    }

    @Override
    public boolean test(JsonNode task, JsonNode worker, Env env) {
      JsonNode n = path.raw(task, worker);
      if (n == null) {
        return !equal;
      }
      if (n.isTextual()) {
        return value.equals(n.textValue()) == equal;
      }
      // Other scalars are unequal to a string; arrays and objects make both operators false.
      return !equal && !n.isContainerNode();
    }
  }

  /** {@code path IN ["a", "b"]} / {@code path NOT IN [...]}, all items strings. */
  static final class StringIn implements Compiler.Eval {
    private final Compiler.Resolver path;

    /** Short lists are scanned (faster than hashing); long ones use the set. */
    private static final int SCAN_LIMIT = 8;

    private final Set<String> values;
    private final String[] small;
    private final boolean in;

    StringIn(Compiler.Resolver path, Set<String> values, boolean in) {
      this.path = path;
      this.values = values;
      this.small = values.size() <= SCAN_LIMIT ? values.toArray(new String[0]) : null;
      this.in = in;
    }

    @Override
    public boolean test(JsonNode task, JsonNode worker, Env env) {
      JsonNode n = path.raw(task, worker);
      if (n != null && n.isTextual()) {
        return contains(n.textValue()) == in;
      }
      // NULL and other scalars are in no list of strings; arrays make both operators false.
      return !in && (n == null || !n.isContainerNode());
    }

    private boolean contains(String text) {
      if (small == null) {
        return values.contains(text);
      }
      for (String value : small) {
        if (value.equals(text)) {
          return true;
        }
      }
      return false;
    }
  }

  static Compiler.Eval numberComparison(Compiler.Resolver path, Operator op, BigDecimal number) {
    JsonNode literal = DecimalNode.valueOf(number);
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!integral || number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return (t, w, env) -> Semantics.test(op, path.get(t, w), literal);
    }
    return new NumberComparison(path, op, number.longValueExact(), literal);
  }

  /** {@code path op integer} for {@code == != < <= > >=}; integral attributes compare as longs. */
  static final class NumberComparison implements Compiler.Eval {
    private final Compiler.Resolver path;
    private final Operator op;
    private final long value;
    private final JsonNode literal;

    NumberComparison(Compiler.Resolver path, Operator op, long value, JsonNode literal) {
      this.path = path;
      this.op = op;
      this.value = value;
      this.literal = literal;
    }

    @Override
    public boolean test(JsonNode task, JsonNode worker, Env env) {
      JsonNode n = path.raw(task, worker);
      if (n != null && n.isIntegralNumber() && n.canConvertToLong()) {
        int c = Long.compare(n.longValue(), value);
        switch (op) {
          case EQ:
            return c == 0;
          case NE:
            return c != 0;
          default:
            return Semantics.holds(op, c);
        }
      }
      return Semantics.test(op, Semantics.normalize(n), literal);
    }
  }
}
