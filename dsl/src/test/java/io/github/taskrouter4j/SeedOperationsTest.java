package io.github.taskrouter4j;

import static io.github.taskrouter4j.SpecContractTest.A32;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The six operations of the seed, written in the DSL, over real HTTP on a loopback stub. */
class SeedOperationsTest {
  private static final WorkspaceSid WS = WorkspaceSid.of("WS" + A32);
  private static final TaskQueueSid QUEUE = TaskQueueSid.of("WQ" + A32);
  private static final ActivitySid RESERVED = ActivitySid.of("WA" + "b".repeat(32));
  private static final ActivitySid BUSY = ActivitySid.of("WA" + "c".repeat(32));
  private static final WorkflowSid FLOW = WorkflowSid.of("WW" + A32);

  private static StubServer stub;
  private static TaskRouter tr;

  @BeforeAll
  static void start() throws Exception {
    stub = new StubServer();
    tr = StubClients.on(stub);
  }

  @AfterAll
  static void stop() {
    tr.close();
    stub.close();
  }

  @BeforeEach
  void reset() {
    stub.reset().always(SpecAnswers::answer);
  }

  @Test
  void createWorkspace_fromFifoTemplate() {
    Workspace ws =
        tr.workspaces()
            .create(w -> w.friendlyName("Customer Support").template(WorkspaceTemplate.FIFO));

    StubServer.Request sent = stub.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/Workspaces");
    assertThat(sent.form())
        .containsExactly(
            Map.entry("FriendlyName", List.of("Customer Support")),
            Map.entry("Template", List.of("FIFO")));
    assertThat(ws.sid().value()).isEqualTo("WSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assertThat(ws.defaultActivityName()).contains("Offline");
    assertThat(ws.links()).containsKey("task_queues");
  }

  @Test
  void createWorkflow_withConfigurationAndCallbackUrls() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Sales")
                    .when("type == 'sales'")
                    .target(Target.queue(QUEUE).timeout(Duration.ofSeconds(30))))
            .defaultQueue(QUEUE)
            .build();

    stub.enqueue(
        201,
        "{\"sid\":\""
            + FLOW
            + "\",\"friendly_name\":\"Incoming Call Flow\",\"task_reservation_timeout\":120,"
            + "\"configuration\":"
            + io.github.taskrouter4j.resource.Resources.toJson(config.toJson())
            + "}");

    Workflow flow =
        tr.workspace(WS)
            .workflows()
            .create(
                w ->
                    w.friendlyName("Incoming Call Flow")
                        .assignmentCallbackUrl(URI.create("https://example.com/assignment"))
                        .fallbackAssignmentCallbackUrl(URI.create("https://example.com/fallback"))
                        .configuration(config));

    StubServer.Request sent = stub.last();
    assertThat(sent.path()).isEqualTo("/v1/Workspaces/" + WS + "/Workflows");
    assertThat(sent.form())
        .containsExactly(
            Map.entry("FriendlyName", List.of("Incoming Call Flow")),
            Map.entry("Configuration", List.of(config.toJson())),
            Map.entry("AssignmentCallbackUrl", List.of("https://example.com/assignment")),
            Map.entry("FallbackAssignmentCallbackUrl", List.of("https://example.com/fallback")));
    assertThat(sent.form("Configuration"))
        .startsWith("{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Sales\"");
    assertThat(flow.sid()).isEqualTo(FLOW);
    assertThat(flow.taskReservationTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(flow.configuration()).isEqualTo(config);
  }

  @Test
  void createActivity_unavailable() {
    Activity activity =
        tr.workspace(WS).activities().create(a -> a.friendlyName("New Activity").available(false));

    assertThat(stub.last().form())
        .containsExactly(
            Map.entry("FriendlyName", List.of("New Activity")),
            Map.entry("Available", List.of("false")));
    // the answer is the spec's own example for CreateActivity
    assertThat(activity.friendlyName()).contains("New Activity");
    assertThat(activity.sid().value()).isEqualTo("WAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  }

  @Test
  void createWorker_withJsonAttributes() {
    Worker worker =
        tr.workspace(WS)
            .workers()
            .create(
                w -> w.friendlyName("Alice").attributes(Map.of("languages", List.of("en", "es"))));

    assertThat(stub.last().form())
        .containsExactly(
            Map.entry("FriendlyName", List.of("Alice")),
            Map.entry("Attributes", List.of("{\"languages\":[\"en\",\"es\"]}")));
    assertThat(worker.sid().value()).startsWith("WK");
    assertThat(worker.attributes().isObject()).isTrue();
    assertThat(worker.etag()).contains("\"7\"");
  }

  @Test
  void createTaskQueue_withReservationAndAssignmentActivities() {
    TaskQueue queue =
        tr.workspace(WS)
            .taskQueues()
            .create(
                q ->
                    q.friendlyName("Sample Queue")
                        .targetWorkers("languages HAS \"en\"")
                        .reservationActivitySid(RESERVED)
                        .assignmentActivitySid(BUSY));

    assertThat(stub.last().form())
        .containsExactly(
            Map.entry("FriendlyName", List.of("Sample Queue")),
            Map.entry("TargetWorkers", List.of("languages HAS \"en\"")),
            Map.entry("ReservationActivitySid", List.of(RESERVED.value())),
            Map.entry("AssignmentActivitySid", List.of(BUSY.value())));
    assertThat(queue.sid().value()).startsWith("WQ");
    assertThat(queue.taskOrder()).isNotNull();
  }

  @Test
  void createTask_withAttributesAndWorkflow() {
    Task task =
        tr.workspace(WS)
            .tasks()
            .create(t -> t.attributes("{\"type\":\"support\"}").workflowSid(FLOW));

    assertThat(stub.last().form())
        .containsExactly(
            Map.entry("WorkflowSid", List.of(FLOW.value())),
            Map.entry("Attributes", List.of("{\"type\":\"support\"}")));
    assertThat(task.sid().value()).startsWith("WT");
    assertThat(task.assignmentStatus()).isEqualTo(TaskAssignmentStatus.PENDING);
    assertThat(task.attributes().path("body").asText()).isEqualTo("attributes");
  }
}
