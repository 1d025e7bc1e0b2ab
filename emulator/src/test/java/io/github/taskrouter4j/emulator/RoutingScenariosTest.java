package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.configuration;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static io.github.taskrouter4j.emulator.RequestJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escalation, skip_if, known worker, order_by, LIFO, reject and timeout paths, on a manual clock.
 */
class RoutingScenariosTest {
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

  /** A configuration with one filter that every task matches ({@code 1==1}), with these targets. */
  private static String everyTask(ObjectNode... targets) {
    return configuration(object("expression", "1==1", "targets", array((Object[]) targets)));
  }

  @Test
  void escalation_targetTimeouts_moveTaskToNextTargetAndPriority() {
    String gold = s.queue("Gold", "tier == 'gold'");
    String everyone = s.queue("Everyone", "1==1");
    String bob = s.worker("bob", json("tier", "silver"), s.available);
    String cfg =
        configuration(
            everyone,
            object(
                "filter_friendly_name",
                "Gold",
                "expression",
                "customer_value == 'Gold'",
                "targets",
                array(
                    object("queue", gold, "priority", 10, "timeout", 30),
                    object("queue", everyone, "priority", 20))));
    String wf = s.workflow("W", cfg);

    String task = s.task(wf, json("customer_value", "Gold"));
    assertThat(s.status(task)).isEqualTo("pending");
    assertThat(s.queueOf(task)).isEqualTo(gold);
    assertThat(s.task(task).path("priority").asInt()).isEqualTo(10);

    clock.advance(Duration.ofSeconds(29));
    assertThat(s.queueOf(task)).isEqualTo(gold);

    clock.advance(Duration.ofSeconds(1));
    assertThat(s.queueOf(task)).isEqualTo(everyone);
    assertThat(s.task(task).path("priority").asInt()).isEqualTo(20);
    assertThat(s.status(task)).isEqualTo("reserved");
    assertThat(s.reservedWorker(task)).isEqualTo(bob);
  }

  @Test
  void escalation_lastTargetTimesOut_cancelsTaskWithWorkflowTimeout() {
    String q = s.queue("Q", "1==1");
    String wf =
        s.workflow(
            "W",
            configuration(
                q,
                object("expression", "1==1", "targets", array(object("queue", q, "timeout", 60)))));

    String task = s.task(wf, "{}");
    clock.advance(Duration.ofSeconds(60));

    JsonNode t = s.task(task);
    assertThat(t.path("assignment_status").asText()).isEqualTo("canceled");
    assertThat(t.path("reason").asText()).isEqualTo("Workflow Timeout");
    assertThat(s.eventTypes("&TaskSid=" + task))
        .contains("workflow.timeout")
        .endsWith("task.canceled");
  }

  @Test
  void reservationTimeout_movesWorkerToTimeoutActivityAndOffersNextWorker() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q), "TaskReservationTimeout", "20");
    String first = s.worker("first", "{}", s.available);
    clock.advance(Duration.ofSeconds(5));
    String second = s.worker("second", "{}", s.available);

    String task = s.task(wf, "{}");
    assertThat(s.reservedWorker(task)).isEqualTo(first);

    clock.advance(Duration.ofSeconds(20));

    assertThat(s.reservations(task))
        .extracting(r -> r.path("reservation_status").asText())
        .containsExactly("timeout", "pending");
    assertThat(s.reservedWorker(task)).isEqualTo(second);
    JsonNode w = s.api.get(s.path("/Workers/" + first)).ok();
    assertThat(w.path("activity_name").asText()).isEqualTo("Offline");
    assertThat(w.path("available").asBoolean()).isFalse();
  }

  @Test
  void reject_offersNextWorkerAndAppliesActivity() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));
    String first = s.worker("first", "{}", s.available);
    clock.advance(Duration.ofSeconds(1));
    String second = s.worker("second", "{}", s.available);
    String task = s.task(wf, "{}");
    JsonNode r = s.pendingReservation(task);
    assertThat(r.path("worker_sid").asText()).isEqualTo(first);

    JsonNode rejected =
        s.answer(
                task,
                r.path("sid").asText(),
                "ReservationStatus",
                "rejected",
                "WorkerActivitySid",
                s.unavailable)
            .ok();

    assertThat(rejected.path("reservation_status").asText()).isEqualTo("rejected");
    assertThat(s.reservedWorker(task)).isEqualTo(second);
    assertThat(s.api.get(s.path("/Workers/" + first)).ok().path("activity_name").asText())
        .isEqualTo("Unavailable");
    Api.Answer again = s.answer(task, r.path("sid").asText(), "ReservationStatus", "accepted");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body().path("message").asText())
        .contains("is rejected; only a pending reservation can be accepted");
  }

  @Test
  void skipIf_noAvailableWorkers_skipsStepImmediately() {
    String gold = s.queue("Gold", "tier == 'gold'");
    String everyone = s.queue("Everyone", "1==1");
    s.worker("goldie", json("tier", "gold"), s.offline);
    String silver = s.worker("silver", json("tier", "silver"), s.available);
    String wf =
        s.workflow(
            "W",
            everyTask(
                object("queue", gold, "timeout", 300, "skip_if", "workers.available == 0"),
                object("queue", everyone)));

    String task = s.task(wf, "{}");

    assertThat(s.queueOf(task)).isEqualTo(everyone);
    assertThat(s.reservedWorker(task)).isEqualTo(silver);
    assertThat(s.eventTypes("&TaskSid=" + task)).contains("workflow.skipped");
  }

  @Test
  void knownWorker_routesOnlyToTheWorkerNamedInTheTask() {
    String q = s.queue("Q", "1==1");
    s.worker("a", "{}", s.available);
    String b = s.worker("b", "{}", s.available);
    String wf =
        s.workflow(
            "W",
            everyTask(
                object("queue", q, "known_worker_sid", "task.agent", "timeout", 10),
                object("queue", q)));

    String task = s.task(wf, json("agent", b));

    assertThat(s.reservedWorker(task)).isEqualTo(b);
  }

  @Test
  void knownWorker_missingFromTask_waitsUntilStepTimeout() {
    String q = s.queue("Q", "1==1");
    String a = s.worker("a", "{}", s.available);
    String wf =
        s.workflow(
            "W",
            everyTask(
                object("queue", q, "known_worker_friendly_name", "task.agent", "timeout", 10),
                object("queue", q)));

    String task = s.task(wf, "{}");
    assertThat(s.status(task)).isEqualTo("pending");

    clock.advance(Duration.ofSeconds(10));
    assertThat(s.reservedWorker(task)).isEqualTo(a);
  }

  @Test
  void orderBy_prefersHighestLevel() {
    String q = s.queue("Q", "1==1");
    s.worker("low", json("level", 1), s.available);
    String high = s.worker("high", json("level", 5), s.available);
    s.worker("none", "{}", s.available);
    String wf = s.workflow("W", everyTask(object("queue", q, "order_by", "worker.level DESC")));

    assertThat(s.reservedWorker(s.task(wf, "{}"))).isEqualTo(high);
  }

  @Test
  void targetExpression_matchesTaskAgainstWorker() {
    String q = s.queue("Q", "1==1");
    s.worker("fr", json("languages", array("fr")), s.available);
    String es = s.worker("es", json("languages", array("es", "en")), s.available);
    String wf =
        s.workflow(
            "W", everyTask(object("queue", q, "expression", "worker.languages HAS task.language")));

    assertThat(s.reservedWorker(s.task(wf, json("language", "es")))).isEqualTo(es);
  }

  @Test
  void lifoQueue_newestTaskGoesFirst_fifoQueue_highestPriorityThenOldest() {
    String lifo = s.queue("L", "1==1", "TaskOrder", "LIFO");
    String wfL = s.workflow("WL", configuration(lifo));
    String older = s.task(wfL, "{}");
    clock.advance(Duration.ofSeconds(1));
    String newer = s.task(wfL, "{}");
    String w = s.worker("w", "{}", s.available);
    assertThat(s.reservedWorker(newer)).isEqualTo(w);
    assertThat(s.status(older)).isEqualTo("pending");

    Scenario f = new Scenario(s.api);
    String fifo = f.queue("F", "1==1");
    String wfF = f.workflow("WF", configuration(fifo));
    String old = f.task(wfF, "{}", "Priority", "1");
    clock.advance(Duration.ofSeconds(1));
    String urgent = f.task(wfF, "{}", "Priority", "5");
    String w2 = f.worker("w2", "{}", f.available);
    assertThat(f.reservedWorker(urgent)).isEqualTo(w2);
    assertThat(f.status(old)).isEqualTo("pending");
  }

  @Test
  void acceptAndComplete_freeWorkerForNextWaitingTask() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));
    String w = s.worker("w", "{}", s.available);
    String t1 = s.task(wf, "{}");
    String t2 = s.task(wf, "{}");
    String r1 = s.pendingReservation(t1).path("sid").asText();
    assertThat(s.status(t2)).isEqualTo("pending");

    s.answer(t1, r1, "ReservationStatus", "accepted").ok();
    assertThat(s.status(t1)).isEqualTo("assigned");
    assertThat(s.status(t2)).isEqualTo("pending");
    s.api.post(s.path("/Tasks/" + t1), "AssignmentStatus", "wrapping").ok();
    assertThat(s.status(t2)).isEqualTo("pending");
    s.api.post(s.path("/Tasks/" + t1), "AssignmentStatus", "completed", "Reason", "done").ok();

    assertThat(s.task(t1).path("reason").asText()).isEqualTo("done");
    assertThat(s.reservedWorker(t2)).isEqualTo(w);
  }

  @Test
  void multiChannelCapacity_reservesUpToCapacityPerChannel() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));
    String w = s.worker("w", "{}", s.available);
    s.api.post(s.path("/Workers/" + w + "/Channels/chat"), "Capacity", "2").ok();

    String c1 = s.task(wf, "{}", "TaskChannel", "chat");
    String c2 = s.task(wf, "{}", "TaskChannel", "chat");
    String c3 = s.task(wf, "{}", "TaskChannel", "chat");
    String v1 = s.task(wf, "{}", "TaskChannel", "voice");
    String v2 = s.task(wf, "{}", "TaskChannel", "voice");

    assertThat(s.status(c1)).isEqualTo("reserved");
    assertThat(s.status(c2)).isEqualTo("reserved");
    assertThat(s.status(c3)).isEqualTo("pending");
    assertThat(s.status(v1)).isEqualTo("reserved");
    assertThat(s.status(v2)).isEqualTo("pending");
    JsonNode chat = s.api.get(s.path("/Workers/" + w + "/Channels/chat")).ok();
    assertThat(chat.path("assigned_tasks").asInt()).isEqualTo(2);
    assertThat(chat.path("available_capacity_percentage").asInt()).isZero();
  }

  @Test
  void maxReservedWorkers_firstAcceptWinsOthersRescinded() {
    String q = s.queue("Q", "1==1", "MaxReservedWorkers", "2");
    String wf = s.workflow("W", configuration(q));
    s.worker("a", "{}", s.available);
    s.worker("b", "{}", s.available);
    String task = s.task(wf, "{}");
    assertThat(s.reservations(task)).hasSize(2);

    String second = s.reservations(task).get(1).path("sid").asText();
    s.answer(task, second, "ReservationStatus", "accepted").ok();

    assertThat(s.reservations(task))
        .extracting(r -> r.path("reservation_status").asText())
        .containsExactly("rescinded", "accepted");
    String first = s.reservations(task).get(0).path("sid").asText();
    Api.Answer late = s.answer(task, first, "ReservationStatus", "accepted");
    assertThat(late.status()).isEqualTo(410);
    assertThat(late.body().path("message").asText()).contains("rescinded");
  }

  @Test
  void taskTtl_cancelsWaitingTask() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));
    String task = s.task(wf, "{}", "Timeout", "100");

    clock.advance(Duration.ofSeconds(100));

    assertThat(s.status(task)).isEqualTo("canceled");
    assertThat(s.task(task).path("reason").asText()).isEqualTo("Task TTL Exceeded");
  }

  @Test
  void workerActivityChange_toAvailable_picksUpWaitingTask() {
    String q = s.queue("Q", "1==1");
    String wf = s.workflow("W", configuration(q));
    String w = s.worker("w", "{}", s.offline);
    String task = s.task(wf, "{}");
    assertThat(s.status(task)).isEqualTo("pending");

    s.api.post(s.path("/Workers/" + w), "ActivitySid", s.available).ok();

    assertThat(s.reservedWorker(task)).isEqualTo(w);
    Api.Answer refused = s.api.post(s.path("/Workers/" + w), "ActivitySid", s.offline);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText())
        .contains("pending reservation")
        .contains("RejectPendingReservations");
    s.api
        .post(
            s.path("/Workers/" + w), "ActivitySid", s.offline, "RejectPendingReservations", "true")
        .ok();
    assertThat(s.status(task)).isEqualTo("pending");
  }
}
