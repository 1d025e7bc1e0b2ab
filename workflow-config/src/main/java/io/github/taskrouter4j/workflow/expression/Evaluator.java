package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates one compiled expression: a {@link Condition}, or a class generated for the expression's
 * shape by {@link ShapeGenerator}. An abstract class rather than an interface: a call site that has
 * seen many shapes then dispatches through the vtable, one load cheaper than an interface's itable
 * search.
 */
abstract class Evaluator {
  /**
   * Whether the expression holds.
   *
   * @param task the task attributes, or null where the expression reads none
   * @param worker the worker attributes, or null where the expression reads none
   * @param env the time and worker counts, {@link Env#NONE} if the expression reads neither
   */
  abstract boolean test(JsonNode task, JsonNode worker, Env env);
}
