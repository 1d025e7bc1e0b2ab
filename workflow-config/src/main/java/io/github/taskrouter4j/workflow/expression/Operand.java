package io.github.taskrouter4j.workflow.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One side of a comparison, made by {@link Expressions#attr}, {@link Expressions#task}, {@link
 * Expressions#worker}, {@link Expressions#workers}, {@link Expressions#taskrouter} or {@link
 * Expressions#literal}. Its methods make conditions:
 *
 * <pre>{@code
 * attr("type").eq("sales")                        // type == "sales"
 * worker("skills").has(task("required_skill"))    // worker.skills HAS task.required_skill
 * attr("language").in("en", "es")                 // language IN ["en", "es"]
 * }</pre>
 *
 * <p>A value argument may be a {@code String}, a {@code Number}, a {@code Boolean} or another
 * {@code Operand}; list arguments ({@code in}, {@code notIn}) take those too.
 *
 * @param <E> the expression type the comparisons make: {@link TargetExpression} for {@code task.}/
 *     {@code worker.} operands, {@link SkipIfExpression} for {@code workers.}, else {@link
 *     Expression}
 */
public final class Operand<E extends Expression> {
  final ValueNode value;
  private final Function<Node, E> wrap;

  Operand(ValueNode value, Function<Node, E> wrap) {
    this.value = value;
    this.wrap = wrap;
  }

  /** {@code attr("a").eq("x")} renders {@code a == "x"}. */
  public E eq(Object value) {
    return compare(Operator.EQ, value);
  }

  /** {@code attr("a").ne("x")} renders {@code a != "x"}; true when {@code a} is missing. */
  public E ne(Object value) {
    return compare(Operator.NE, value);
  }

  /** {@code attr("a").lt(5)} renders {@code a < 5}. */
  public E lt(Object value) {
    return compare(Operator.LT, value);
  }

  /** {@code attr("a").lte(5)} renders {@code a <= 5}. */
  public E lte(Object value) {
    return compare(Operator.LTE, value);
  }

  /** {@code attr("a").gt(5)} renders {@code a > 5}. */
  public E gt(Object value) {
    return compare(Operator.GT, value);
  }

  /** {@code attr("a").gte(5)} renders {@code a >= 5}. */
  public E gte(Object value) {
    return compare(Operator.GTE, value);
  }

  /** {@code attr("email").contains("@acme")} renders {@code email CONTAINS "@acme"} (substring). */
  public E contains(Object value) {
    return compare(Operator.CONTAINS, value);
  }

  /** {@code attr("skills").has("billing")} renders {@code skills HAS "billing"} (array member). */
  public E has(Object value) {
    return compare(Operator.HAS, value);
  }

  /** {@code attr("a").isNull()} renders {@code a == null}: true when {@code a} is missing. */
  public E isNull() {
    return make(Operator.EQ, LiteralNode.nul(0));
  }

  /** {@code attr("a").isNotNull()} renders {@code a != null}: true when {@code a} is present. */
  public E isNotNull() {
    return make(Operator.NE, LiteralNode.nul(0));
  }

  /** {@code attr("lang").in("en", "es")} renders {@code lang IN ["en", "es"]}. */
  public E in(Object... values) {
    return make(Operator.IN, list(Arrays.asList(values)));
  }

  /** {@code attr("lang").in(List.of("en", "es"))} renders {@code lang IN ["en", "es"]}. */
  public E in(Collection<?> values) {
    return make(Operator.IN, list(values));
  }

  /** {@code task("lang").in(worker("langs"))} renders {@code task.lang IN worker.langs}. */
  public E in(Operand<?> array) {
    return make(Operator.IN, array.value);
  }

  /** {@code attr("lang").notIn("en", "es")} renders {@code lang NOT IN ["en", "es"]}. */
  public E notIn(Object... values) {
    return make(Operator.NOT_IN, list(Arrays.asList(values)));
  }

  /** {@code attr("lang").notIn(List.of("en"))} renders {@code lang NOT IN ["en"]}. */
  public E notIn(Collection<?> values) {
    return make(Operator.NOT_IN, list(values));
  }

  /** {@code task("lang").notIn(worker("langs"))} renders {@code task.lang NOT IN worker.langs}. */
  public E notIn(Operand<?> array) {
    return make(Operator.NOT_IN, array.value);
  }

  /**
   * An ascending {@code order_by} clause: {@code worker("level").asc()} renders {@code worker.level
   * ASC}.
   */
  public OrderByClause asc() {
    return OrderByClause.of(pathForOrdering(), OrderByClause.Direction.ASC);
  }

  /**
   * A descending {@code order_by} clause: {@code worker("level").desc()} renders {@code
   * worker.level DESC}.
   */
  public OrderByClause desc() {
    return OrderByClause.of(pathForOrdering(), OrderByClause.Direction.DESC);
  }

  private String pathForOrdering() {
    if (!(value instanceof PathNode) || ((PathNode) value).scope != PathNode.Scope.WORKER) {
      throw new IllegalArgumentException(
          "order_by sorts workers: use worker(\"...\"), not " + value.text());
    }
    return ((PathNode) value).text;
  }

  private E compare(Operator op, Object other) {
    return make(op, valueOf(other));
  }

  private E make(Operator op, ValueNode right) {
    return wrap.apply(ComparisonNode.built(value, op, right));
  }

  static ValueNode valueOf(Object other) {
    if (other == null) {
      throw new NullPointerException(
          "value == null: use isNull() / isNotNull() to test for a missing attribute");
    }
    if (other instanceof Operand) {
      return ((Operand<?>) other).value;
    }
    if (other instanceof Collection || other instanceof Object[]) {
      throw new IllegalArgumentException(
          "a list is compared with in(...)/notIn(...), not with a scalar operator: " + other);
    }
    return LiteralNode.fromJava(other);
  }

  private static LiteralNode list(Collection<?> values) {
    Objects.requireNonNull(values, "values == null");
    List<LiteralNode> items = new ArrayList<>(values.size());
    for (Object v : values) {
      if (v == null) {
        items.add(LiteralNode.nul(0));
      } else if (v instanceof Operand && ((Operand<?>) v).value instanceof LiteralNode) {
        items.add((LiteralNode) ((Operand<?>) v).value);
      } else {
        items.add(LiteralNode.fromJava(v));
      }
    }
    return LiteralNode.list(items, 0);
  }

  /** The canonical text of this operand. */
  @Override
  public String toString() {
    return value.text();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Operand && ((Operand<?>) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
