package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.EventSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TaskRouterEventTest {
  static final String ACCOUNT = "AC" + "a".repeat(32);
  static final String WORKSPACE = "WS0373f9ac28020851e66c8f52fc6ff2bd";
  static final String TASK = "WTa064deb11caffd9f2e54a1eb88536de2";
  static final String WORKER = "WKc50fcd98cdc674342b6248b6c178bb5e";
  static final String RESERVATION = "WRa37d19e6b32d8f5809a4a6ff5209553b";
  static final String QUEUE = "WQba7b15b5da2835daf8840999ac359aa1";
  static final String WORKFLOW = "WWa649336cf9549b6176be7611b7934139";
  static final String ACTIVITY = "WAabb4290339d188b4f9cbc001ef437c00";
  static final String CHANNEL = "TC76c38c8712c36e7e818b9f1267441334";

  static final Map<EventCategory, Class<? extends TaskRouterEvent>> CLASSES =
      new EnumMap<>(EventCategory.class);

  static {
    CLASSES.put(EventCategory.ACTIVITY, ActivityEvent.class);
    CLASSES.put(EventCategory.RESERVATION, ReservationEvent.class);
    CLASSES.put(EventCategory.TASK, TaskEvent.class);
    CLASSES.put(EventCategory.TASK_CHANNEL, TaskChannelEvent.class);
    CLASSES.put(EventCategory.TASK_QUEUE, TaskQueueEvent.class);
    CLASSES.put(EventCategory.WORKER, WorkerEvent.class);
    CLASSES.put(EventCategory.WORKFLOW, WorkflowEvent.class);
    CLASSES.put(EventCategory.WORKSPACE, WorkspaceEvent.class);
  }

  /** Shaped like a real callback (captured payloads, EVFX), with the fields of its category. */
  static Map<String, List<String>> form(EventType type) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("EventType", List.of(type.wireName()));
    f.put("AccountSid", List.of(ACCOUNT));
    f.put("WorkspaceSid", List.of(WORKSPACE));
    f.put("WorkspaceName", List.of("support"));
    f.put("Sid", List.of("EV03eadf54e74eacfe85de79aad22ca33e"));
    f.put("Timestamp", List.of("1522302807"));
    f.put("TimestampMs", List.of("1522302807613"));
    f.put("EventDescription", List.of("described"));
    switch (type.category()) {
      case ACTIVITY:
        resource(f, "activity", ACTIVITY);
        f.put("ActivityName", List.of("Available"));
        f.put("ActivityAvailable", List.of("true"));
        break;
      case RESERVATION:
        resource(f, "reservation", RESERVATION);
        f.put("ReservationSid", List.of(RESERVATION));
        task(f);
        worker(f);
        break;
      case TASK:
        resource(f, "task", TASK);
        task(f);
        break;
      case TASK_CHANNEL:
        resource(f, "task-channel", CHANNEL);
        f.put("TaskChannelUniqueName", List.of("voice"));
        break;
      case TASK_QUEUE:
        resource(f, "taskqueue", QUEUE);
        f.put("TaskQueueSid", List.of(QUEUE));
        f.put("TaskQueueName", List.of("English"));
        f.put("TaskQueueTargetExpression", List.of("languages HAS \"english\""));
        break;
      case WORKER:
        resource(f, "worker", WORKER);
        worker(f);
        break;
      case WORKFLOW:
        resource(f, "workflow", WORKFLOW);
        f.put("WorkflowName", List.of("Default"));
        f.put("WorkflowFilterName", List.of("English"));
        f.put("WorkflowFilterExpression", List.of("[\"language=='english'\"]"));
        break;
      default:
        resource(f, "workspace", WORKSPACE);
    }
    return f;
  }

  static void resource(Map<String, List<String>> f, String type, String sid) {
    f.put("ResourceType", List.of(type));
    f.put("ResourceSid", List.of(sid));
  }

  static void task(Map<String, List<String>> f) {
    f.put("TaskSid", List.of(TASK));
    f.put("TaskAttributes", List.of("{\"skill\":\"general\",\"language\":\"english\"}"));
    f.put("TaskAge", List.of("12"));
    f.put("TaskPriority", List.of("3"));
    f.put("TaskAssignmentStatus", List.of("reserved"));
    f.put("TaskQueueSid", List.of(QUEUE));
    f.put("WorkflowSid", List.of(WORKFLOW));
    f.put("TaskChannelSid", List.of(CHANNEL));
    f.put("TaskChannelUniqueName", List.of("default"));
  }

  static void worker(Map<String, List<String>> f) {
    f.put("WorkerSid", List.of(WORKER));
    f.put("WorkerName", List.of("alice"));
    f.put("WorkerAttributes", List.of("{\"languages\":[\"english\"]}"));
    f.put("WorkerActivitySid", List.of(ACTIVITY));
    f.put("WorkerActivityName", List.of("Idle"));
  }

  static Stream<EventType> documentedTypes() {
    return Arrays.stream(EventType.values()).filter(t -> t != EventType.UNKNOWN);
  }

  @Test
  void eventType_coversEveryDocumentedType() {
    assertThat(documentedTypes()).hasSize(49);
    assertThat(EventType.fromWireName("worker.channel.availability.update"))
        .contains(EventType.WORKER_CHANNEL_AVAILABILITY_UPDATE);
    assertThat(EventType.fromWireName("task-queue.expression.updated"))
        .contains(EventType.TASK_QUEUE_EXPRESSION_UPDATED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedTypes")
  void fromForm_everyDocumentedType_isTypedByCategory(EventType type) {
    TaskRouterEvent event = TaskRouterEvent.fromForm(form(type));

    assertThat(event).isExactlyInstanceOf(CLASSES.get(type.category()));
    assertThat(event.type()).isEqualTo(type);
    assertThat(event.typeName()).isEqualTo(type.wireName());
    assertThat(event.sid()).contains(EventSid.of("EV03eadf54e74eacfe85de79aad22ca33e"));
    assertThat(event.timestamp()).contains(Instant.ofEpochMilli(1522302807613L));
    assertThat(event.workspaceName()).contains("support");
    assertThat(event.resourceSid()).isPresent();
    assertThat(TaskRouterEvent.fromForm(event.toFormParameters())).isEqualTo(event);
  }

  @Test
  void reservationEvent_carriesTaskAndWorker() {
    ReservationEvent event =
        (ReservationEvent) TaskRouterEvent.fromForm(form(EventType.RESERVATION_ACCEPTED));

    assertThat(event.reservationSid()).isEqualTo(ReservationSid.of(RESERVATION));
    assertThat(event.task().sid()).isEqualTo(TaskSid.of(TASK));
    assertThat(event.task().attributes().path("language").asText()).isEqualTo("english");
    assertThat(event.task().age()).contains(Duration.ofSeconds(12));
    assertThat(event.task().priority()).hasValue(3);
    assertThat(event.task().taskQueueSid()).contains(TaskQueueSid.of(QUEUE));
    assertThat(event.task().workflowSid()).contains(WorkflowSid.of(WORKFLOW));
    assertThat(event.task().channelSid()).contains(TaskChannelSid.of(CHANNEL));
    assertThat(event.worker().sid()).isEqualTo(WorkerSid.of(WORKER));
    assertThat(event.worker().name()).contains("alice");
    assertThat(event.worker().activitySid()).contains(ActivitySid.of(ACTIVITY));
    assertThat(event.resourceSid()).contains(ReservationSid.of(RESERVATION));
  }

  @Test
  void workerActivityUpdate_prefersMillisecondsForTimeInPreviousActivity() {
    Map<String, List<String>> f = form(EventType.WORKER_ACTIVITY_UPDATE);
    f.put("WorkerPreviousActivitySid", List.of("WA6e9f3558d7b4ce43eb0e507f4d66f5a1"));
    f.put("WorkerPreviousActivityName", List.of("Idle"));
    f.put("WorkerTimeInPreviousActivity", List.of("0"));
    f.put("WorkerTimeInPreviousActivityMs", List.of("901"));

    WorkerEvent event = (WorkerEvent) TaskRouterEvent.fromForm(f);

    assertThat(event.worker().timeInPreviousActivity()).contains(Duration.ofMillis(901));
    assertThat(event.worker().previousActivityName()).contains("Idle");
  }

  @Test
  void taskCanceled_exposesReason_andWorkflowEventItsFilter() {
    Map<String, List<String>> f = form(EventType.TASK_CANCELED);
    f.put("TaskCanceledReason", List.of("Task TTL Exceeded"));
    TaskEvent task = (TaskEvent) TaskRouterEvent.fromForm(f);
    WorkflowEvent workflow =
        (WorkflowEvent) TaskRouterEvent.fromForm(form(EventType.WORKFLOW_TARGET_MATCHED));

    assertThat(task.task().canceledReason()).contains("Task TTL Exceeded");
    assertThat(task.worker()).isEmpty();
    assertThat(workflow.filterName()).contains("English");
    assertThat(workflow.filterExpression()).contains("[\"language=='english'\"]");
    assertThat(workflow.workflowSid()).isEqualTo(WorkflowSid.of(WORKFLOW));
  }

  @Test
  void unknownType_parsesToGenericEventKeepingEverything() {
    Map<String, List<String>> f = form(EventType.WORKSPACE_UPDATED);
    f.put("EventType", List.of("task.teleported"));
    f.put("TeleportDestination", List.of("moon"));

    TaskRouterEvent event = TaskRouterEvent.fromForm(f);

    assertThat(event).isExactlyInstanceOf(UnknownEvent.class);
    assertThat(event.type()).isEqualTo(EventType.UNKNOWN);
    assertThat(event.typeName()).isEqualTo("task.teleported");
    assertThat(event.parameters()).containsEntry("TeleportDestination", "moon");
  }

  @Test
  void missingEventType_namesParameter() {
    Map<String, List<String>> f = form(EventType.TASK_CREATED);
    f.remove("EventType");

    assertThatThrownBy(() -> TaskRouterEvent.fromForm(f))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("missing the EventType parameter");
  }

  @Test
  void reservationEventWithoutTask_namesMissingParameter() {
    Map<String, List<String>> f = form(EventType.RESERVATION_CREATED);
    f.remove("TaskSid");

    assertThatThrownBy(() -> TaskRouterEvent.fromForm(f))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("no TaskSid parameter");
  }

  @Test
  void malformedNumber_namesEventTypeAndParameter() {
    Map<String, List<String>> f = form(EventType.TASK_UPDATED);
    f.put("TaskPriority", List.of("high"));

    assertThatThrownBy(() -> TaskRouterEvent.fromForm(f))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining(
            "task.updated event callback parameter TaskPriority must be an integer, was \"high\"");
  }

  @Test
  void toString_hidesAttributes() {
    TaskRouterEvent event = TaskRouterEvent.fromForm(form(EventType.TASK_CREATED));

    assertThat(event.toString()).contains("task.created").contains(TASK).doesNotContain("english");
  }
}
