package io.github.taskrouter4j.emulator.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a finished or deleted task leaves behind: no timers, no reservations, no index entries; and
 * the event log stays within its retention.
 */
class BoundedStateTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EmulatorClock clock = EmulatorClock.manual();
  private Emulation emulation;
  private ApiHandler api;
  private WorkspaceState ws;
  private String workflow;
  private String worker;
  private String offline;

  @BeforeEach
  void setUp() throws Exception {
    emulation =
        new Emulation(
            "AC" + "0".repeat(32),
            "token",
            clock,
            URI.create("http://127.0.0.1:0"),
            Executors.newSingleThreadExecutor());
    api = Endpoints.handler(emulation);
    String sid = post("/v1/Workspaces", "FriendlyName", "bounded").path("sid").asText();
    ws = emulation.workspace(sid);
    String available = activity("Available");
    offline = activity("Offline");
    String queue =
        post(path("/TaskQueues"), "FriendlyName", "q", "TargetWorkers", "1==1")
            .path("sid")
            .asText();
    workflow =
        post(
                path("/Workflows"),
                "FriendlyName",
                "wf",
                "Configuration",
                "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\""
                    + queue
                    + "\"}}}")
            .path("sid")
            .asText();
    worker =
        post(path("/Workers"), "FriendlyName", "w", "ActivitySid", available).path("sid").asText();
  }

  @Test
  void completedAndDeletedTasks_leaveNoTimersReservationsOrIndexEntries() throws Exception {
    for (int i = 0; i < 20; i++) {
      String task = createTask();
      String reservation = pendingReservation(task);
      assertThat(ws.timers.size()).as("TTL and reservation timeout while reserved").isEqualTo(2);
      post(
          path("/Tasks/" + task + "/Reservations/" + reservation), "ReservationStatus", "accepted");
      post(path("/Tasks/" + task), "AssignmentStatus", "completed");
      assertThat(ws.timers.size()).as("timers after completion").isZero();
      api.call("DELETE", path("/Tasks/" + task), "");
    }
    assertThat(ws.tasks).isEmpty();
    assertThat(ws.reservations).isEmpty();
    assertThat(ws.workers.get(worker).pending).isEmpty();
  }

  @Test
  void deletingReservedTask_cancelsItsTimersAndFreesTheWorkerIndex() throws Exception {
    String task = createTask();
    pendingReservation(task);
    assertThat(ws.workers.get(worker).pending).hasSize(1);
    api.call("DELETE", path("/Tasks/" + task), "");
    assertThat(ws.timers.size()).isZero();
    assertThat(ws.workers.get(worker).pending).isEmpty();
    assertThat(ws.queues.values().iterator().next().waiting).isEmpty();
  }

  @Test
  void activityChangeWithRejectPending_rejectsOnlyThatWorkersPendingReservations()
      throws Exception {
    String task = createTask();
    String reservation = pendingReservation(task);
    post(path("/Workers/" + worker), "ActivitySid", offline, "RejectPendingReservations", "true");
    assertThat(ws.reservations.get(reservation).status).isEqualTo("rejected");
    assertThat(ws.workers.get(worker).pending).isEmpty();
    assertThat(ws.timers.size()).as("only the task's TTL is left").isEqualTo(1);
  }

  @Test
  void eventLog_keepsAtMostTheRetainedCount_andDropsEventsOlderThanTheRetainedAge()
      throws Exception {
    emulation.retainEvents(5, Duration.ofHours(1));
    for (int i = 0; i < 4; i++) {
      createTask();
    }
    assertThat(ws.events).hasSize(5);
    String newest = ws.events.peekLast().sid;
    clock.advance(Duration.ofHours(2));
    createTask();
    assertThat(ws.events).extracting(e -> e.sid).doesNotContain(newest);
    assertThat(ws.events).allMatch(e -> e.date.equals(clock.instant()));
  }

  private String createTask() throws Exception {
    return post(path("/Tasks"), "WorkflowSid", workflow, "Attributes", "{}").path("sid").asText();
  }

  private String pendingReservation(String task) throws Exception {
    return get(path("/Tasks/" + task + "/Reservations?ReservationStatus=pending"))
        .path("reservations")
        .get(0)
        .path("sid")
        .asText();
  }

  private String activity(String name) throws Exception {
    return get(path("/Activities?FriendlyName=" + name))
        .path("activities")
        .get(0)
        .path("sid")
        .asText();
  }

  private String path(String rest) {
    return "/v1/Workspaces/" + ws.sid + rest;
  }

  private JsonNode get(String path) throws Exception {
    return parse(api.call("GET", path, ""));
  }

  private JsonNode post(String path, String... pairs) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return parse(api.call("POST", path, form.toString()));
  }

  private static JsonNode parse(Map.Entry<Integer, String> answer) throws Exception {
    assertThat(answer.getKey() / 100).as(answer.getValue()).isEqualTo(2);
    return answer.getValue().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(answer.getValue());
  }
}
