package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.EventData;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

  private ObjectNode cumulative(
      WorkspaceState ws, Request req, String url, Predicate<EventRec> which) {
    Instant now = ws.now();
    Instant end = req.query.instant("EndDate").orElse(now);
    Instant start =
        req.query
            .instant("StartDate")
            .orElseGet(
                () ->
                    end.minus(
                        Duration.ofMinutes(req.query.integer("Minutes", 1, 43_200).orElse(15))));
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<Long> acceptance = new ArrayList<>();
    for (EventRec ev : ws.events) {
      if (ev.date.isBefore(start) || ev.date.isAfter(end) || !which.test(ev)) {
        continue;
      }
      counts.merge(ev.type, 1, Integer::sum);
      if (ev.type.equals("reservation.accepted")) {
        acceptance.add(ev.data.path("task_age").asLong());
      }
    }
    ObjectNode n = base(ws, url);
    n.put(
        "avg_task_acceptance_time",
        acceptance.isEmpty()
            ? 0
            : (int) acceptance.stream().mapToLong(Long::longValue).average().orElse(0));
    n.put("start_time", Renderer.date(start));
    n.put("end_time", Renderer.date(end));
    for (String status :
        new String[] {"created", "accepted", "rejected", "timeout", "canceled", "rescinded"}) {
      String field = "reservations_" + (status.equals("timeout") ? "timed_out" : status);
      n.put(field, counts.getOrDefault("reservation." + status, 0));
    }
    ObjectNode wait = n.putObject("wait_duration_until_accepted");
    wait.put(
        "avg",
        acceptance.isEmpty()
            ? 0
            : (int) acceptance.stream().mapToLong(Long::longValue).average().orElse(0));
    wait.put("min", acceptance.stream().mapToLong(Long::longValue).min().orElse(0));
    wait.put("max", acceptance.stream().mapToLong(Long::longValue).max().orElse(0));
    wait.put("total", acceptance.stream().mapToLong(Long::longValue).sum());
    n.put("tasks_canceled", counts.getOrDefault("task.canceled", 0));
    n.put("tasks_completed", counts.getOrDefault("task.completed", 0));
    n.put("tasks_created", counts.getOrDefault("task.created", 0));
    n.put("tasks_deleted", counts.getOrDefault("task.deleted", 0));
    n.put("tasks_entered", counts.getOrDefault("task-queue.entered", 0));
    n.put("tasks_moved", counts.getOrDefault("task-queue.moved", 0));
    n.put("tasks_timed_out_in_workflow", counts.getOrDefault("workflow.timeout", 0));
    return n;
  }

  private static Predicate<EventRec> dataIs(String field, String value) {
    return ev -> value.equals(ev.data.path(field).asText(null)) || value.equals(ev.resourceSid);
  }

  private <T> T locked(Request req, Function<WorkspaceState, T> body) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(() -> body.apply(ws));
  }

  Reply workspaceRealTime(Request req) {
    return Reply.ok(
        Wire.as(locked(req, ws -> workspaceRealTimeNode(ws)), WorkspaceRealTimeStatistics.class));
  }

  private ObjectNode workspaceRealTimeNode(WorkspaceState ws) {
    ObjectNode n = tasksRealTime(base(ws, ws.url + "/RealTimeStatistics"), ws, t -> true);
    n.set("activity_statistics", activityStatistics(ws, ws.workers.values()));
    n.put("total_workers", ws.workers.size());
    return n;
  }

  Reply workspaceCumulative(Request req) {
    return Reply.ok(
        Wire.as(
            locked(req, ws -> cumulative(ws, req, ws.url + "/CumulativeStatistics", ev -> true)),
            WorkspaceCumulativeStatistics.class));
  }

  Reply workspace(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  ObjectNode n = base(ws, ws.url + "/Statistics");
                  n.set("realtime", workspaceRealTimeNode(ws));
                  n.set(
                      "cumulative",
                      cumulative(ws, req, ws.url + "/CumulativeStatistics", ev -> true));
                  return n;
                }),
            WorkspaceStatistics.class));
  }

  private ObjectNode workersRealTimeNode(WorkspaceState ws) {
    ObjectNode n = base(ws, ws.url + "/Workers/RealTimeStatistics");
    n.set("activity_statistics", activityStatistics(ws, ws.workers.values()));
    n.put("total_workers", ws.workers.size());
    return n;
  }

  Reply workersRealTime(Request req) {
    return Reply.ok(
        Wire.as(locked(req, this::workersRealTimeNode), WorkersRealTimeStatistics.class));
  }

  Reply workersCumulative(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws ->
                    cumulative(
                        ws,
                        req,
                        ws.url + "/Workers/CumulativeStatistics",
                        ev -> ev.type.startsWith("reservation."))),
            WorkersCumulativeStatistics.class));
  }

  Reply workers(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  ObjectNode n = base(ws, ws.url + "/Workers/Statistics");
                  n.set("realtime", workersRealTimeNode(ws));
                  n.set(
                      "cumulative",
                      cumulative(
                          ws,
                          req,
                          ws.url + "/Workers/CumulativeStatistics",
                          ev -> ev.type.startsWith("reservation.")));
                  return n;
                }),
            WorkerStatistics.class));
  }

  Reply worker(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  WorkerRec w = ws.worker(req.var("WorkerSid"));
                  String url = ws.url + "/Workers/" + w.sid + "/Statistics";
                  ObjectNode n = base(ws, url);
                  n.put("worker_sid", w.sid);
                  n.set("cumulative", cumulative(ws, req, url, dataIs("worker_sid", w.sid)));
                  return n;
                }),
            WorkerInstanceStatistics.class));
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
    return Reply.ok(
        Wire.as(
            locked(req, ws -> queueRealTimeNode(ws, ws.queue(req.var("TaskQueueSid")))),
            TaskQueueRealTimeStatistics.class));
  }

  Reply queueCumulative(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  QueueRec q = ws.queue(req.var("TaskQueueSid"));
                  ObjectNode n =
                      cumulative(
                          ws,
                          req,
                          ws.url + "/TaskQueues/" + q.sid + "/CumulativeStatistics",
                          dataIs("task_queue_sid", q.sid));
                  n.put("task_queue_sid", q.sid);
                  return n;
                }),
            TaskQueueCumulativeStatistics.class));
  }

  private ObjectNode queueStatistics(WorkspaceState ws, Request req, QueueRec q) {
    ObjectNode n = base(ws, ws.url + "/TaskQueues/" + q.sid + "/Statistics");
    n.put("task_queue_sid", q.sid);
    n.set("realtime", queueRealTimeNode(ws, q));
    n.set(
        "cumulative",
        cumulative(
            ws,
            req,
            ws.url + "/TaskQueues/" + q.sid + "/CumulativeStatistics",
            dataIs("task_queue_sid", q.sid)));
    return n;
  }

  Reply queue(Request req) {
    return Reply.ok(
        Wire.as(
            locked(req, ws -> queueStatistics(ws, req, ws.queue(req.var("TaskQueueSid")))),
            TaskQueueStatistics.class));
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

  Reply queuesRealTimeBulk(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  ObjectNode n = base(ws, ws.url + "/TaskQueues/RealTimeStatistics");
                  ArrayNode data = n.putArray("task_queue_data");
                  List<String> sids = req.form.all("TaskQueueSids");
                  for (QueueRec q : ws.queues.values()) {
                    if (sids.isEmpty() || sids.contains(q.sid)) {
                      data.add(queueRealTimeNode(ws, q));
                    }
                  }
                  n.put("task_queue_response_count", data.size());
                  return n;
                }),
            TaskQueueBulkRealTimeStatistics.class));
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
    return Reply.ok(
        Wire.as(
            locked(req, ws -> workflowRealTimeNode(ws, ws.workflow(req.var("WorkflowSid")))),
            WorkflowRealTimeStatistics.class));
  }

  Reply workflowCumulative(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  WorkflowRec wf = ws.workflow(req.var("WorkflowSid"));
                  ObjectNode n =
                      cumulative(
                          ws,
                          req,
                          ws.url + "/Workflows/" + wf.sid + "/CumulativeStatistics",
                          dataIs("workflow_sid", wf.sid));
                  n.put("workflow_sid", wf.sid);
                  return n;
                }),
            WorkflowCumulativeStatistics.class));
  }

  Reply workflow(Request req) {
    return Reply.ok(
        Wire.as(
            locked(
                req,
                ws -> {
                  WorkflowRec wf = ws.workflow(req.var("WorkflowSid"));
                  ObjectNode n = base(ws, ws.url + "/Workflows/" + wf.sid + "/Statistics");
                  n.put("workflow_sid", wf.sid);
                  n.set("realtime", workflowRealTimeNode(ws, wf));
                  n.set(
                      "cumulative",
                      cumulative(
                          ws,
                          req,
                          ws.url + "/Workflows/" + wf.sid + "/CumulativeStatistics",
                          dataIs("workflow_sid", wf.sid)));
                  return n;
                }),
            WorkflowStatistics.class));
  }
}
