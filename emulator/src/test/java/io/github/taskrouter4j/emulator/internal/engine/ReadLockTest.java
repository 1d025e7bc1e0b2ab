package io.github.taskrouter4j.emulator.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that only read a workspace share its lock: a GET is answered while another read is in
 * progress, a change waits for the reads, and reads running alongside a stream of changes only ever
 * see the state between two changes.
 */
class ReadLockTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A guard against a hang, not a speed check. */
  private static final long GUARD_SECONDS = 120;

  private static final int WORKERS = 4;
  private static final int LIFECYCLES_PER_WRITER = 150;

  private final ExecutorService pool = Executors.newFixedThreadPool(6);
  private ApiHandler api;
  private WorkspaceState ws;
  private String workflow;
  private String task;

  @BeforeEach
  void setUp() throws Exception {
    Emulation emulation =
        new Emulation(
            "AC" + "0".repeat(32),
            "token",
            EmulatorClock.manual(),
            URI.create("http://127.0.0.1:0"),
            Executors.newSingleThreadExecutor());
    api = Endpoints.handler(emulation);
    ws = emulation.workspace(post("/v1/Workspaces", "FriendlyName", "reads").path("sid").asText());
    String available = activitySid("Available");
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
    for (int i = 0; i < WORKERS; i++) {
      post(path("/Workers"), "FriendlyName", "w" + i, "ActivitySid", available);
    }
    task = post(path("/Tasks"), "WorkflowSid", workflow, "Attributes", "{}").path("sid").asText();
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void getDuringAnotherRead_isAnswered_whileAChangeWaitsForTheRead() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch finishRead = new CountDownLatch(1);
    Future<?> longRead =
        pool.submit(
            () ->
                ws.read(
                    () -> {
                      reading.countDown();
                      await(finishRead);
                      return null;
                    }));
    reading.await(GUARD_SECONDS, TimeUnit.SECONDS);

    Future<JsonNode> fetch = pool.submit(() -> get(path("/Tasks/" + task)));
    assertThat(fetch.get(GUARD_SECONDS, TimeUnit.SECONDS).path("sid").asText()).isEqualTo(task);
    Future<JsonNode> change =
        pool.submit(() -> post(path("/Tasks/" + task), "Attributes", "{\"changed\":true}"));
    assertThat(change.isDone()).as("a change while a read holds the workspace").isFalse();

    finishRead.countDown();
    longRead.get(GUARD_SECONDS, TimeUnit.SECONDS);
    assertThat(change.get(GUARD_SECONDS, TimeUnit.SECONDS).path("attributes").asText())
        .contains("changed");
  }

  @Test
  void changeInsideARead_isRefusedInsteadOfWaitingForever() {
    assertThatThrownBy(() -> ws.read(() -> ws.call(() -> null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("while only reading");
  }

  @Test
  void readsAlongsideChanges_seeOnlyStatesBetweenChanges() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < LIFECYCLES_PER_WRITER; i++) {
                  lifecycle();
                }
                return null;
              }));
    }
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      readers.add(
          pool.submit(
              () -> {
                int reads = 0;
                while (writing.get()) {
                  ws.read(this::assertConsistent);
                  assertThat(get(path("/Tasks?PageSize=50")).path("tasks").isArray()).isTrue();
                  JsonNode stats = get(path("/Workers/Statistics"));
                  assertThat(stats.path("realtime").path("total_workers").asInt())
                      .isEqualTo(WORKERS);
                  reads++;
                }
                return reads;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get(GUARD_SECONDS, TimeUnit.SECONDS);
    }
    writing.set(false);
    for (Future<Integer> reader : readers) {
      assertThat(reader.get(GUARD_SECONDS, TimeUnit.SECONDS)).isPositive();
    }
    ws.read(this::assertConsistent);
  }

  /** Create a task, accept its reservation, complete it and delete it. */
  private void lifecycle() throws Exception {
    String sid =
        post(path("/Tasks"), "WorkflowSid", workflow, "Attributes", "{}").path("sid").asText();
    JsonNode reservations =
        get(path("/Tasks/" + sid + "/Reservations?ReservationStatus=pending")).path("reservations");
    if (reservations.isEmpty()) {
      post(path("/Tasks/" + sid), "AssignmentStatus", "canceled");
    } else {
      String reservation = reservations.get(0).path("sid").asText();
      post(path("/Tasks/" + sid + "/Reservations/" + reservation), "ReservationStatus", "accepted");
      post(path("/Tasks/" + sid), "AssignmentStatus", "completed");
    }
    call("DELETE", path("/Tasks/" + sid), "");
  }

  /**
   * What one change keeps true across several records: every pending reservation is counted on its
   * task and held by its worker, and a worker uses exactly what its live reservations hold.
   */
  private Void assertConsistent() {
    for (TaskRec t : ws.tasks.values()) {
      long pending = t.reservations.stream().filter(r -> "pending".equals(r.status)).count();
      assertThat(t.pendingReservations).as("pending reservations of %s", t.sid).isEqualTo(pending);
      assertThat("reserved".equals(t.status)).isEqualTo(pending > 0);
      assertThat(t.queue.map(q -> q.waiting.contains(t)).orElse(false))
          .as("%s waits in its queue", t.sid)
          .isEqualTo(t.isWaiting());
    }
    for (WorkerRec w : ws.workers.values()) {
      for (ReservationRec r : w.pending) {
        assertThat(r.status).isEqualTo("pending");
      }
      assertThat(w.used).as("capacity used by %s", w.friendlyName).isLessThanOrEqualTo(1);
    }
    return null;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(GUARD_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String activitySid(String name) throws Exception {
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
    return call("GET", path, "");
  }

  private JsonNode post(String path, String... pairs) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return call("POST", path, form.toString());
  }

  private JsonNode call(String method, String path, String body) throws Exception {
    Map.Entry<Integer, String> answer = api.call(method, path, body);
    assertThat(answer.getKey() / 100)
        .as(method + " " + path + ": " + answer.getValue())
        .isEqualTo(2);
    return answer.getValue().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(answer.getValue());
  }
}
