package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.EventData;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.resource.TaskQueueBulkRealTimeStatistics;
import io.github.taskrouter4j.resource.TaskQueueCumulativeStatistics;
import io.github.taskrouter4j.resource.TaskQueueRealTimeStatistics;
import io.github.taskrouter4j.resource.TaskQueueStatistics;
import io.github.taskrouter4j.resource.WorkerInstanceStatistics;
import io.github.taskrouter4j.resource.WorkerStatistics;
import io.github.taskrouter4j.resource.WorkersCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkersRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkflowCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkflowRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkflowStatistics;
import io.github.taskrouter4j.resource.WorkspaceCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkspaceRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkspaceStatistics;
import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Statistics computed from the live state (real-time) and from the event log (cumulative, over the
 * requested window: Minutes, StartDate, EndDate; the last 15 minutes by default).
 */
final class StatisticsEndpoints {
  private static final String[] STATUSES = {
    "pending", "reserved", "assigned", "canceled", "completed", "wrapping"
  };
  private static final int MAX_BULK_QUEUES = 50;
  private final Emulation e;

  StatisticsEndpoints(Emulation e) {
    this.e = e;
  }

  private ObjectNode base(WorkspaceState ws, String url) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("account_sid", e.accountSid);
    n.put("workspace_sid", ws.sid);
    n.put("url", url);
    return n;
  }

  private static ObjectNode tasksRealTime(
      ObjectNode n, WorkspaceState ws, Predicate<TaskRec> which) {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (String s : STATUSES) {
      byStatus.put(s, 0);
    }
    Map<Integer, Integer> byPriority = new TreeMap<>();
    TaskRec oldest = null;
    int total = 0;
    for (TaskRec t : ws.tasks.values()) {
      if (!which.test(t)) {
        continue;
      }
      total++;
      byStatus.merge(t.status, 1, Integer::sum);
      if (t.isWaiting()) {
        byPriority.merge(t.priority, 1, Integer::sum);
        if (oldest == null || t.created.isBefore(oldest.created)) {
          oldest = t;
        }
      }
    }
    n.put("longest_task_waiting_age", oldest == null ? 0 : EventData.age(oldest, ws.now()));
    if (oldest == null) {
      n.putNull("longest_task_waiting_sid");
    } else {
      n.put("longest_task_waiting_sid", oldest.sid);
    }
    ObjectNode p = n.putObject("tasks_by_priority");
    byPriority.forEach((k, v) -> p.put(String.valueOf(k), v));
    ObjectNode s = n.putObject("tasks_by_status");
    byStatus.forEach(s::put);
    n.put("total_tasks", total);
    return n;
  }

  private static ArrayNode activityStatistics(WorkspaceState ws, Collection<WorkerRec> workers) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ActivityRec a : ws.activities.values()) {
      int count = 0;
      for (WorkerRec w : workers) {
        if (w.activity == a) {
          count++;
        }
      }
      out.addObject().put("friendly_name", a.friendlyName).put("sid", a.sid).put("workers", count);
    }
    return out;
  }

  /** The interval asked for: StartDate, EndDate, or the last Minutes (15 by default). */
  private static Instant[] window(WorkspaceState ws, Request req) {
    Instant end = req.query.instant("EndDate").orElse(ws.now());
    Instant start =
        req.query
            .instant("StartDate")
            .orElseGet(
                () ->
                    end.minus(
                        Duration.ofMinutes(req.query.integer("Minutes", 1, 43_200).orElse(15))));
    return new Instant[] {start, end};
  }

  private ObjectNode cumulative(
      WorkspaceState ws, Request req, String url, Predicate<EventRec> which) {
    return cumulative(ws, req, url, which, false);
  }

  /**
   * The cumulative statistics of the events {@code which} selects in the requested window; with
   * {@code inQueueWait}, also how long accepted tasks waited since they entered their queue.
   */
  private ObjectNode cumulative(
      WorkspaceState ws, Request req, String url, Predicate<EventRec> which, boolean inQueueWait) {
    Instant[] window = window(ws, req);
    Instant start = window[0];
    Instant end = window[1];
    List<Long> thresholds = splitByWaitTime(req);
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<Long> acceptance = new ArrayList<>();
    List<Long> cancellation = new ArrayList<>();
    List<Long> inQueue = new ArrayList<>();
    Map<String, Instant> enteredQueue = new HashMap<>();
    for (EventRec ev : ws.events) {
      if (ev.date.isAfter(end) || !which.test(ev)) {
        continue;
      }
      if (ev.type.equals("task-queue.entered")) {
        enteredQueue.put(ev.data.path("task_sid").asText(), ev.date);
      }
      if (ev.date.isBefore(start)) {
        continue;
      }
      counts.merge(ev.type, 1, Integer::sum);
      if (ev.type.equals("reservation.accepted")) {
        acceptance.add(ev.data.path("task_age").asLong());
        Instant entered = enteredQueue.get(ev.data.path("task_sid").asText());
        if (entered != null) {
          inQueue.add(Duration.between(entered, ev.date).getSeconds());
        }
      } else if (ev.type.equals("task.canceled")) {
        cancellation.add(ev.data.path("task_age").asLong());
      }
    }
    int average = (int) acceptance.stream().mapToLong(Long::longValue).average().orElse(0);
    ObjectNode n = base(ws, url);
    n.put("avg_task_acceptance_time", average);
    n.put("start_time", Renderer.date(start));
    n.put("end_time", Renderer.date(end));
    for (String status :
        new String[] {"created", "accepted", "rejected", "timeout", "canceled", "rescinded"}) {
      String field = "reservations_" + (status.equals("timeout") ? "timed_out" : status);
      n.put(field, counts.getOrDefault("reservation." + status, 0));
    }
    n.set("wait_duration_until_accepted", durations(acceptance));
    n.set("wait_duration_until_canceled", durations(cancellation));
    if (inQueueWait) {
      n.set("wait_duration_in_queue_until_accepted", durations(inQueue));
    }
    if (!thresholds.isEmpty()) {
      ObjectNode split = n.putObject("split_by_wait_time");
      for (long threshold : thresholds) {
        ObjectNode at = split.putObject(String.valueOf(threshold));
        ObjectNode below = at.putObject("below");
        below.put("tasks_canceled", cancellation.stream().filter(a -> a < threshold).count());
        below.put("reservations_accepted", acceptance.stream().filter(a -> a < threshold).count());
        ObjectNode above = at.putObject("above");
        above.put("tasks_canceled", cancellation.stream().filter(a -> a >= threshold).count());
        above.put("reservations_accepted", acceptance.stream().filter(a -> a >= threshold).count());
      }
    }
    n.put("tasks_canceled", counts.getOrDefault("task.canceled", 0));
    n.put("tasks_completed", counts.getOrDefault("task.completed", 0));
    n.put("tasks_created", counts.getOrDefault("task.created", 0));
    n.put("tasks_deleted", counts.getOrDefault("task.deleted", 0));
    n.put("tasks_entered", counts.getOrDefault("task-queue.entered", 0));
    n.put("tasks_moved", counts.getOrDefault("task-queue.moved", 0));
    n.put("tasks_timed_out_in_workflow", counts.getOrDefault("workflow.timeout", 0));
    return n;
  }

  /** Twilio's {@code avg}, {@code min}, {@code max} and {@code total} of waits in seconds. */
  private static ObjectNode durations(List<Long> seconds) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("avg", (long) seconds.stream().mapToLong(Long::longValue).average().orElse(0));
    n.put("min", seconds.stream().mapToLong(Long::longValue).min().orElse(0));
    n.put("max", seconds.stream().mapToLong(Long::longValue).max().orElse(0));
    n.put("total", seconds.stream().mapToLong(Long::longValue).sum());
    return n;
  }

  /** The thresholds of {@code SplitByWaitTime}, e.g. {@code 5,30}, in seconds; none if absent. */
  private static List<Long> splitByWaitTime(Request req) {
    List<Long> thresholds = new ArrayList<>();
    Optional<String> text = req.query.string("SplitByWaitTime");
    if (text.isEmpty() || text.get().isBlank()) {
      return thresholds;
    }
    for (String part : text.get().split(",")) {
      try {
        long seconds = Long.parseLong(part.trim());
        if (seconds < 0) {
          throw new NumberFormatException(part);
        }
        thresholds.add(seconds);
      } catch (NumberFormatException e) {
        throw ApiError.invalid(
            "SplitByWaitTime must be a comma-separated list of seconds like 5,30, was '"
                + text.get()
                + "'");
      }
    }
    return thresholds;
  }

  private static Predicate<EventRec> dataIs(String field, String value) {
    return ev -> value.equals(ev.data.path(field).asText(null)) || value.equals(ev.resourceSid);
  }

  private <T> T locked(Request req, Function<WorkspaceState, T> body) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.read(() -> body.apply(ws));
  }

  /** Builds the statistics under the workspace lock and writes them as the dsl's {@code type}. */
  private Reply answer(Request req, Class<?> type, Function<WorkspaceState, ObjectNode> body) {
    return Reply.ok(Wire.through(locked(req, body), type));
  }

  /** Statistics of one scope: its URL, its real-time and its cumulative part. */
  private ObjectNode both(
      WorkspaceState ws, String path, ObjectNode realtime, ObjectNode cumulative) {
    ObjectNode n = base(ws, ws.url + path + "/Statistics");
    n.set("realtime", realtime);
    n.set("cumulative", cumulative);
    return n;
  }

  Reply workspaceRealTime(Request req) {
    return answer(req, WorkspaceRealTimeStatistics.class, this::workspaceRealTimeNode);
  }

  private ObjectNode workspaceRealTimeNode(WorkspaceState ws) {
    ObjectNode n = tasksRealTime(base(ws, ws.url + "/RealTimeStatistics"), ws, t -> true);
    n.set("activity_statistics", activityStatistics(ws, ws.workers.values()));
    n.put("total_workers", ws.workers.size());
    return n;
  }

  private ObjectNode workspaceCumulativeNode(WorkspaceState ws, Request req) {
    return cumulative(ws, req, ws.url + "/CumulativeStatistics", ev -> true);
  }

  Reply workspaceCumulative(Request req) {
    return answer(req, WorkspaceCumulativeStatistics.class, ws -> workspaceCumulativeNode(ws, req));
  }

  Reply workspace(Request req) {
    return answer(
        req,
        WorkspaceStatistics.class,
        ws -> both(ws, "", workspaceRealTimeNode(ws), workspaceCumulativeNode(ws, req)));
  }

  /**
   * The cumulative statistics of one queue or workflow: the events whose data names it, e.g. {@code
   * scoped(ws, req, "TaskQueues", "task_queue_sid", q.sid)}.
   */
  private ObjectNode scoped(
      WorkspaceState ws, Request req, String collection, String field, String sid) {
    return cumulative(
        ws,
        req,
        ws.url + "/" + collection + "/" + sid + "/CumulativeStatistics",
        dataIs(field, sid),
        collection.equals("TaskQueues"));
  }

  private ObjectNode workersRealTimeNode(WorkspaceState ws) {
    ObjectNode n = base(ws, ws.url + "/Workers/RealTimeStatistics");
    n.set("activity_statistics", activityStatistics(ws, ws.workers.values()));
    n.put("total_workers", ws.workers.size());
    return n;
  }

  private ObjectNode workersCumulativeNode(WorkspaceState ws, Request req) {
    ObjectNode n =
        cumulative(
            ws,
            req,
            ws.url + "/Workers/CumulativeStatistics",
            ev -> ev.type.startsWith("reservation."));
    Instant[] window = window(ws, req);
    n.set("activity_durations", ActivityDurations.of(ws, window[0], window[1]));
    return n;
  }

  Reply workersRealTime(Request req) {
    return answer(req, WorkersRealTimeStatistics.class, this::workersRealTimeNode);
  }

  Reply workersCumulative(Request req) {
    return answer(req, WorkersCumulativeStatistics.class, ws -> workersCumulativeNode(ws, req));
  }

  Reply workers(Request req) {
    return answer(
        req,
        WorkerStatistics.class,
        ws -> both(ws, "/Workers", workersRealTimeNode(ws), workersCumulativeNode(ws, req)));
  }

  Reply worker(Request req) {
    return answer(
        req,
        WorkerInstanceStatistics.class,
        ws -> {
          WorkerRec w = ws.worker(req.var("WorkerSid"));
          String url = ws.url + "/Workers/" + w.sid + "/Statistics";
          ObjectNode n = base(ws, url);
          n.put("worker_sid", w.sid);
          n.set("cumulative", cumulative(ws, req, url, dataIs("worker_sid", w.sid)));
          return n;
        });
  }

  private ObjectNode queueRealTimeNode(WorkspaceState ws, QueueRec q) {
    ObjectNode n =
        tasksRealTime(
            base(ws, ws.url + "/TaskQueues/" + q.sid + "/RealTimeStatistics"),
            ws,
            t -> t.queue.map(x -> x == q).orElse(false) && !t.isFinal());
    n.put("task_queue_sid", q.sid);
    n.set("activity_statistics", activityStatistics(ws, q.members));
    int available = 0;
    for (WorkerRec w : q.members) {
      if (w.available()) {
        available++;
      }
    }
    n.put("total_available_workers", available);
    n.put("total_eligible_workers", q.members.size());
    Optional<TaskRec> head =
        q.waiting.isEmpty() ? Optional.empty() : Optional.of(q.waiting.first());
    n.put(
        "longest_relative_task_age_in_queue",
        head.map(
                t ->
                    Math.max(
                        0,
                        Duration.between(t.queueEntered.orElse(t.created), ws.now()).getSeconds()))
            .orElse(0L));
    if (head.isPresent()) {
      n.put("longest_relative_task_sid_in_queue", head.get().sid);
    } else {
      n.putNull("longest_relative_task_sid_in_queue");
    }
    return n;
  }

  Reply queueRealTime(Request req) {
    return answer(
        req,
        TaskQueueRealTimeStatistics.class,
        ws -> queueRealTimeNode(ws, ws.queue(req.var("TaskQueueSid"))));
  }

  Reply queueCumulative(Request req) {
    return answer(
        req,
        TaskQueueCumulativeStatistics.class,
        ws -> {
          QueueRec q = ws.queue(req.var("TaskQueueSid"));
          return scoped(ws, req, "TaskQueues", "task_queue_sid", q.sid)
              .put("task_queue_sid", q.sid);
        });
  }

  private ObjectNode queueStatistics(WorkspaceState ws, Request req, QueueRec q) {
    ObjectNode n = base(ws, ws.url + "/TaskQueues/" + q.sid + "/Statistics");
    n.put("task_queue_sid", q.sid);
    n.set("realtime", queueRealTimeNode(ws, q));
    n.set("cumulative", scoped(ws, req, "TaskQueues", "task_queue_sid", q.sid));
    return n;
  }

  Reply queue(Request req) {
    return answer(
        req,
        TaskQueueStatistics.class,
        ws -> queueStatistics(ws, req, ws.queue(req.var("TaskQueueSid"))));
  }

  Reply queues(Request req) {
    Optional<String> name = req.query.string("FriendlyName");
    List<ObjectNode> items =
        locked(
            req,
            ws -> {
              List<ObjectNode> out = new ArrayList<>();
              for (QueueRec q : ws.queues.values()) {
                if (name.map(x -> x.equals(q.friendlyName)).orElse(true)) {
                  ObjectNode n = queueStatistics(ws, req, q);
                  n.remove("url");
                  out.add(n);
                }
              }
              return out;
            });
    return Pages.page(e.baseUrl, req, "task_queues_statistics", items);
  }

  /**
   * The real-time statistics of the queues named by the JSON body {@code {"queueSids": ["WQ…", …]}}
   * (1 to 50 SIDs), in the order given; a well-formed SID of no queue here is answered with zeros,
   * as Twilio does.
   */
  Reply queuesRealTimeBulk(Request req) {
    List<String> sids = bulkQueueSids(req.json);
    return answer(
        req,
        TaskQueueBulkRealTimeStatistics.class,
        ws -> {
          ObjectNode n = base(ws, ws.url + "/TaskQueues/RealTimeStatistics");
          ArrayNode data = n.putArray("task_queue_data");
          for (String sid : sids) {
            QueueRec q = ws.queues.get(sid);
            data.add(q == null ? unknownQueueRealTime(ws, sid) : queueRealTimeNode(ws, q));
          }
          n.put("task_queue_response_count", data.size());
          return n;
        });
  }

  private static List<String> bulkQueueSids(JsonNode body) {
    if (body.isMissingNode()) {
      throw ApiError.invalid(
          "The request body must be a JSON object with queueSids, an array of 1 to "
              + MAX_BULK_QUEUES
              + " TaskQueue SIDs");
    }
    if (!body.isObject()) {
      throw ApiError.invalid(
          "The request body must be a JSON object with queueSids, was " + body.getNodeType());
    }
    JsonNode array = body.has("queueSids") ? body.get("queueSids") : body.path("QueueSids");
    if (!array.isArray() || array.isEmpty() || array.size() > MAX_BULK_QUEUES) {
      throw ApiError.invalid(
          "queueSids must be an array of 1 to "
              + MAX_BULK_QUEUES
              + " TaskQueue SIDs, was "
              + (array.isMissingNode()
                  ? "absent"
                  : array.isArray() ? array.size() + " SIDs" : array.toString()));
    }
    List<String> sids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      try {
        sids.add(TaskQueueSid.of(item.isTextual() ? item.asText() : item.toString()).value());
      } catch (InvalidSidException e) {
        throw ApiError.invalid("queueSids[" + i + "] is not a TaskQueue SID: " + e.getMessage());
      }
    }
    return sids;
  }

  /** What Twilio answers for a well-formed SID of no queue in this workspace: all zeros. */
  private ObjectNode unknownQueueRealTime(WorkspaceState ws, String sid) {
    ObjectNode n =
        tasksRealTime(
            base(ws, ws.url + "/TaskQueues/" + sid + "/RealTimeStatistics"), ws, t -> false);
    n.put("task_queue_sid", sid);
    n.set("activity_statistics", activityStatistics(ws, List.of()));
    n.put("total_available_workers", 0);
    n.put("total_eligible_workers", 0);
    n.put("longest_relative_task_age_in_queue", 0);
    n.putNull("longest_relative_task_sid_in_queue");
    return n;
  }

  private ObjectNode workflowRealTimeNode(WorkspaceState ws, WorkflowRec wf) {
    ObjectNode n =
        tasksRealTime(
            base(ws, ws.url + "/Workflows/" + wf.sid + "/RealTimeStatistics"),
            ws,
            t -> t.workflow == wf);
    n.put("workflow_sid", wf.sid);
    return n;
  }

  Reply workflowRealTime(Request req) {
    return answer(
        req,
        WorkflowRealTimeStatistics.class,
        ws -> workflowRealTimeNode(ws, ws.workflow(req.var("WorkflowSid"))));
  }

  Reply workflowCumulative(Request req) {
    return answer(
        req,
        WorkflowCumulativeStatistics.class,
        ws -> {
          WorkflowRec wf = ws.workflow(req.var("WorkflowSid"));
          return scoped(ws, req, "Workflows", "workflow_sid", wf.sid).put("workflow_sid", wf.sid);
        });
  }

  Reply workflow(Request req) {
    return answer(
        req,
        WorkflowStatistics.class,
        ws -> {
          WorkflowRec wf = ws.workflow(req.var("WorkflowSid"));
          ObjectNode n = base(ws, ws.url + "/Workflows/" + wf.sid + "/Statistics");
          n.put("workflow_sid", wf.sid);
          n.set("realtime", workflowRealTimeNode(ws, wf));
          n.set("cumulative", scoped(ws, req, "Workflows", "workflow_sid", wf.sid));
          return n;
        });
  }
}
