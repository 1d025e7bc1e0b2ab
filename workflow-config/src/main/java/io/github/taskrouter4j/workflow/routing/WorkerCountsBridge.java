package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.workflow.expression.WorkerCounts;
import java.util.Map;

/** Builds the {@code workers.*} variables of a skip_if expression. */
final class WorkerCountsBridge {
  private WorkerCountsBridge() {}

  static WorkerCounts of(int available, int unavailable, Map<ActivitySid, Integer> byActivity) {
    WorkerCounts.Builder builder =
        WorkerCounts.builder().available(available).unavailable(unavailable);
    byActivity.forEach(builder::inActivity);
    return builder.build();
  }
}
