package io.github.taskrouter4j.workflow.expression;

import java.util.Objects;

/**
 * One clause of an {@code order_by}: a worker attribute path and a direction, as in {@code
 * worker.level DESC}. Made by {@code worker("level").desc()} or {@link #of(String, Direction)}.
 */
public final class OrderByClause {
  /** The sort direction. */
  public enum Direction {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
  }

  private final String path;
  private final Object[] segments;
  private final Direction direction;

  private OrderByClause(PathNode path, Direction direction) {
    this.path = path.text;
    this.segments = path.segments;
    this.direction = direction;
  }

  /**
   * Makes a clause.
   *
   * @param path a worker attribute path with its prefix, for example {@code worker.level}
   * @param direction the direction
   * @return the clause
   * @throws IllegalArgumentException if {@code path} is not a {@code worker.} attribute path
   */
  public static OrderByClause of(String path, Direction direction) {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(direction, "direction == null");
    PathNode node = Paths.check(path, PathNode.Scope.WORKER, "worker(\"...\") / worker.x");
    return new OrderByClause(node, direction);
  }

  static OrderByClause parsed(PathNode path, Direction direction) {
    return new OrderByClause(path, direction);
  }

  /** The attribute path with its prefix, for example {@code worker.level}. */
  public String path() {
    return path;
  }

  /** The direction. */
  public Direction direction() {
    return direction;
  }

  /** The integer value of this clause's attribute for a worker, or null if missing/not integer. */
  java.math.BigInteger key(com.fasterxml.jackson.databind.JsonNode worker) {
    com.fasterxml.jackson.databind.JsonNode value = Compiler.resolve(worker, segments);
    if (value == null || !value.isIntegralNumber()) {
      return null;
    }
    return value.bigIntegerValue();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OrderByClause)) {
      return false;
    }
    OrderByClause c = (OrderByClause) o;
    return path.equals(c.path) && direction == c.direction;
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + direction.hashCode();
  }

  /** Renders {@code worker.level DESC}. */
  @Override
  public String toString() {
    return path + " " + direction;
  }
}
