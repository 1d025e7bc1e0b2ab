package io.github.taskrouter4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.http.NotFoundException;
import io.github.taskrouter4j.http.PreconditionFailedException;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process client: the same answers as over HTTP, without a socket. */
class InProcessClientTest {
  private static TaskRouterEmulator emulator;
  private static TaskRouter inProcess;
  private static TaskRouter overHttp;

  @BeforeAll
  static void start() {
    emulator = TaskRouterEmulator.builder().clock(EmulatorClock.manual()).start();
    inProcess = emulator.newInProcessClient();
    overHttp = emulator.newClient();
  }

  @AfterAll
  static void stop() {
    inProcess.close();
    overHttp.close();
    emulator.close();
  }

  @Test
  void createWorkspaceAndTask_inProcess_areSeenOverHttp() {
    Workspace ws = inProcess.workspaces().create(w -> w.friendlyName("In process"));
    WorkspaceApi workspace = inProcess.workspace(ws.sid());
    TaskQueue queue = workspace.taskQueues().create(q -> q.friendlyName("Everyone"));
    Workflow flow =
        workspace
            .workflows()
            .create(
                w ->
                    w.friendlyName("All")
                        .configuration(
                            WorkflowConfiguration.builder().defaultQueue(queue.sid()).build()));

    Task task =
        workspace
            .tasks()
            .create(t -> t.workflowSid(flow.sid()).attributes(Map.of("type", "ticket")));

    assertThat(task.assignmentStatus()).isEqualTo(TaskAssignmentStatus.PENDING);
    Task seen = overHttp.workspace(ws.sid()).tasks().fetch(task.sid());
    assertThat(seen).isEqualTo(workspace.tasks().fetch(task.sid()));
    assertThat(seen.attributes().path("type").asText()).isEqualTo("ticket");
  }

  @Test
  void listing_followsEveryPage() {
    WorkspaceApi workspace =
        inProcess.workspace(inProcess.workspaces().create(w -> w.friendlyName("Paged")).sid());
    for (int i = 0; i < 7; i++) {
      String name = "Worker " + i;
      workspace.workers().create(w -> w.friendlyName(name));
    }

    List<String> names =
        workspace
            .workers()
            .list(q -> q.pageSize(2))
            .map(w -> w.friendlyName().orElse(""))
            .collect(Collectors.toList());

    assertThat(names).hasSize(7).contains("Worker 0", "Worker 6");
  }

  @Test
  void unknownWorker_isNotFoundWithTwilioCode() {
    Workspace ws = inProcess.workspaces().create(w -> w.friendlyName("Errors"));

    assertThatThrownBy(
            () ->
                inProcess.workspace(ws.sid()).workers().fetch(WorkerSid.of("WK" + "0".repeat(32))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).hasValue(20404))
        .hasMessageContaining("was not found");
  }

  @Test
  void staleEtag_isRefusedWith412() {
    WorkspaceApi workspace =
        inProcess.workspace(inProcess.workspaces().create(w -> w.friendlyName("Etags")).sid());
    Worker created = workspace.workers().create(w -> w.friendlyName("Sam"));
    Worker before = workspace.workers().fetch(created.sid());
    assertThat(before.etag()).isPresent();
    workspace.workers().update(before.sid(), u -> u.friendlyName("Sam 2"));

    assertThatThrownBy(() -> workspace.workers().update(before, u -> u.friendlyName("Sam 3")))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class, e -> assertThat(e.code()).hasValue(20412));
    assertThat(workspace.workers().fetch(before.sid()).friendlyName()).contains("Sam 2");
  }
}
