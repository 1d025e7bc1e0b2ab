package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResourceValuesTest {
  private static final TaskSid TASK = TaskSid.of("WT0123456789abcdef0123456789abcdef");

  /** The members Twilio sends with every Task besides its SID. */
  private static final String ALWAYS =
      "\"assignment_status\":\"pending\",\"age\":5,\"priority\":0,\"timeout\":86400,";

  /** A Task with the fields Twilio always sends. */
  private static Task.Builder task() {
    return Task.builder()
        .sid(TASK)
        .assignmentStatus(TaskAssignmentStatus.PENDING)
        .age(Duration.ofSeconds(5))
        .priority(0)
        .timeout(Duration.ofDays(1));
  }

  @Test
  void unknownEnumValue_decodesKeepsTextAndReencodes() {
    Task task =
        Resources.fromJson(
            "{\"sid\":\""
                + TASK
                + "\",\"assignment_status\":\"transferring\",\"age\":5,\"priority\":0,"
                + "\"timeout\":86400}",
            Task.class);

    assertThat(task.assignmentStatus().isKnown()).isFalse();
    assertThat(task.assignmentStatus().value()).isEqualTo("transferring");
    assertThat(Resources.toJson(task)).contains("\"assignment_status\":\"transferring\"");
  }

  @Test
  void knownEnumValue_isTheConstant() {
    assertThat(TaskAssignmentStatus.of("pending")).isSameAs(TaskAssignmentStatus.PENDING);
    assertThat(ReservationStatus.knownValues()).hasSize(8).startsWith(ReservationStatus.PENDING);
  }

  @Test
  void blankEnumValue_isRejectedListingKnownValues() {
    assertThatThrownBy(() -> TaskOrder.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TaskOrder must be one of [FIFO, LIFO]");
  }

  @Test
  void attributes_areParsedLazily_andKeptAsSentText() {
    String text = "{ \"type\" : \"support\", \"languages\": [\"en\", \"fr\"] }";
    Task task = task().attributesJson(text).build();

    assertThat(task.attributes().path("languages").get(1).asText()).isEqualTo("fr");
    assertThat(task.attributesJson()).contains(text);
    assertThat(Resources.toJson(task)).contains("\"attributes\":" + quoted(text));
  }

  @Test
  void attributes_asOwnType_decodeThroughJackson() {
    Worker worker =
        Worker.builder()
            .sid(WorkerSid.of("WK0123456789abcdef0123456789abcdef"))
            .attributesJson("{\"team\":\"gold\",\"level\":3}")
            .build();

    Agent agent = worker.attributes(Agent.class);

    assertThat(agent.team).isEqualTo("gold");
    assertThat(agent.level).isEqualTo(3);
  }

  @Test
  void missingAttributes_areAnEmptyObject() {
    Task task = task().build();
    assertThat(task.attributes().isObject()).isTrue();
    assertThat(task.attributes().size()).isZero();
  }

  @Test
  void malformedAttributesFromTwilio_failWithFieldAndPosition() {
    Task task = task().attributesJson("{\"type\": support}").build();
    assertThatThrownBy(task::attributes)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Task.attributes is not well-formed JSON")
        .hasMessageContaining("line 1, column");
  }

  @Test
  void builderAttributesFromNode_writeMinified() {
    JsonNode node = SpecSamples.parse("{ \"a\" : 1 }");
    Task task = task().attributes(node).build();
    assertThat(task.attributesJson()).contains("{\"a\":1}");
  }

  @Test
  void etag_isKeptOutOfJsonAndEquality() {
    Task withEtag = task().etag("\"5\"").build();
    Task without = task().build();

    assertThat(Resources.toJson(withEtag)).doesNotContain("etag").doesNotContain("\"5\"");
    assertThat(withEtag).isEqualTo(without);
    assertThat(withEtag.etag()).contains("\"5\"");
  }

  @Test
  void timesAndDurations_useTwiliosWireForm() {
    Task task =
        task()
            .dateCreated(Instant.parse("2024-01-02T03:04:05Z"))
            .timeout(Duration.ofHours(1))
            .build();

    String json = Resources.toJson(task);

    assertThat(json).contains("\"date_created\":\"2024-01-02T03:04:05Z\"", "\"timeout\":3600");
    assertThat(Resources.fromJson(json, Task.class)).isEqualTo(task);
  }

  @Test
  void offsetDateTime_isAccepted() {
    Task task =
        Resources.fromJson(
            "{"
                + ALWAYS
                + "\"sid\":\""
                + TASK
                + "\",\"date_updated\":\"2024-01-02T05:04:05+02:00\"}",
            Task.class);
    assertThat(task.dateUpdated()).contains(Instant.parse("2024-01-02T03:04:05Z"));
  }

  @Test
  void assignmentStatus_isAPlainValue_printedAsTwilioSpellsIt() {
    Task task = Resources.fromJson("{" + ALWAYS + "\"sid\":\"" + TASK + "\"}", Task.class);

    assertThat("status: " + task.assignmentStatus()).isEqualTo("status: pending");
    assertThat(task.age()).isEqualTo(Duration.ofSeconds(5));
    assertThat(task.priority()).isZero();
    assertThat(task.timeout()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void answerWithoutAFieldTwilioAlwaysSends_failsNamingIt() {
    assertThatThrownBy(
            () ->
                Resources.fromJson(
                    "{\"sid\":\"" + TASK + "\",\"assignment_status\":\"pending\"}", Task.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot decode Task at $: missing fields `age`, `priority`, `timeout` (Twilio always"
                + " returns them)");
  }

  @Test
  void answerWithoutOneField_namesItAsTheWireSpellsIt() {
    String queue =
        "{\"sid\":\"WQ0123456789abcdef0123456789abcdef\",\"friendly_name\":\"Support\","
            + "\"max_reserved_workers\":1,\"target_workers\":\"1==1\","
            + "\"task_order\":\"FIFO\"}";
    assertThatThrownBy(
            () ->
                Resources.fromJson(
                    queue.replace("\"max_reserved_workers\":1,", ""), TaskQueue.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot decode TaskQueue at $: missing field `max_reserved_workers` (Twilio always"
                + " returns it)");
  }

  @Test
  void badSidInAnswer_failsNamingTheField() {
    assertThatThrownBy(() -> Resources.fromJson("{\"sid\":\"WK123\"}", Task.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot decode Task at $.sid")
        .hasMessageContaining("TaskSid must start with 'WT'");
  }

  @Test
  void unknownFields_areKeptAndWrittenBack() {
    Task task =
        Resources.fromJson(
            "{" + ALWAYS + "\"sid\":\"" + TASK + "\",\"new_field\":{\"x\":[1,2]}}", Task.class);
    assertThat(task.otherFields()).containsKey("new_field");
    assertThat(Resources.toJson(task)).contains("\"new_field\":{\"x\":[1,2]}");
  }

  private static String quoted(String text) {
    return Resources.toJson(text);
  }

  /** A user's own attribute type. */
  static final class Agent {
    public String team;
    public int level;
  }

  @Test
  void taskQueueTargetWorkers_parseAsATypedExpression() {
    TaskQueue queue =
        TaskQueue.builder()
            .sid(io.github.taskrouter4j.sid.TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef"))
            .maxReservedWorkers(1)
            .taskOrder(TaskOrder.FIFO)
            .targetWorkers("languages HAS \"en\"")
            .build();

    assertThat(
            queue
                .targetWorkersExpression()
                .get()
                .test(SpecSamples.parse("{\"languages\":[\"en\"]}")))
        .isTrue();
    assertThat(
            queue
                .targetWorkersExpression()
                .get()
                .test(SpecSamples.parse("{\"languages\":[\"fr\"]}")))
        .isFalse();
  }

  @Test
  void nestedStatistics_readAsTypedValues() {
    com.fasterxml.jackson.databind.JsonNode example =
        Spec.root()
            .at(
                "/paths/~1v1~1Workspaces~1{WorkspaceSid}~1Statistics/get/responses/200/content/application~1json/examples/fetch/value");

    WorkspaceStatistics stats = Resources.mapper().convertValue(example, WorkspaceStatistics.class);

    assertThat(stats.cumulativeStatistics().get().reservationsAccepted()).hasValue(0);
    assertThat(stats.cumulativeStatistics().get().avgTaskAcceptanceTime()).contains(Duration.ZERO);
    assertThat(stats.realTimeStatistics().get().activityStatistics())
        .extracting(a -> a.friendlyName().get())
        .contains("Offline", "Idle");
    assertThat(stats.realTimeStatistics().get().tasksByStatus()).containsKey("pending");
  }

  @Test
  void optionalCounts_readAsOptionalIntOrLong_andWriteBackUnchanged() throws Exception {
    String json = "{\"reservations_created\":4,\"reservations_accepted\":null,\"tasks_entered\":3}";

    WorkflowCumulativeStatistics stats =
        Resources.fromJson(json, WorkflowCumulativeStatistics.class);
    Event event =
        Resources.fromJson(
            "{\"sid\":\"EV0123456789abcdef0123456789abcdef\",\"event_date_ms\":1717171717171}",
            Event.class);

    assertThat(stats.reservationsCreated()).hasValue(4);
    assertThat(stats.reservationsAccepted()).isEmpty();
    assertThat(stats.tasksTimedOutInWorkflow()).isEmpty();
    assertThat(stats.tasksEntered()).hasValue(3);
    assertThat(event.eventDateMs()).hasValue(1_717_171_717_171L);
    JsonNode back = Resources.mapper().readTree(Resources.toJson(stats));
    assertThat(back.get("reservations_created").asInt()).isEqualTo(4);
    assertThat(back.get("reservations_accepted").isNull()).isTrue();
    assertThat(back.get("tasks_timed_out_in_workflow").isNull()).isTrue();
    WorkflowCumulativeStatistics reread =
        Resources.fromJson(Resources.toJson(stats), WorkflowCumulativeStatistics.class);
    assertThat(reread.reservationsCreated()).isEqualTo(stats.reservationsCreated());
    assertThat(reread.reservationsAccepted()).isEmpty();
    assertThat(reread.tasksEntered()).isEqualTo(stats.tasksEntered());
    assertThat(Resources.toJson(event)).contains("\"event_date_ms\":1717171717171");
  }

  @Test
  void badValueDeepInAnAnswer_namesItsJsonPath() {
    assertThatThrownBy(
            () ->
                Resources.fromJson(
                    "{\"activity_statistics\":[{\"sid\":\"WA0123456789abcdef0123456789abcdef\"},"
                        + "{\"sid\":\"WK0123456789abcdef0123456789abcdef\"}]}",
                    WorkersRealTimeStatistics.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at $.activity_statistics[1].sid")
        .hasMessageContaining("ActivitySid must start with 'WA'");
  }
}
