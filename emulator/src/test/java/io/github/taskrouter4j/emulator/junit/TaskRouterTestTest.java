package io.github.taskrouter4j.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.Workflow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The extension as users meet it: the annotation on an ordinary test class. */
@TaskRouterTest
class TaskRouterTestTest {
  private final TaskRouterEmulator emulator;

  TaskRouterTestTest(TaskRouterEmulator emulator) {
    this.emulator = emulator;
  }

  private WorkspaceApi fromBeforeEach;

  @BeforeEach
  void remember(WorkspaceApi workspace) {
    fromBeforeEach = workspace;
  }

  @Test
  void parameters_clientAndWorkspace_pointAtTheInjectedEmulator(
      TaskRouter client, WorkspaceApi workspace) {
    assertThat(client.toString()).contains(emulator.baseUri().toString());
    assertThat(client.workspaces().list().map(w -> w.sid())).contains(workspace.sid());
  }

  @Test
  void workspace_sameInBeforeEachAndTest_namedAfterTheTest(WorkspaceApi workspace) {
    assertThat(workspace.sid()).isEqualTo(fromBeforeEach.sid());
    assertThat(workspace.fetch().friendlyName())
        .hasValue("workspace_sameInBeforeEachAndTest_namedAfterTheTest");
  }

  @Test
  void workspace_fifoTemplate_routesATaskToTheSampleQueue(WorkspaceApi workspace) {
    Workflow flow = workspace.workflows().list().findFirst().orElseThrow();
    Activity available =
        workspace.activities().list(a -> a.friendlyName("Available")).findFirst().orElseThrow();
    workspace.workers().create(w -> w.friendlyName("Alice").activity(available));

    Task task =
        workspace.tasks().create(t -> t.workflowSid(flow.sid()).attributes("{\"type\":\"chat\"}"));

    assertThat(task.taskQueueFriendlyName()).hasValue("Sample Queue");
    assertThat(task.assignmentStatus()).isEqualTo(TaskAssignmentStatus.RESERVED);
  }

  @Test
  void clock_isManual_startsAtTheDefaultAndDrivesTaskTimeouts(
      EmulatorClock clock, WorkspaceApi workspace) {
    assertThat(clock).isSameAs(emulator.clock());
    assertThat(clock.isManual()).isTrue();
    Workflow flow = workspace.workflows().list().findFirst().orElseThrow();
    Task task =
        workspace.tasks().create(t -> t.workflowSid(flow.sid()).timeout(Duration.ofMinutes(5)));
    Instant created = clock.instant();

    clock.advance(Duration.ofMinutes(5));

    assertThat(created).isAfterOrEqualTo(Instant.parse(TaskRouterExtension.DEFAULT_CLOCK_START));
    assertThat(workspace.tasks().fetch(task.sid()).assignmentStatus())
        .isEqualTo(TaskAssignmentStatus.CANCELED);
  }
}
