package io.github.taskrouter4j.emulator.internal.state;

import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.time.Instant;
import java.util.function.Function;

/**
 * Binds the workflow-config expression evaluators (the same ones the routing engine and users'
 * simulations run) to the emulator's state, and turns their syntax errors into Twilio's 20001.
 */
public final class Conditions {
  private Conditions() {}

  /** A queue's target_workers, evaluated on a worker's attributes. */
  public interface WorkerCondition {
    boolean test(WorkerRec worker, Instant now);
  }

  static <T> T parse(String what, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid(
          "Invalid " + what + " expression '" + Params.abbreviate(text) + "': " + e.getMessage());
    }
  }

  public static FilterExpression filter(String what, String text) {
    return parse(what, text, Expressions::parseFilter);
  }

  public static WorkerCondition workers(String what, String text) {
    WorkerExpression expression = parse(what, text, Expressions::parseWorkers);
    return (worker, now) -> expression.test(worker.attributes, now);
  }
}
