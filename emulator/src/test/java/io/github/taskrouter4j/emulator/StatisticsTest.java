package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.defaultFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
      s.answer(
              first,
              s.pendingReservation(first).path("sid").asText(),
              "ReservationStatus",
              "accepted")
          .ok();
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
}
