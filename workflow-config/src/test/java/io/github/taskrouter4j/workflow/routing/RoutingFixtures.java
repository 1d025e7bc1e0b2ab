package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed SIDs, workers and a clock shared by the routing tests. */
final class RoutingFixtures {
  static final TaskQueueSid GOLD = TaskQueueSid.of("WQ00000000000000000000000000000001");
  static final TaskQueueSid EVERYONE = TaskQueueSid.of("WQ00000000000000000000000000000002");
  static final TaskQueueSid SPANISH = TaskQueueSid.of("WQ00000000000000000000000000000003");
  static final TaskQueueSid AFTER_HOURS = TaskQueueSid.of("WQ00000000000000000000000000000004");

  static final ActivitySid AVAILABLE = ActivitySid.of("WA00000000000000000000000000000001");
  static final ActivitySid BREAK = ActivitySid.of("WA00000000000000000000000000000002");
  static final ActivitySid OFFLINE = ActivitySid.of("WA00000000000000000000000000000003");

  /** 2026-11-30T10:15:00Z, a Monday. */
  static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T10:15:00Z");

  static final Clock CLOCK = Clock.fixed(MONDAY_MORNING, ZoneOffset.UTC);

  private RoutingFixtures() {}

  static WorkerSid workerSid(int n) {
    return WorkerSid.of(String.format("WK%032x", n));
  }

  /** An available worker named {@code name} with SID number {@code n}. */
  static WorkerState available(int n, String name, String attributes) {
    return WorkerState.builder()
        .sid(workerSid(n))
        .friendlyName(name)
        .attributes(attributes)
        .activity(AVAILABLE, "Available", true)
        .build();
  }

  /** A worker on a break (unavailable). */
  static WorkerState onBreak(int n, String name, String attributes) {
    return WorkerState.builder()
        .sid(workerSid(n))
        .friendlyName(name)
        .attributes(attributes)
        .activity(BREAK, "Break", false)
        .build();
  }

  static QueueDefinition queue(TaskQueueSid sid, String name, String targetWorkers) {
    return QueueDefinition.builder()
        .sid(sid)
        .friendlyName(name)
        .targetWorkers(targetWorkers)
        .build();
  }

  /** Replaces {@code $GOLD}, {@code $EVERYONE}, … by the fixed queue SIDs. */
  static String sids(String json) {
    return json.replace("$GOLD", GOLD.value())
        .replace("$EVERYONE", EVERYONE.value())
        .replace("$SPANISH", SPANISH.value())
        .replace("$AFTER_HOURS", AFTER_HOURS.value());
  }

  /** A router over the Gold ({@code tier == 'gold'}) and Everyone queues at Monday 10:15 UTC. */
  static Router.Builder router(String configurationJson) {
    return Router.builder()
        .configuration(WorkflowConfiguration.fromJson(sids(configurationJson)))
        .clock(CLOCK)
        .queue(queue(GOLD, "Gold", "tier == 'gold'"))
        .queue(queue(EVERYONE, "Everyone", "1==1"));
  }
}
