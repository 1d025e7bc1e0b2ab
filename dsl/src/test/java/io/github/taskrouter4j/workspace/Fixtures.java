package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.resource.TaskOrder;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.time.Duration;

/** Definitions shared by the workspace tests. */
final class Fixtures {
  static final ActivityKey OFFLINE = ActivityKey.of("Offline");
  static final ActivityKey BUSY = ActivityKey.of("Busy");
  static final QueueKey SALES = QueueKey.of("Sales");
  static final QueueKey EVERYONE = QueueKey.of("Everyone");

  private Fixtures() {}

  static WorkflowConfiguration routing() {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Gold")
                .when("customer_value == \"Gold\"")
                .target(Target.queue(SALES.ref()).priority(2).timeout(Duration.ofSeconds(30)))
                .target(Target.queue(EVERYONE.ref())))
        .defaultQueue(EVERYONE.ref())
        .build();
  }

  /** Every kind of resource and every optional field, some bound to SIDs as after an import. */
  static WorkspaceDefinition everything() {
    return WorkspaceDefinition.builder()
        .settings(
            WorkspaceSettings.builder()
                .friendlyName("Support \"EMEA\"")
                .defaultActivity(OFFLINE)
                .timeoutActivity(OFFLINE)
                .multiTaskEnabled(true)
                .prioritizeQueueOrder(TaskOrder.LIFO)
                .eventCallbackUrl(URI.create("https://example.com/events"))
                .eventsFilter("task.created,task.canceled")
                .build())
        .addActivities(
            DeclaredActivity.of(OFFLINE, false)
                .withSid(ActivitySid.of("WA0123456789abcdef0123456789abcdef")),
            DeclaredActivity.of(BUSY, false))
        .addTaskChannels(
            DeclaredTaskChannel.builder("voice", "Voice – Café")
                .channelOptimizedRouting(true)
                .build())
        .addWorkers(
            DeclaredWorker.builder("Alice")
                .attributes("{\"languages\":[\"en\"]}")
                .initialActivity(OFFLINE)
                .build())
        .addTaskQueues(
            DeclaredTaskQueue.builder(SALES)
                .targetWorkers("languages HAS \"en\"")
                .maxReservedWorkers(2)
                .taskOrder(TaskOrder.FIFO)
                .reservationActivity(BUSY)
                .assignmentActivity(BUSY)
                .sid(TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef"))
                .build(),
            DeclaredTaskQueue.builder(EVERYONE).build())
        .addWorkflows(
            DeclaredWorkflow.builder("Incoming", routing())
                .assignmentCallbackUrl(URI.create("https://example.com/assign"))
                .fallbackAssignmentCallbackUrl(URI.create("https://example.com/fallback"))
                .taskReservationTimeout(Duration.ofSeconds(120))
                .sid(WorkflowSid.of("WW0123456789abcdef0123456789abcdef"))
                .build())
        .build();
  }
}
