package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.OrderBy;
import io.github.taskrouter4j.workflow.expression.SkipIfExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import io.github.taskrouter4j.workflow.expression.WorkerCounts;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds the workflow-config expression evaluators (the same ones the routing engine and users'
 * simulations run) to the emulator's state, and turns their syntax errors into Twilio's 20001.
 */
final class Conditions {
  private Conditions() {}

  /** A queue's target_workers, evaluated on a worker's attributes. */
  interface WorkerCondition {
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

  static FilterExpression filter(String what, String text) {
    return parse(what, text, Expressions::parseFilter);
  }

  static WorkerCondition workers(String what, String text) {
    WorkerExpression expression = parse(what, text, Expressions::parseWorkers);
    return (worker, now) -> expression.test(worker.attributes, now);
  }

  static boolean test(TargetExpression expression, TaskRec task, WorkerRec worker, Instant now) {
    return expression.test(task.attributes, worker.expressionNode(), now);
  }

  /** skip_if over the members of the step's queue. */
  static boolean skip(SkipIfExpression expression, Iterable<WorkerRec> members) {
    int available = 0;
    int unavailable = 0;
    Map<ActivitySid, Integer> byActivity = new HashMap<>();
    for (WorkerRec w : members) {
      if (w.available()) {
        available++;
      } else {
        unavailable++;
      }
      byActivity.merge(ActivitySid.of(w.activity.sid), 1, Integer::sum);
    }
    WorkerCounts counts =
        WorkerCounts.builder()
            .available(available)
            .unavailable(unavailable)
            .byActivity(byActivity)
            .build();
    return expression.test(counts);
  }

  static Comparator<WorkerRec> orderBy(OrderBy orderBy) {
    Comparator<JsonNode> attributes = orderBy.comparator();
    return (a, b) -> attributes.compare(a.attributes, b.attributes);
  }
}
