package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled expression as data: the clauses of one AND or one OR, evaluated left to right with
 * short-circuit, as TaskRouter does. A nested group is a {@link Clause} holding its own condition.
 * Every call in an evaluation goes to a final class, and an evaluation allocates nothing unless it
 * reads {@code taskrouter.*} or {@code workers.*} values or compares shapes outside {@link
 * Specialized}.
 *
 * <p>{@link ShapeGenerator} turns a condition into a class of its own, which runs faster; this one
 * is the evaluator when no class could be made for it (see {@link ShapeCache}).
 */
final class Condition extends Evaluator {
  // Read by ShapeGenerator.
  final boolean and;
  final Clause[] clauses;

  Condition(boolean and, Clause[] clauses) {
    this.and = and;
    this.clauses = clauses;
  }

  @Override
  boolean test(JsonNode task, JsonNode worker, Env env) {
    // AND stops at the first false clause and OR at the first true one: both stop when a clause
    // differs from the connective's identity (true for AND, false for OR).
    for (Clause clause : clauses) {
      if (clause.test(task, worker, env) != and) {
        return !and;
      }
    }
    return and;
  }
}
