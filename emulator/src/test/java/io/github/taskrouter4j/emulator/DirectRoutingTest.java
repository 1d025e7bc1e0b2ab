package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.configuration;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workspace;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Task creation with TaskQueueSid or RoutingTarget (and IgnoreCapacity): no workflow involved. */
class DirectRoutingTest {
  private final EmulatorClock clock = EmulatorClock.manual();
  private TaskRouterEmulator emulator;
  private Scenario s;

  @BeforeEach
  void start() {
    emulator = TaskRouterEmulator.builder().clock(clock).start();
    s = new Scenario(new Api(emulator));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Api.Answer create(String... params) {
    return s.api.post(s.path("/Tasks"), params);
  }

  @Test
  void taskQueueSid_placesTaskInThatQueue_reservesAMemberWithoutWorkflow() {
    String gold = s.queue("Gold", "tier == 'gold'");
    s.worker("carol", json("tier", "silver"), s.available);
    String alice = s.worker("alice", json("tier", "gold"), s.available);

    String task = create("TaskQueueSid", gold, "Attributes", json("type", "ticket")).sid();

    JsonNode t = s.task(task);
    assertThat(t.path("task_queue_sid").asText()).isEqualTo(gold);
    assertThat(t.path("workflow_sid").isNull()).isTrue();
    assertThat(t.path("assignment_status").asText()).isEqualTo("reserved");
    assertThat(s.reservedWorker(task)).isEqualTo(alice);
    assertThat(s.eventTypes("&TaskSid=" + task))
        .containsSubsequence("task.created", "task-queue.entered", "reservation.created");
  }

  @Test
  void taskQueueSid_noMemberAvailable_waitsUntilOneBecomesAvailable() {
    String gold = s.queue("Gold", "tier == 'gold'");
    String alice = s.worker("alice", json("tier", "gold"), s.offline);
    String task = create("TaskQueueSid", gold).sid();
    assertThat(s.status(task)).isEqualTo("pending");

    s.api.post(s.path("/Workers/" + alice), "ActivitySid", s.available).ok();

    assertThat(s.reservedWorker(task)).isEqualTo(alice);
  }

  @Test
  void routingTargetQueue_routesLikeTaskQueueSidAndIsEchoed() {
    String gold = s.queue("Gold", "1==1");
    String bob = s.worker("bob", "{}", s.available);

    String task = create("RoutingTarget", gold).sid();

    JsonNode t = s.task(task);
    assertThat(t.path("task_queue_sid").asText()).isEqualTo(gold);
    assertThat(t.path("routing_target").asText()).isEqualTo(gold);
    assertThat(s.reservedWorker(task)).isEqualTo(bob);
  }

  @Test
  void routingTargetWorker_reservesThatWorkerNotTheLongestIdle() {
    s.queue("Everyone", "1==1");
    s.worker("first", "{}", s.available);
    clock.advance(Duration.ofSeconds(10));
    String second = s.worker("second", "{}", s.available);

    String task = create("RoutingTarget", second).sid();

    assertThat(s.reservedWorker(task)).isEqualTo(second);
    JsonNode t = s.task(task);
    assertThat(t.path("routing_target").asText()).isEqualTo(second);
    assertThat(t.path("ignore_capacity").asBoolean()).isFalse();
    assertThat(t.path("task_queue_sid").isMissingNode() || t.path("task_queue_sid").isNull())
        .isTrue();
  }

  @Test
  void routingTargetWorker_atCapacity_waitsUntilTheWorkerIsFree() {
    String bob = s.worker("bob", "{}", s.available);
    String first = create("RoutingTarget", bob).sid();
    String second = create("RoutingTarget", bob).sid();
    assertThat(s.status(second)).isEqualTo("pending");

    JsonNode r = s.pendingReservation(first);
    s.answer(first, r.path("sid").asText(), "ReservationStatus", "accepted").ok();
    s.api.post(s.path("/Tasks/" + first), "AssignmentStatus", "completed").ok();

    assertThat(s.reservedWorker(second)).isEqualTo(bob);
  }

  @Test
  void routingTargetWorker_ignoreCapacity_reservesAnOfflineWorkerAtOnce() {
    String bob = s.worker("bob", "{}", s.offline);
    String waits = create("RoutingTarget", bob).sid();

    String task = create("RoutingTarget", bob, "IgnoreCapacity", "yes").sid();

    assertThat(s.status(waits)).isEqualTo("pending");
    assertThat(s.reservedWorker(task)).isEqualTo(bob);
    assertThat(s.task(task).path("ignore_capacity").asBoolean()).isTrue();
  }

  @Test
  void routingTargetWorker_rejected_isNotOfferedToAnyoneElse() {
    String bob = s.worker("bob", "{}", s.available);
    s.worker("carol", "{}", s.available);
    String task = create("RoutingTarget", bob).sid();
    JsonNode r = s.pendingReservation(task);

    s.answer(task, r.path("sid").asText(), "ReservationStatus", "rejected").ok();

    assertThat(s.status(task)).isEqualTo("pending");
    assertThat(s.reservations(task)).hasSize(1);
  }

  @Test
  void ignoreCapacity_withoutWorkerTarget_isRefused() {
    String q = s.queue("Q", "1==1");

    Api.Answer a = create("TaskQueueSid", q, "IgnoreCapacity", "true");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .contains("IgnoreCapacity can only be used when RoutingTarget is a Worker SID");
  }

  @Test
  void workflowSidAndTaskQueueSid_together_areRefused() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));

    Api.Answer a = create("WorkflowSid", wf, "TaskQueueSid", q);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText()).contains("give one of them, not 2");
  }

  @Test
  void routingTarget_notAWorkerQueueOrWorkflow_isRefusedNamingTheValue() {
    Api.Answer a = create("RoutingTarget", "CA00000000000000000000000000000001");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .contains("RoutingTarget must be the SID of a Worker (WK...), TaskQueue (WQ...) or")
        .contains("CA00000000000000000000000000000001");
  }

  @Test
  void taskQueueSid_unknownQueue_isRefused() {
    Api.Answer a = create("TaskQueueSid", "WQ00000000000000000000000000000009");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText())
        .isEqualTo(
            "TaskQueueSid WQ00000000000000000000000000000009 does not exist in this workspace");
  }

  @Test
  void deleteWorker_whileRoutingTargetOfAWaitingTask_isRefused() {
    String bob = s.worker("bob", "{}", s.offline);
    create("RoutingTarget", bob).sid();

    Api.Answer a = s.api.delete(s.path("/Workers/" + bob));

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText()).contains("is the RoutingTarget of 1 waiting");
  }

  @Test
  void throughTheClient_routingTargetWithIgnoreCapacityAndTaskQueueSid_areRouted() {
    try (TaskRouter tr = emulator.newClient()) {
      Workspace created = tr.workspaces().create(w -> w.friendlyName("Direct"));
      WorkspaceApi workspace = tr.workspace(created.sid());
      Activity away = workspace.activities().create(a -> a.friendlyName("Away").available(false));
      Activity idle = workspace.activities().create(a -> a.friendlyName("Idle").available(true));
      Worker jamie = workspace.workers().create(w -> w.friendlyName("Jamie").activity(away));
      Worker alex = workspace.workers().create(w -> w.friendlyName("Alex").activity(idle));
      TaskQueue billing =
          workspace.taskQueues().create(q -> q.friendlyName("Billing").targetWorkers("1==1"));

      Task urgent =
          workspace.tasks().create(t -> t.routingTarget(jamie.sid()).ignoreCapacity(true));
      Task queued = workspace.tasks().create(t -> t.taskQueueSid(billing.sid()));

      assertThat(urgent.assignmentStatus()).isEqualTo(TaskAssignmentStatus.RESERVED);
      assertThat(urgent.ignoreCapacity()).contains(true);
      assertThat(
              workspace
                  .task(urgent.sid())
                  .reservations()
                  .list()
                  .findFirst()
                  .orElseThrow()
                  .workerSid())
          .contains(jamie.sid());
      assertThat(queued.taskQueueSid()).contains(billing.sid());
      assertThat(queued.workflowSid()).isEmpty();
      assertThat(
              workspace
                  .task(queued.sid())
                  .reservations()
                  .list()
                  .findFirst()
                  .orElseThrow()
                  .workerSid())
          .contains(alex.sid());
    }
  }
}
