package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A compiled expression: the clauses of one AND or one OR, evaluated left to right with
 * short-circuit, as TaskRouter does. A nested group is a {@link Clause} holding its own condition.
 * Every call in an evaluation goes to a final class, so its cost does not grow with the number of
 * expression shapes the process evaluates, and an evaluation allocates nothing unless it reads
 * {@code taskrouter.*} or {@code workers.*} values or compares shapes outside {@link Specialized}.
 */
final class Condition {
  private final boolean and;
  private final Clause[] clauses;

  /** False when no clause reads the {@link Env}: callers then need not allocate one. */
  private final boolean readsEnv;

  Condition(boolean and, Clause[] clauses) {
    this(and, clauses, true);
  }

  private Condition(boolean and, Clause[] clauses, boolean readsEnv) {
    this.and = and;
    this.clauses = clauses;
    this.readsEnv = readsEnv;
  }

  /** This condition, marked as reading neither the time nor the worker counts. */
  Condition withoutEnv() {
    return new Condition(and, clauses, false);
  }

  /** The environment for an evaluation at {@code now}: {@link Env#NONE} if none is read. */
  Env at(Instant now) {
    return readsEnv ? new Env(now, null) : Env.NONE;
  }

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
