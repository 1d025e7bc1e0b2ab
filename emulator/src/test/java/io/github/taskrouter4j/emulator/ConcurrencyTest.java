package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.defaultFilter;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * 8 threads create 2,000 tasks over HTTP while 200 workers change activity and accept or reject:
 * every task ends in exactly one final state, no worker ever holds more than its capacity, and the
 * event log has one entry per transition.
 */
class ConcurrencyTest {
  private static final long HANG_GUARD_SECONDS = 600;

  private static final int TASKS = 2_000;
  private static final int CREATORS = 8;
  private static final int WORKERS = 200;

  @Test
  void concurrentCreatesAndAnswers_endConsistent() throws Exception {
    try (TaskRouterEmulator emulator =
        TaskRouterEmulator.builder()
            .threads(8)
            .eventRetention(1_000_000, Duration.ofDays(30))
            .start()) {
      Api api = new Api(emulator);
      Scenario s = new Scenario(api);
      String q = s.queue("Q", "1==1");
      String wf = s.workflow("W", defaultFilter(q));
      List<String> workers = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        workers.add(s.worker("w" + i, "{}", s.available));
      }
      ExecutorService pool = Executors.newFixedThreadPool(CREATORS + 4);
      AtomicBoolean creating = new AtomicBoolean(true);
      List<Future<?>> creators = new ArrayList<>();
      for (int c = 0; c < CREATORS; c++) {
        creators.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < TASKS / CREATORS; i++) {
                    s.task(wf, json("n", i));
                  }
                }));
      }
      List<Future<?>> answerers = new ArrayList<>();
      for (int a = 0; a < 4; a++) {
        int page = a;
        answerers.add(
            pool.submit(
                () -> {
                  while (creating.get() || open(s) > 0) {
                    JsonNode reserved =
                        api.get(s.path("/Tasks?AssignmentStatus=reserved&PageSize=10&Page=" + page))
                            .ok()
                            .path("tasks");
                    if (reserved.isEmpty() && page > 0) {
                      reserved =
                          api.get(s.path("/Tasks?AssignmentStatus=reserved&PageSize=10"))
                              .ok()
                              .path("tasks");
                    }
                    for (JsonNode t : reserved) {
                      answer(s, t.path("sid").asText(), creating.get());
                    }
                    if (creating.get() && ThreadLocalRandom.current().nextInt(4) == 0) {
                      String w = workers.get(ThreadLocalRandom.current().nextInt(WORKERS));
                      api.post(
                              s.path("/Workers/" + w),
                              "ActivitySid",
                              s.offline,
                              "RejectPendingReservations",
                              "true")
                          .ok();
                      api.post(s.path("/Workers/" + w), "ActivitySid", s.available).ok();
                    }
                  }
                }));
      }
      // A guard against a hang, not a speed check: the run takes ~50 s on 2 busy cores.
      for (Future<?> f : creators) {
        f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
      }
      creating.set(false);
      for (Future<?> f : answerers) {
        f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
      }
      pool.shutdown();

      Map<String, Integer> statuses = new HashMap<>();
      int total = 0;
      for (JsonNode t : all(api, s.path("/Tasks?PageSize=1000"), "tasks")) {
        statuses.merge(t.path("assignment_status").asText(), 1, Integer::sum);
        total++;
      }
      assertThat(total).isEqualTo(TASKS);
      assertThat(statuses).containsOnlyKeys("completed");

      List<JsonNode> events = all(api, s.path("/Events?Minutes=43200&PageSize=1000"), "events");
      Map<String, Integer> held = new HashMap<>();
      Map<String, List<String>> byReservation = new HashMap<>();
      Map<String, List<String>> byTask = new HashMap<>();
      for (JsonNode e : events) {
        String type = e.path("event_type").asText();
        JsonNode d = e.path("event_data");
        if (type.startsWith("reservation.")) {
          String worker = d.path("worker_sid").asText();
          byReservation
              .computeIfAbsent(d.path("reservation_sid").asText(), k -> new ArrayList<>())
              .add(type);
          if (type.equals("reservation.created")) {
            int now = held.merge(worker, 1, Integer::sum);
            assertThat(now).as("reservations held by %s", worker).isLessThanOrEqualTo(1);
          } else if (!type.equals("reservation.accepted")) {
            held.merge(worker, -1, Integer::sum);
          }
        } else if (type.startsWith("task.")) {
          byTask.computeIfAbsent(d.path("task_sid").asText(), k -> new ArrayList<>()).add(type);
        }
      }
      assertThat(byTask).hasSize(TASKS);
      byTask
          .values()
          .forEach(types -> assertThat(types).containsExactly("task.created", "task.completed"));
      Set<String> endings =
          new HashSet<>(
              List.of(
                  "reservation.rejected",
                  "reservation.completed",
                  "reservation.canceled",
                  "reservation.timeout",
                  "reservation.rescinded"));
      byReservation.forEach(
          (sid, types) -> {
            assertThat(types.get(0)).as(sid).isEqualTo("reservation.created");
            String last = types.get(types.size() - 1);
            assertThat(endings).as(sid + " " + types).contains(last);
            assertThat(types.stream().filter(endings::contains).count())
                .as(sid + " " + types)
                .isEqualTo(1);
            if (last.equals("reservation.completed")) {
              assertThat(types)
                  .containsExactly(
                      "reservation.created", "reservation.accepted", "reservation.completed");
            }
          });
      assertThat(held.values()).allMatch(v -> v == 0);
      long accepted =
          byReservation.values().stream().filter(t -> t.contains("reservation.accepted")).count();
      assertThat(accepted).isEqualTo(TASKS);
    }
  }

  /** Answers the task's pending reservations: accept and complete, or sometimes reject. */
  private static void answer(Scenario s, String task, boolean mayReject) {
    JsonNode pending =
        s.api
            .get(s.path("/Tasks/" + task + "/Reservations?ReservationStatus=pending"))
            .ok()
            .path("reservations");
    for (JsonNode r : pending) {
      String path =
          s.path(
              "/Workers/"
                  + r.path("worker_sid").asText()
                  + "/Reservations/"
                  + r.path("sid").asText());
      boolean reject = mayReject && ThreadLocalRandom.current().nextInt(10) < 3;
      Api.Answer a = s.api.post(path, "ReservationStatus", reject ? "rejected" : "accepted");
      if (!reject && a.status() == 200) {
        s.api.post(s.path("/Tasks/" + task), "AssignmentStatus", "completed").ok();
      } else if (a.status() != 200) {
        // another answerer got there first (or the worker went offline): the reservation ended
        assertThat(a.status()).isIn(400, 404, 410);
      }
    }
  }

  private static int open(Scenario s) {
    return s.api
        .get(s.path("/Tasks?AssignmentStatus=pending,reserved,assigned&PageSize=1"))
        .ok()
        .path("tasks")
        .size();
  }

  private static List<JsonNode> all(Api api, String first, String key) {
    List<JsonNode> out = new ArrayList<>();
    String url = first;
    while (url != null) {
      JsonNode page = api.get(url).ok();
      page.path(key).forEach(out::add);
      JsonNode next = page.path("meta").path("next_page_url");
      url = next.isNull() || next.isMissingNode() ? null : next.asText();
    }
    return out;
  }
}
