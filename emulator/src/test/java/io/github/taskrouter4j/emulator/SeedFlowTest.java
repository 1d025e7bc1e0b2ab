package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static io.github.taskrouter4j.emulator.RequestJson.object;
import static io.github.taskrouter4j.emulator.RequestJson.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.resource.Event;
import io.github.taskrouter4j.resource.ReservationStatus;
import io.github.taskrouter4j.resource.Resources;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's flow end to end over real HTTP, every answer decoded with the dsl's resource classes:
 * FIFO workspace, activities, worker Jamie with languages, queue, workflow with the Gold Tickets
 * filter (in its legacy spelling), task → reserved to Jamie → accepted → completed, events in
 * order.
 */
class SeedFlowTest {
  private static <T> T decode(JsonNode node, Class<T> type) {
    return Resources.fromJson(node.toString(), type);
  }

  @Test
  void seedFlow_goldTicket_reservedToJamieAcceptedCompletedWithEventsInOrder() {
    EmulatorClock clock = EmulatorClock.manual();
    try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start()) {
      Api api = new Api(emulator);
      Scenario s = new Scenario(api, "Template", "FIFO");
      String busy =
          api.post(s.path("/Activities"), "FriendlyName", "Busy", "Available", "false").sid();
      String idle =
          api.post(s.path("/Activities"), "FriendlyName", "Idle", "Available", "true").sid();
      String jamie = s.worker("Jamie", json("languages", array("en", "es"), "tier", "gold"), idle);
      s.worker("Alex", json("languages", array("fr")), idle);
      String gold = s.queue("Gold Tickets", "languages HAS 'en'", "AssignmentActivitySid", busy);
      String everyone = s.queue("Everyone", "1==1");
      // Twilio's seed sample as written: friendly_name, task_queue_sid and a priority in quotes.
      String config =
          text(
              object(
                  "task_routing",
                  object(
                      "filters",
                      array(
                          object(
                              "friendly_name",
                              "Gold Tickets",
                              "expression",
                              "customer_value == 'Gold' AND type == 'ticket'",
                              "targets",
                              array(object("task_queue_sid", gold, "priority", "2")))),
                      "default_filter",
                      object("task_queue_sid", everyone))));
      String workflow = s.workflow("Tickets", config);
      clock.advance(Duration.ofSeconds(3));

      Task created =
          decode(
              api.post(
                      s.path("/Tasks"),
                      "WorkflowSid",
                      workflow,
                      "Attributes",
                      json("customer_value", "Gold", "type", "ticket"))
                  .ok(),
              Task.class);

      assertThat(created.assignmentStatus()).isEqualTo(TaskAssignmentStatus.RESERVED);
      assertThat(created.priority()).isEqualTo(2);
      assertThat(created.taskQueueSid().map(Object::toString)).contains(gold);
      TaskReservation reservation =
          decode(s.pendingReservation(created.sid().value()), TaskReservation.class);
      assertThat(reservation.workerSid()).contains(WorkerSid.of(jamie));
      assertThat(reservation.workerName()).contains("Jamie");

      String task = created.sid().value();
      TaskReservation accepted =
          decode(
              s.answer(task, reservation.sid().value(), "ReservationStatus", "accepted").ok(),
              TaskReservation.class);
      assertThat(accepted.reservationStatus()).isEqualTo(ReservationStatus.ACCEPTED);
      assertThat(decode(api.get(s.path("/Workers/" + jamie)).ok(), Worker.class).activityName())
          .contains("Idle");
      clock.advance(Duration.ofSeconds(60));
      Task completed =
          decode(
              api.post(
                      s.path("/Tasks/" + task),
                      "AssignmentStatus",
                      "completed",
                      "Reason",
                      "resolved")
                  .ok(),
              Task.class);
      assertThat(completed.assignmentStatus()).isEqualTo(TaskAssignmentStatus.COMPLETED);
      assertThat(completed.reason()).contains("resolved");
      assertThat(completed.age()).isEqualTo(Duration.ofSeconds(60));

      List<String> types = new ArrayList<>();
      for (JsonNode e : api.get(s.path("/Events?TaskSid=" + task)).ok().path("events")) {
        types.add(decode(e, Event.class).eventType().orElseThrow());
      }
      assertThat(types)
          .containsExactly(
              "task.created",
              "workflow.target-matched",
              "task-queue.entered",
              "reservation.created",
              "reservation.accepted",
              "task.completed",
              "reservation.completed");
    }
  }
}
