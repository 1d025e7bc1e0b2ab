package io.github.taskrouter4j.emulator.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A worker that frees up is offered the task the straightforward scan would pick (every waiting
 * task in queue order, the first it is eligible for), although the routing loop tests one task per
 * shape: same task, in random workspaces with task-dependent target expressions, known workers,
 * max_reserved_workers, rejections, priority and attribute updates and a workflow change.
 */
class OfferWorkerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] SKILLS = {"x", "y", "z"};

  @Property(tries = 25)
  void firstTakeable_picksWhatTheFullScanPicks(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    Fixture f = new Fixture(random.nextInt(3) + 1);
    int tasks = 20 + random.nextInt(60);
    for (int i = 0; i < tasks; i++) {
      f.createTask(random);
    }
    for (int step = 0; step < 12; step++) {
      f.randomChange(random);
      f.assertSameAsScan();
    }
  }

  @Test
  void tenThousandWaitingTasksOfOtherSkills_freeWorkerGetsTheOneItCanTake() throws Exception {
    Fixture f = new Fixture(1);
    for (int i = 0; i < 2_000; i++) {
      f.post(
          f.path("/Tasks"),
          "WorkflowSid",
          f.workflow,
          "Attributes",
          "{\"type\":\"a\",\"skill\":\"y\",\"n\":" + i + "}");
    }
    String mine =
        f.post(
                f.path("/Tasks"),
                "WorkflowSid",
                f.workflow,
                "Attributes",
                "{\"type\":\"a\",\"skill\":\"x\"}")
            .path("sid")
            .asText();
    WorkerRec w = f.ws.workers.get(f.workers.get(0));
    f.post(f.path("/Workers/" + w.sid), "Attributes", "{\"skill\":\"x\",\"level\":2}");
    f.post(f.path("/Workers/" + w.sid), "ActivitySid", f.available.sid);
    assertThat(w.pending).extracting(r -> r.task.sid).containsExactly(mine);
    QueueRec skilled = f.ws.queues.get(f.skilled);
    assertThat(skilled.waiting.groups()).hasSize(2);
  }

  /** One workspace: two queues, four filters (task-dependent, known worker, default), 6 workers. */
  private static final class Fixture {
    final ApiHandler api;
    final WorkspaceState ws;
    final ActivityRec available;
    final ActivityRec offline;
    final String all;
    final String skilled;
    final String workflow;
    final List<String> workers = new ArrayList<>();

    Fixture(int maxReserved) throws Exception {
      Emulation emulation =
          new Emulation(
              "AC" + "0".repeat(32),
              "token",
              EmulatorClock.manual(),
              URI.create("http://127.0.0.1:0"),
              Executors.newSingleThreadExecutor());
      api = Endpoints.handler(emulation);
      ws =
          emulation.workspace(post("/v1/Workspaces", "FriendlyName", "offer").path("sid").asText());
      available = activity("Available");
      offline = activity("Offline");
      all =
          post(
                  path("/TaskQueues"),
                  "FriendlyName",
                  "all",
                  "TargetWorkers",
                  "1==1",
                  "MaxReservedWorkers",
                  String.valueOf(maxReserved))
              .path("sid")
              .asText();
      skilled =
          post(path("/TaskQueues"), "FriendlyName", "skilled", "TargetWorkers", "level >= 1")
              .path("sid")
              .asText();
      workflow =
          post(path("/Workflows"), "FriendlyName", "wf", "Configuration", configuration(false))
              .path("sid")
              .asText();
      for (int i = 0; i < 6; i++) {
        workers.add(
            post(
                    path("/Workers"),
                    "FriendlyName",
                    "w" + i,
                    "ActivitySid",
                    offline.sid,
                    "Attributes",
                    "{\"skill\":\"" + SKILLS[i % 3] + "\",\"level\":" + (i % 3) + "}")
                .path("sid")
                .asText());
      }
    }

    String configuration(boolean swapped) {
      String a = swapped ? "task.level <= worker.level" : "worker.skill == task.skill";
      String b = swapped ? "worker.skill == task.skill" : "task.level <= worker.level";
      return "{\"task_routing\":{\"filters\":["
          + "{\"expression\":\"type == 'a'\",\"targets\":[{\"queue\":\""
          + skilled
          + "\",\"expression\":\""
          + a
          + "\"}]},"
          + "{\"expression\":\"type == 'b'\",\"targets\":[{\"queue\":\""
          + all
          + "\",\"expression\":\""
          + b
          + "\",\"priority\":2}]},"
          + "{\"expression\":\"type == 'c'\",\"targets\":[{\"queue\":\""
          + all
          + "\",\"known_worker_friendly_name\":\"task.agent\"}]}"
          + "],\"default_filter\":{\"queue\":\""
          + all
          + "\"}}}";
    }

    void createTask(Random random) throws Exception {
      String type = "abcd".substring(random.nextInt(4)).substring(0, 1);
      String attributes =
          "{\"type\":\""
              + type
              + "\",\"skill\":\""
              + SKILLS[random.nextInt(3)]
              + "\",\"level\":"
              + random.nextInt(3)
              + ",\"agent\":\"w"
              + random.nextInt(7)
              + "\"}";
      post(
          path("/Tasks"),
          "WorkflowSid",
          workflow,
          "Attributes",
          attributes,
          "Priority",
          String.valueOf(random.nextInt(3)));
    }

    /** One random change through the API. */
    void randomChange(Random random) throws Exception {
      String worker = workers.get(random.nextInt(workers.size()));
      List<TaskRec> waiting = new ArrayList<>();
      ws.tasks.values().stream().filter(TaskRec::isWaiting).forEach(waiting::add);
      switch (random.nextInt(7)) {
        case 0:
        case 1:
          // Available: reserved at once for the best task it may take (if any).
          post(path("/Workers/" + worker), "ActivitySid", available.sid);
          break;
        case 2:
          // Offline again, with its reservations rejected: the tasks remember who declined.
          post(
              path("/Workers/" + worker),
              "ActivitySid",
              offline.sid,
              "RejectPendingReservations",
              "true");
          break;
        case 3:
          if (!waiting.isEmpty()) {
            TaskRec t = waiting.get(random.nextInt(waiting.size()));
            post(path("/Tasks/" + t.sid), "Priority", String.valueOf(random.nextInt(4)));
          }
          break;
        case 4:
          if (!waiting.isEmpty()) {
            TaskRec t = waiting.get(random.nextInt(waiting.size()));
            post(
                path("/Tasks/" + t.sid),
                "Attributes",
                "{\"type\":\"a\",\"skill\":\"" + SKILLS[random.nextInt(3)] + "\",\"level\":1}");
          }
          break;
        case 5:
          post(
              path("/Workflows/" + workflow), "Configuration", configuration(random.nextBoolean()));
          break;
        default:
          post(
              path("/TaskQueues/" + all),
              "MaxReservedWorkers",
              String.valueOf(1 + random.nextInt(3)));
      }
    }

    /**
     * For every worker, as if it just became available (the routers see it available, no offer is
     * made): the task of each of its queues that the routing loop picks is the one the full scan
     * picks.
     */
    void assertSameAsScan() {
      for (String sid : workers) {
        WorkerRec w = ws.workers.get(sid);
        ActivityRec was = w.activity;
        w.activity = available;
        ws.routing.workerChanged(w);
        try {
          for (QueueRec q : w.queues) {
            assertThat(ws.engine.firstTakeable(q, w))
                .as("worker %s, queue %s", w.friendlyName, q.friendlyName)
                .isSameAs(scan(q, w));
          }
        } finally {
          w.activity = was;
          ws.routing.workerChanged(w);
        }
      }
    }

    /** The reference: every waiting task in queue order, the first the worker may take. */
    TaskRec scan(QueueRec q, WorkerRec w) {
      for (TaskRec t : q.waiting) {
        if (t.pendingReservations < q.maxReservedWorkers && ws.engine.eligible(t, w)) {
          return t;
        }
      }
      return null;
    }

    ActivityRec activity(String name) {
      return ws.activities.values().stream()
          .filter(a -> a.friendlyName.equals(name))
          .findFirst()
          .orElseThrow();
    }

    String path(String rest) {
      return "/v1/Workspaces/" + ws.sid + rest;
    }

    JsonNode post(String path, String... pairs) throws Exception {
      StringBuilder form = new StringBuilder();
      for (int i = 0; i < pairs.length; i += 2) {
        form.append(i == 0 ? "" : "&")
            .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
      }
      Map.Entry<Integer, String> answer = api.call("POST", path, form.toString());
      assertThat(answer.getKey() / 100).as(answer.getValue()).isEqualTo(2);
      return MAPPER.readTree(answer.getValue());
    }
  }
}
