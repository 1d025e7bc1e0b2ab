package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.defaultFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.resource.TaskQueueBulkRealTimeStatistics;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Statistics are computed from live state (real-time) and from the event log (cumulative). */
class StatisticsTest {
  @Test
  void statistics_reflectTasksWorkersAndReservations() {
    EmulatorClock clock = EmulatorClock.manual();
    try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start()) {
      Scenario s = new Scenario(new Api(emulator));
      String q = s.queue("Q", "1==1");
      String wf = s.workflow("W", defaultFilter(q));
      s.worker("busy", "{}", s.available);
      s.worker("away", "{}", s.offline);
      String first = s.task(wf, "{}", "Priority", "3");
      clock.advance(Duration.ofSeconds(40));
      String waiting = s.task(wf, "{}", "Priority", "7");
      accept(s, first);
      clock.advance(Duration.ofSeconds(20));

      JsonNode queue = s.api.get(s.path("/TaskQueues/" + q + "/RealTimeStatistics")).ok();
      assertThat(queue.path("total_tasks").asInt()).isEqualTo(2);
      assertThat(queue.path("tasks_by_status").path("assigned").asInt()).isEqualTo(1);
      assertThat(queue.path("tasks_by_status").path("pending").asInt()).isEqualTo(1);
      assertThat(queue.path("tasks_by_priority").path("7").asInt()).isEqualTo(1);
      assertThat(queue.path("longest_task_waiting_sid").asText()).isEqualTo(waiting);
      assertThat(queue.path("longest_task_waiting_age").asLong()).isEqualTo(20);
      assertThat(queue.path("total_eligible_workers").asInt()).isEqualTo(2);
      assertThat(queue.path("total_available_workers").asInt()).isEqualTo(1);

      JsonNode workers = s.api.get(s.path("/Workers/RealTimeStatistics")).ok();
      assertThat(workers.path("total_workers").asInt()).isEqualTo(2);
      for (JsonNode a : workers.path("activity_statistics")) {
        int expected =
            a.path("friendly_name").asText().equals("Offline")
                    || a.path("friendly_name").asText().equals("Available")
                ? 1
                : 0;
        assertThat(a.path("workers").asInt()).as(a.toString()).isEqualTo(expected);
      }

      JsonNode cumulative = s.api.get(s.path("/CumulativeStatistics?Minutes=60")).ok();
      assertThat(cumulative.path("tasks_created").asInt()).isEqualTo(2);
      assertThat(cumulative.path("reservations_created").asInt()).isEqualTo(1);
      assertThat(cumulative.path("reservations_accepted").asInt()).isEqualTo(1);
      assertThat(cumulative.path("avg_task_acceptance_time").asInt()).isEqualTo(40);
    }
  }

  @Test
  void workersCumulative_activityDurations_areMinAvgMaxTotalPerActivityOverTheInterval() {
    EmulatorClock clock = EmulatorClock.manual();
    try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start()) {
      Scenario s = new Scenario(new Api(emulator));
      String ann = s.worker("ann", "{}", s.available);
      s.worker("bob", "{}", s.offline);
      clock.advance(Duration.ofSeconds(60));
      s.api.post(s.path("/Workers/" + ann), "ActivitySid", s.offline).ok();
      clock.advance(Duration.ofSeconds(30));

      JsonNode stats = s.api.get(s.path("/Workers/CumulativeStatistics?Minutes=60")).ok();

      JsonNode available = byName(stats.path("activity_durations"), "Available");
      assertThat(available.path("sid").asText()).isEqualTo(s.available);
      assertThat(available.path("min").asLong()).isZero();
      assertThat(available.path("max").asLong()).isEqualTo(60);
      assertThat(available.path("total").asLong()).isEqualTo(60);
      assertThat(available.path("avg").asLong()).isEqualTo(30);
      JsonNode offline = byName(stats.path("activity_durations"), "Offline");
      assertThat(offline.path("min").asLong()).isEqualTo(30);
      assertThat(offline.path("max").asLong()).isEqualTo(90);
      assertThat(offline.path("total").asLong()).isEqualTo(120);
      assertThat(offline.path("avg").asLong()).isEqualTo(60);
      JsonNode unavailable = byName(stats.path("activity_durations"), "Unavailable");
      assertThat(unavailable.path("total").asLong()).isZero();
      assertThat(stats.path("activity_durations").size())
          .isEqualTo(s.api.get(s.path("/Activities")).ok().path("activities").size());

      // A window that ends before ann moved counts only the first 45 seconds.
      String end = clock.instant().minusSeconds(45).toString();
      JsonNode early =
          s.api
              .get(s.path("/Workers/CumulativeStatistics?Minutes=60&EndDate=" + end))
              .ok()
              .path("activity_durations");
      assertThat(byName(early, "Available").path("total").asLong()).isEqualTo(45);
      assertThat(byName(early, "Offline").path("total").asLong()).isEqualTo(45);
    }
  }

  @Test
  void bulkQueueRealTimeStatistics_answerTheQueuesAskedForInOrder_unknownOnesWithZeros() {
    try (TaskRouterEmulator emulator = TaskRouterEmulator.start();
        TaskRouter tr = emulator.newClient()) {
      Scenario s = new Scenario(new Api(emulator));
      String sales = s.queue("Sales", "1==1");
      String support = s.queue("Support", "1==1");
      s.worker("ann", "{}", s.available);
      TaskQueueSid unknown = TaskQueueSid.of("WQ" + "0".repeat(32));

      TaskQueueBulkRealTimeStatistics stats =
          tr.workspace(WorkspaceSid.of(s.ws))
              .taskQueues()
              .realTimeStatistics(
                  r -> r.addQueueSids(TaskQueueSid.of(support), unknown, TaskQueueSid.of(sales)));

      assertThat(stats.taskQueueResponseCount()).isEqualTo(3);
      assertThat(stats.taskQueueData())
          .extracting(q -> q.taskQueueSid().orElseThrow().value())
          .containsExactly(support, unknown.value(), sales);
      assertThat(stats.taskQueueData().get(0).totalAvailableWorkers()).isEqualTo(1);
      assertThat(stats.taskQueueData().get(1).totalEligibleWorkers()).isEqualTo(0);
      assertThat(stats.taskQueueData().get(1).totalTasks()).isEqualTo(0);
    }
  }

  @Test
  void queueCumulative_waitsUntilAcceptedInQueueAndCanceled_andSplitByWaitTime_areComputed() {
    EmulatorClock clock = EmulatorClock.manual();
    try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start()) {
      Scenario s = new Scenario(new Api(emulator));
      String q = s.queue("Q", "1==1");
      String wf = s.workflow("W", defaultFilter(q));
      s.worker("ann", "{}", s.available);
      String first = s.task(wf, "{}");
      clock.advance(Duration.ofSeconds(40));
      accept(s, first);
      String second = s.task(wf, "{}");
      clock.advance(Duration.ofSeconds(10));
      s.api.post(s.path("/Tasks/" + second), "AssignmentStatus", "canceled").ok();

      JsonNode c =
          s.api
              .get(
                  s.path(
                      "/TaskQueues/" + q + "/CumulativeStatistics?Minutes=60&SplitByWaitTime=5,30"))
              .ok();

      assertThat(c.path("wait_duration_until_accepted").path("total").asLong()).isEqualTo(40);
      assertThat(c.path("wait_duration_in_queue_until_accepted").path("max").asLong())
          .isEqualTo(40);
      assertThat(c.path("wait_duration_until_canceled").path("total").asLong()).isEqualTo(10);
      assertThat(c.path("wait_duration_until_canceled").path("avg").asLong()).isEqualTo(10);
      JsonNode split = c.path("split_by_wait_time");
      assertThat(split.path("5").path("above").path("reservations_accepted").asInt()).isEqualTo(1);
      assertThat(split.path("5").path("above").path("tasks_canceled").asInt()).isEqualTo(1);
      assertThat(split.path("30").path("above").path("reservations_accepted").asInt()).isEqualTo(1);
      assertThat(split.path("30").path("below").path("tasks_canceled").asInt()).isEqualTo(1);
      assertThat(split.path("30").path("below").path("reservations_accepted").asInt()).isZero();

      Api.Answer bad = s.api.get(s.path("/CumulativeStatistics?SplitByWaitTime=soon"));
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.body().path("message").asText())
          .isEqualTo(
              "SplitByWaitTime must be a comma-separated list of seconds like 5,30, was 'soon'");
    }
  }

  private static void accept(Scenario s, String task) {
    s.answer(task, s.pendingReservation(task).path("sid").asText(), "ReservationStatus", "accepted")
        .ok();
  }

  private static JsonNode byName(JsonNode activities, String name) {
    for (JsonNode a : activities) {
      if (a.path("friendly_name").asText().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("no activity " + name + " in " + activities);
  }
}
