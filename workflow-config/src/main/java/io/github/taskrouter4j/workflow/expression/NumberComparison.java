package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/**
 * {@code path op number} ({@code == != < <= > >=}), the commonest numeric shape, without boxing:
 * integral attributes compare as longs; anything else falls back to {@link Semantics}, so the rules
 * are the same.
 */
final class NumberComparison implements Compiler.Eval {
  private final Compiler.Accessor left;
  private final Operator op;
  private final long value;
  private final JsonNode literal;

  private NumberComparison(Compiler.Accessor left, Operator op, long value, JsonNode literal) {
    this.left = left;
    this.op = op;
    this.value = value;
    this.literal = literal;
  }

  static Compiler.Eval of(Compiler.Accessor left, Operator op, BigDecimal number) {
    JsonNode literal = DecimalNode.valueOf(number);
    boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    if (!integral || number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return env -> Semantics.test(op, left.get(env), literal);
    }
    return new NumberComparison(left, op, number.longValueExact(), literal);
  }

  @Override
  public boolean test(Env env) {
    JsonNode n = left.get(env);
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
    return Semantics.test(op, n, literal);
  }
}
