package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceSnapshotTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final WorkerSid ALICE = WorkerSid.of("WK0123456789abcdef0123456789abcdef");

  @Test
  void hasWorkerNamed_ignoresCase_likeTaskRouterFriendlyNames() {
    WorkspaceSnapshot workspace = WorkspaceSnapshot.builder().worker(ALICE, "Alice").build();

    assertThat(workspace.hasWorkerNamed("alice")).isTrue();
    assertThat(workspace.hasWorkerNamed("ALICE")).isTrue();
    assertThat(workspace.hasWorkerNamed("bob")).isFalse();
    assertThat(workspace.workerName(ALICE)).hasValue("Alice");
  }

  @Test
  void lintWorkspace_knownWorkerNameInOtherCase_isFound() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Alice's customers")
                    .when("account_manager == 'alice'")
                    .target(
                        Target.queue(GOLD)
                            .knownWorkerFriendlyName("ALICE")
                            .timeout(Duration.ofSeconds(20)))
                    .target(Target.sameQueue()))
            .defaultQueue(GOLD)
            .build();

    assertThat(config.lint(WorkspaceSnapshot.builder().queue(GOLD).worker(ALICE, "alice").build()))
        .isEmpty();
  }

  @Test
  void snapshot_isImmutable() {
    WorkspaceSnapshot workspace = WorkspaceSnapshot.builder().queues(List.of(GOLD)).build();

    assertThatThrownBy(() -> workspace.queues().add(GOLD))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(workspace.hasQueue(GOLD)).isTrue();
  }

  @Test
  void problem_toString_showsSeverityPathMessageAndCode() {
    Problem problem =
        Problem.of(Severity.ERROR, "task_routing.filters[2]", "UNREACHABLE_FILTER", "never");

    assertThat(problem)
        .hasToString("ERROR task_routing.filters[2]: never [UNREACHABLE_FILTER]")
        .isEqualTo(
            Problem.of(Severity.ERROR, "task_routing.filters[2]", "UNREACHABLE_FILTER", "never"));
    assertThat(Problem.of(Severity.WARNING, "", "X", "m")).hasToString("WARNING (document): m [X]");
  }

  @Test
  void invalidConfigurationException_withoutProblems_isRefused() {
    assertThatThrownBy(() -> new InvalidConfigurationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a problem");
  }
}
