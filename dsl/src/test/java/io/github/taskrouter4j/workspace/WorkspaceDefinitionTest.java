package io.github.taskrouter4j.workspace;

import static io.github.taskrouter4j.workspace.Fixtures.BUSY;
import static io.github.taskrouter4j.workspace.Fixtures.EVERYONE;
import static io.github.taskrouter4j.workspace.Fixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkspaceDefinitionTest {

  private static WorkspaceDefinition.Builder withQueues() {
    return WorkspaceDefinition.builder()
        .addActivities(DeclaredActivity.of(BUSY, false))
        .addTaskQueues(DeclaredTaskQueue.builder(SALES).build())
        .addTaskQueues(DeclaredTaskQueue.builder(EVERYONE).build());
  }

  @Test
  void build_everyKindOfResource_isValidWithoutProblems() {
    assertThat(Fixtures.everything().lint()).isEmpty();
    assertThat(Fixtures.everything()).isEqualTo(Fixtures.everything());
    assertThat(Fixtures.everything().managesWorkers()).isTrue();
  }

  @Test
  void build_queueNamesUndeclaredActivity_saysWhereAndWhatIsDeclared() {
    assertThatThrownBy(
            () ->
                withQueues()
                    .addTaskQueues(
                        DeclaredTaskQueue.builder(QueueKey.of("VIP"))
                            .reservationActivity(ActivityKey.of("Bussy"))
                            .build())
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("invalid workspace definition: 1 error")
        .hasMessageContaining(
            "task_queues[\"VIP\"].reservation_activity: activity \"Bussy\" is not declared;"
                + " declared activities: [\"Busy\"] [UNKNOWN_ACTIVITY]");
  }

  @Test
  void build_settingsNameUndeclaredActivity_isRefused() {
    assertThatThrownBy(
            () ->
                withQueues()
                    .settings(
                        WorkspaceSettings.builder().defaultActivity(ActivityKey.of("Idle")).build())
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("settings.default_activity: activity \"Idle\" is not declared");
  }

  @Test
  void build_duplicateNamesIgnoringCase_reportsBothPlaces() {
    InvalidDefinitionException e =
        catchInvalid(
            withQueues().addTaskQueues(DeclaredTaskQueue.builder(QueueKey.of("sales")).build()));

    assertThat(e.problems())
        .extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("task_queues[2]", "DUPLICATE_NAME"));
    assertThat(e.getMessage())
        .contains("task_queue \"sales\" is declared twice (also at task_queues[0])");
  }

  @Test
  void build_workflowNamesUndeclaredQueue_reportsJsonPath() {
    TaskQueueSid stray = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
    WorkflowConfiguration routing =
        WorkflowConfiguration.builder()
            .filter(Filter.named("All").when("1 == 1").target(Target.queue(stray)))
            .defaultQueue(SALES.ref())
            .build();

    assertThatThrownBy(
            () -> withQueues().addWorkflows(DeclaredWorkflow.of("Flow", routing)).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining(
            "workflows[\"Flow\"].configuration.task_routing.filters[0].targets[0].queue: names task"
                + " queue "
                + stray
                + ", which is not the ref() of a declared queue; declared queues: [\"Everyone\","
                + " \"Sales\"] [UNKNOWN_QUEUE]");
  }

  @Test
  void build_configurationLintError_isReportedUnderTheWorkflow() {
    WorkflowConfiguration nothing = WorkflowConfiguration.builder().build();

    assertThatThrownBy(
            () -> withQueues().addWorkflows(DeclaredWorkflow.of("Empty", nothing)).build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining(
            "workflows[\"Empty\"].configuration.task_routing: has neither filters")
        .hasMessageContaining("[NO_ROUTE]");
  }

  @Test
  void lint_configurationWarning_isKeptAndBuildSucceeds() {
    WorkflowConfiguration noDefault =
        WorkflowConfiguration.builder()
            .filter(Filter.named("All").when("1 == 1").target(Target.queue(SALES.ref())))
            .build();

    WorkspaceDefinition definition =
        withQueues().addWorkflows(DeclaredWorkflow.of("Flow", noDefault)).build();

    assertThat(definition.lint())
        .extracting(Problem::severity, Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING,
                "workflows[\"Flow\"].configuration.task_routing.default_filter",
                "NO_DEFAULT_FILTER"));
  }

  @Test
  void build_targetWorkersSyntaxError_reportsColumn() {
    InvalidDefinitionException e =
        catchInvalid(
            withQueues()
                .addTaskQueues(
                    DeclaredTaskQueue.builder(QueueKey.of("Broken"))
                        .targetWorkers("languages HAS")
                        .build()));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("task_queues[\"Broken\"].target_workers");
    assertThat(e.problems().get(0).code()).isEqualTo("INVALID_EXPRESSION");
    assertThat(e.problems().get(0).message()).contains("at column 14 in \"languages HAS\"");
  }

  @Test
  void declarations_checkTheirOwnFields() {
    assertThatThrownBy(() -> ActivityKey.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an activity name must not be blank, was \" \"");
    assertThatThrownBy(() -> QueueKey.of("x".repeat(65)))
        .hasMessageStartingWith("a task queue name must be at most 64 characters, was 65");
    assertThatThrownBy(() -> DeclaredTaskQueue.builder(SALES).maxReservedWorkers(51).build())
        .hasMessage("task queue \"Sales\": max_reserved_workers must be between 1 and 50, was 51");
    assertThatThrownBy(
            () ->
                DeclaredWorkflow.builder("Flow", Fixtures.routing())
                    .taskReservationTimeout(Duration.ofMillis(1500))
                    .build())
        .hasMessage(
            "workflow \"Flow\": task_reservation_timeout must be whole seconds from 1 to 86400,"
                + " was PT1.5S");
    assertThatThrownBy(() -> DeclaredWorker.builder("Bob").attributes("[1]").build())
        .hasMessage("worker \"Bob\": attributes must be a JSON object, was [1]");
    assertThatThrownBy(() -> DeclaredWorker.builder("Bob").attributes("{").build())
        .hasMessageStartingWith(
            "worker \"Bob\": attributes must be a JSON object, but the text is not JSON");
  }

  @Test
  void queueKeyRef_isAValidSidFixedByTheName() {
    assertThat(SALES.ref()).isEqualTo(QueueKey.of("Sales").ref());
    assertThat(SALES.ref()).isNotEqualTo(QueueKey.of("sales").ref());
    assertThat(SALES.ref().value()).matches("WQ[0-9a-f]{32}");
    assertThat(SALES).hasToString("task queue \"Sales\"");
  }

  private static InvalidDefinitionException catchInvalid(WorkspaceDefinition.Builder builder) {
    try {
      builder.build();
    } catch (InvalidDefinitionException e) {
      return e;
    }
    throw new AssertionError("expected the definition to be refused");
  }
}
