package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestsTest {
  private static final String A32 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Test
  void createTask_rendersPascalCaseFormInSpecOrder() {
    CreateTaskRequest request =
        CreateTaskRequest.builder()
            .attributes(Map.of("type", "support"))
            .workflowSid(WorkflowSid.of("WW" + A32))
            .timeout(Duration.ofMinutes(10))
            .priority(7)
            .virtualStartTime(Instant.parse("2024-03-04T05:06:07Z"))
            .build();

    assertThat(request.toForm())
        .containsExactly(
            Map.entry("Timeout", List.of("600")),
            Map.entry("Priority", List.of("7")),
            Map.entry("WorkflowSid", List.of("WW" + A32)),
            Map.entry("Attributes", List.of("{\"type\":\"support\"}")),
            Map.entry("VirtualStartTime", List.of("2024-03-04T05:06:07Z")));
  }

  @Test
  void listTasks_repeatsAssignmentStatus() {
    ListTasksRequest request =
        ListTasksRequest.builder()
            .addAssignmentStatus(TaskAssignmentStatus.PENDING, TaskAssignmentStatus.RESERVED)
            .build();

    assertThat(request.toQuery()).containsEntry("AssignmentStatus", List.of("pending", "reserved"));
  }

  @Test
  void listTasks_optionalNumbers_renderAsDecimalText() {
    ListTasksRequest request = ListTasksRequest.builder().priority(3).pageSize(25).build();

    assertThat(request.priority()).hasValue(3);
    assertThat(request.pageSize()).hasValue(25);
    assertThat(request.toQuery())
        .containsEntry("Priority", List.of("3"))
        .containsEntry("PageSize", List.of("25"));
    assertThat(ListTasksRequest.builder().build().toQuery()).isEmpty();
  }

  @Test
  void pageSize_outsideOneToThousand_isRefused() {
    assertThatThrownBy(() -> ListWorkersRequest.builder().pageSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ListWorkersRequest.pageSize must be between 1 and 1000, but is 0");
  }

  @Test
  void statistics_renderMinutesAndCommaSeparatedSplits() {
    StatisticsRequest request =
        StatisticsRequest.builder()
            .period(Duration.ofHours(4))
            .addSplitByWaitTime(Duration.ofSeconds(5), Duration.ofSeconds(30))
            .build();

    assertThat(request.toQuery())
        .containsEntry("Minutes", List.of("240"))
        .containsEntry("SplitByWaitTime", List.of("5,30"));
  }

  @Test
  void createWorkspace_withoutFriendlyName_failsNamingIt() {
    assertThatThrownBy(() -> CreateWorkspaceRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("friendlyName");
  }

  @Test
  void friendlyName_over64Characters_failsWithLength() {
    assertThatThrownBy(() -> CreateWorkerRequest.builder().friendlyName("x".repeat(65)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "CreateWorkerRequest.friendlyName must be at most 64 characters, but has 65");
  }

  @Test
  void malformedAttributes_failWithPosition() {
    assertThatThrownBy(() -> CreateTaskRequest.builder().attributes("{\"type\": }").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateTaskRequest.attributes is not well-formed JSON")
        .hasMessageContaining("column");
  }

  @Test
  void attributesWithTextAfterTheObject_areRefused() {
    assertThatThrownBy(() -> CreateTaskRequest.builder().attributes("{\"a\":1} {\"b\":2}").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateTaskRequest.attributes is not well-formed JSON")
        .hasMessageContaining("unexpected content after the JSON value");
  }

  @Test
  void attributesNestedBeyondTheParserLimit_areRefusedNamingNoJavaClass() {
    String deep = "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    assertThatThrownBy(() -> CreateTaskRequest.builder().attributes(deep).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested deeper than")
        .hasMessageNotContaining("StreamReadConstraints")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void attributesThatAreNotAnObject_areRefused() {
    assertThatThrownBy(() -> UpdateWorkerRequest.builder().attributes("[1,2]").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UpdateWorkerRequest.attributes must be a JSON object, but is ARRAY");
  }

  @Test
  void attributesOverTwiliosLimit_areRefused() {
    String big = "{\"notes\":\"" + "x".repeat(4100) + "\"}";
    assertThatThrownBy(() -> CreateTaskRequest.builder().attributes(big).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 4096 characters")
        .hasMessageContaining("but has " + big.length());
  }

  @Test
  void routingTargetAndWorkflow_areMutuallyExclusive() {
    assertThatThrownBy(
            () ->
                CreateTaskRequest.builder()
                    .routingTarget(WorkerSid.of("WK" + A32))
                    .workflowSid(WorkflowSid.of("WW" + A32))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set either routingTarget")
        .hasMessageContaining("not both");
  }

  @Test
  void routingTarget_mustBeWorkerQueueOrWorkflow() {
    assertThatThrownBy(
            () -> CreateTaskRequest.builder().routingTarget(ActivitySid.of("WA" + A32)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "routingTarget must be the SID of a worker, queue or workflow (WK/WQ/WW");
  }

  @Test
  void ignoreCapacity_needsAWorkerTarget() {
    assertThatThrownBy(
            () ->
                CreateTaskRequest.builder()
                    .routingTarget(TaskQueueSid.of("WQ" + A32))
                    .ignoreCapacity(true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ignoreCapacity can only be set when routingTarget is a worker SID");
  }

  @Test
  void taskTimeout_beyondTwoWeeks_isRefused() {
    assertThatThrownBy(() -> CreateTaskRequest.builder().timeout(Duration.ofDays(15)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "CreateTaskRequest.timeout must be between 1 and 1209600 seconds, but is 1296000");
  }

  @Test
  void reasonWithoutFinalStatus_isRefused() {
    assertThatThrownBy(() -> UpdateTaskRequest.builder().reason("why").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason can only be set with assignmentStatus canceled or completed");
  }

  @Test
  void settingTaskToPending_isRefused() {
    assertThatThrownBy(
            () ->
                UpdateTaskRequest.builder().assignmentStatus(TaskAssignmentStatus.PENDING).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can only be set to canceled, wrapping or completed")
        .hasMessageEndingWith("but is pending");
  }

  @Test
  void maxReservedWorkers_outsideOneToFifty_isRefused() {
    assertThatThrownBy(
            () -> CreateTaskQueueRequest.builder().friendlyName("q").maxReservedWorkers(51).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxReservedWorkers must be between 1 and 50, but is 51");
  }

  @Test
  void configuration_mustBeAJsonObject() {
    assertThatThrownBy(
            () ->
                CreateWorkflowRequest.builder()
                    .friendlyName("f")
                    .configuration("task_routing:")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CreateWorkflowRequest.configuration is not well-formed JSON");
  }

  @Test
  void statisticsWindow_startAfterEnd_isRefused() {
    assertThatThrownBy(
            () ->
                StatisticsRequest.builder()
                    .startDate(Instant.parse("2024-02-01T00:00:00Z"))
                    .endDate(Instant.parse("2024-01-01T00:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StatisticsRequest.startDate must be before endDate");
  }

  @Test
  void period_mustBeWholeMinutes() {
    assertThatThrownBy(() -> ListEventsRequest.builder().period(Duration.ofSeconds(90)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a positive whole number of minutes");
  }

  @Test
  void ordering_mustBeAttributeAndDirection() {
    assertThatThrownBy(() -> ListTasksRequest.builder().ordering("Priority:up").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Attribute:asc or Attribute:desc")
        .hasMessageContaining("\"Priority:up\"");
  }

  @Test
  void reservation_statusAndInstruction_areMutuallyExclusive() {
    assertThatThrownBy(
            () ->
                UpdateReservationRequest.builder()
                    .accept()
                    .instruction(ReservationInstruction.CONFERENCE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("set either reservationStatus or instruction, not both");
  }

  @Test
  void reservation_callParametersWithoutCallInstruction_areRefused() {
    assertThatThrownBy(
            () -> UpdateReservationRequest.builder().accept().callFrom("+15550001111").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "[callFrom] only apply to the call instruction, but instruction is not set");
  }

  @Test
  void reservation_redirectNeedsCallAndUrl() {
    assertThatThrownBy(
            () ->
                UpdateReservationRequest.builder()
                    .instruction(ReservationInstruction.REDIRECT)
                    .redirectCallSid(CallSid.of("CA" + A32))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the redirect instruction needs redirectCallSid and redirectUrl");
  }

  @Test
  void reservation_workerActivityOnlyWhenRejecting() {
    assertThatThrownBy(
            () ->
                UpdateReservationRequest.builder()
                    .accept()
                    .workerActivitySid(ActivitySid.of("WA" + A32))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workerActivitySid is only used when rejecting");
  }

  @Test
  void sipPassword_isNotShownByToString() {
    UpdateReservationRequest request =
        UpdateReservationRequest.builder()
            .instruction(ReservationInstruction.CONFERENCE)
            .sipAuthUsername("alice")
            .sipAuthPassword("hunter2")
            .build();

    assertThat(request.toString()).doesNotContain("hunter2");
    assertThat(request.toForm()).containsEntry("SipAuthPassword", List.of("hunter2"));
  }

  @Test
  void rejectPendingReservations_needsAnActivity() {
    assertThatThrownBy(() -> UpdateWorkerRequest.builder().rejectPendingReservations(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rejectPendingReservations needs activitySid");
  }

  @Test
  void updateWorker_activityFromAFetchedActivity() {
    Activity available = Activity.builder().sid(ActivitySid.of("WA" + A32)).available(true).build();

    UpdateWorkerRequest request = UpdateWorkerRequest.builder().activity(available).build();

    assertThat(request.toForm()).containsExactly(Map.entry("ActivitySid", List.of("WA" + A32)));
  }

  @Test
  void typedExpressions_renderTheirText() {
    CreateTaskQueueRequest queue =
        CreateTaskQueueRequest.builder()
            .friendlyName("Support")
            .targetWorkers(
                io.github.taskrouter4j.workflow.expression.Expressions.parseWorkers(
                    "skills HAS \"support\""))
            .build();
    ListTasksRequest tasks =
        ListTasksRequest.builder()
            .evaluateTaskAttributes(
                io.github.taskrouter4j.workflow.expression.Expressions.parseFilter(
                    "type == \"support\""))
            .build();

    assertThat(queue.toForm()).containsEntry("TargetWorkers", List.of("skills HAS \"support\""));
    assertThat(tasks.toQuery())
        .containsEntry("EvaluateTaskAttributes", List.of("type == \"support\""));
  }
}
