package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target's {@code order_by}: {@code worker.level DESC, worker.age ASC}. Parsed by {@link
 * Expressions#parseOrderBy(String)} or made with {@link #of(OrderByClause...)}:
 *
 * <pre>{@code
 * OrderBy order = OrderBy.of(worker("level").desc(), worker("age").asc());
 * }</pre>
 *
 * <p>{@link #toString()} returns the parsed text if parsed, else {@link #canonical()}. Equality is
 * by clauses (ignoring keyword case and whitespace).
 */
public final class OrderBy {
  private final List<OrderByClause> clauses;
  private final String source;

  OrderBy(List<OrderByClause> clauses, String source) {
    this.clauses = Collections.unmodifiableList(List.copyOf(clauses));
    this.source = source;
  }

  /**
   * Makes an order from one or more clauses.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static OrderBy of(OrderByClause... clauses) {
    return of(Arrays.asList(clauses));
  }

  /**
   * Makes an order from one or more clauses.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static OrderBy of(List<OrderByClause> clauses) {
    Objects.requireNonNull(clauses, "clauses == null");
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("an order_by needs at least one clause");
    }
    return new OrderBy(clauses, null);
  }

  /** The clauses, most significant first. */
  public List<OrderByClause> clauses() {
    return clauses;
  }

  /**
   * Orders worker attribute nodes as TaskRouter does: clause by clause, by the integer value of the
   * attribute (path without its {@code worker.} prefix, read from the node given). A worker whose
   * value is missing or not an integer sorts after the others for both ASC and DESC. Workers equal
   * on every clause compare as 0 (TaskRouter then prefers the longest idle, which the caller
   * knows).
   */
  public Comparator<JsonNode> comparator() {
    return (a, b) -> {
      for (OrderByClause clause : clauses) {
        BigInteger x = clause.key(a);
        BigInteger y = clause.key(b);
        int c;
        if (x == null || y == null) {
          c = x == y ? 0 : x == null ? 1 : -1;
        } else {
          c = clause.direction() == OrderByClause.Direction.ASC ? x.compareTo(y) : y.compareTo(x);
        }
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /**
   * The Java arguments of {@code Target.Builder.orderBy(OrderByClause...)} that build this order,
   * for code generators: {@code worker("level").desc(), worker("age").asc()}.
   *
   * @return the code; empty when a path cannot be built with {@link Expressions#worker(String)} (a
   *     hyphenated name, say): use the text form then
   */
  public Optional<String> toJava() {
    return JavaDsl.of(this);
  }

  /** {@code worker.level DESC, worker.age ASC}. */
  public String canonical() {
    StringBuilder out = new StringBuilder();
    for (OrderByClause clause : clauses) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(clause);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderBy && ((OrderBy) o).clauses.equals(clauses);
  }

  @Override
  public int hashCode() {
    return clauses.hashCode();
  }

  /** The parsed text if parsed, else {@link #canonical()}. */
  @Override
  public String toString() {
    return source != null ? source : canonical();
  }
}
