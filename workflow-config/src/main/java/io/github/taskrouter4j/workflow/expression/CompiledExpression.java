package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An expression ready to evaluate: its {@link Evaluator} and what it reads besides attributes. */
final class CompiledExpression {
  private final Evaluator evaluator;

  /** False when the expression reads neither the time nor the worker counts. */
  private final boolean readsEnv;

  CompiledExpression(Evaluator evaluator, boolean readsEnv) {
    this.evaluator = evaluator;
    this.readsEnv = readsEnv;
  }

  /** The environment for an evaluation at {@code now}: {@link Env#NONE} if none is read. */
  Env at(Instant now) {
    return readsEnv ? new Env(now, null) : Env.NONE;
  }

  boolean test(JsonNode task, JsonNode worker, Env env) {
    return evaluator.test(task, worker, env);
  }

  /** The evaluator, for tests that check which kind was made. */
  Evaluator evaluator() {
    return evaluator;
  }
}
