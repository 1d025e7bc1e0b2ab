package io.github.taskrouter4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.http.NotFoundException;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.ReservationStatus;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed's flow through the dsl's {@code TaskRouter} client, over real HTTP. */
class TaskRouterClientTest {
  @Test
  void seedFlow_throughTheClient_reservesJamieAcceptsCompletesInOrder() {
    EmulatorClock clock = EmulatorClock.manual();
    try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start();
        TaskRouter tr = emulator.newClient()) {
      Workspace ws =
          tr.workspaces()
              .create(w -> w.friendlyName("Customer Support").template(WorkspaceTemplate.FIFO));
      WorkspaceApi workspace = tr.workspace(ws.sid());
      Activity idle = workspace.activities().create(a -> a.friendlyName("Idle").available(true));
      workspace.activities().create(a -> a.friendlyName("On Break").available(false));
      Worker jamie =
          workspace
              .workers()
              .create(
                  w ->
                      w.friendlyName("Jamie")
                          .activity(idle)
                          .attributes(Map.of("languages", List.of("en", "es"))));
      workspace
          .workers()
          .create(
              w ->
                  w.friendlyName("Alex")
                      .activity(idle)
                      .attributes(Map.of("languages", List.of("fr"))));
      TaskQueue gold =
          workspace
              .taskQueues()
              .create(q -> q.friendlyName("Gold Tickets").targetWorkers("languages HAS \"en\""));
      TaskQueue everyone =
          workspace.taskQueues().create(q -> q.friendlyName("Everyone").targetWorkers("1==1"));
      WorkflowConfiguration config =
          WorkflowConfiguration.builder()
              .filter(
                  Filter.named("Gold Tickets")
                      .when("customer_value == 'Gold' AND type == 'ticket'")
                      .target(Target.queue(gold.sid()).priority(2)))
              .defaultQueue(everyone.sid())
              .build();
      Workflow flow =
          workspace.workflows().create(w -> w.friendlyName("Tickets").configuration(config));

      Task task =
          workspace
              .tasks()
              .create(
                  t ->
                      t.workflowSid(flow.sid())
                          .attributes(Map.of("customer_value", "Gold", "type", "ticket")));

      assertThat(task.assignmentStatus()).isEqualTo(TaskAssignmentStatus.RESERVED);
      assertThat(task.taskQueueSid()).contains(gold.sid());
      assertThat(task.priority()).isEqualTo(2);
      TaskReservation reservation =
          workspace.task(task.sid()).reservations().list().findFirst().orElseThrow();
      assertThat(reservation.workerSid()).contains(jamie.sid());
      TaskReservation accepted =
          workspace.task(task.sid()).reservations().update(reservation.sid(), u -> u.accept());
      assertThat(accepted.reservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
      clock.advance(Duration.ofSeconds(30));
      Task completed = workspace.tasks().complete(task.sid(), "resolved");
      assertThat(completed.assignmentStatus()).isEqualTo(TaskAssignmentStatus.COMPLETED);
      assertThat(completed.age()).isEqualTo(Duration.ofSeconds(30));

      List<String> types =
          workspace
              .events()
              .list(q -> q.taskSid(task.sid()))
              .map(e -> e.eventType().orElse(""))
              .collect(Collectors.toList());
      assertThat(types)
          .containsExactly(
              "task.created",
              "workflow.target-matched",
              "task-queue.entered",
              "reservation.created",
              "reservation.accepted",
              "task.completed",
              "reservation.completed");
      assertThatThrownBy(() -> workspace.workers().fetch(WorkerSid.of("WK" + "0".repeat(32))))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("was not found");
    }
  }
}
