package io.github.taskrouter4j.emulator.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.time.Duration;
import java.time.Instant;

/** The {@code event_data} of logged events, in TaskRouter's snake_case names. */
public final class EventData {
  private EventData() {}

  static ObjectNode task(WorkspaceState ws, TaskRec t) {
    ObjectNode d = Json.object();
    d.put("workspace_sid", ws.sid);
    d.put("workspace_name", ws.friendlyName);
    d.put("task_sid", t.sid);
    d.put("task_attributes", t.attributesText);
    d.put("task_assignment_status", t.status);
    d.put("task_priority", t.priority);
    d.put("task_age", age(t, ws.now()));
    d.put("task_channel_sid", t.channel.sid);
    d.put("task_channel_unique_name", t.channel.uniqueName);
    if (t.workflow != null) {
      d.put("workflow_sid", t.workflow.sid);
      d.put("workflow_name", t.workflow.friendlyName);
    }
    t.queue.ifPresent(
        q -> {
          d.put("task_queue_sid", q.sid);
          d.put("task_queue_name", q.friendlyName);
          d.put("task_queue_target_expression", q.targetWorkersText);
        });
    t.filter.ifPresent(
        f -> {
          d.put("workflow_filter_name", f.name());
          d.put("workflow_filter_expression", f.expression().toString());
        });
    t.reason.ifPresent(
        r ->
            d.put(
                "canceled".equals(t.status) ? "task_canceled_reason" : "task_completed_reason", r));
    return d;
  }

  public static ObjectNode worker(WorkspaceState ws, WorkerRec w) {
    ObjectNode d = Json.object();
    putWorker(d, ws, w);
    return d;
  }

  private static void putWorker(ObjectNode d, WorkspaceState ws, WorkerRec w) {
    d.put("workspace_sid", ws.sid);
    d.put("workspace_name", ws.friendlyName);
    d.put("worker_sid", w.sid);
    d.put("worker_name", w.friendlyName);
    d.put("worker_attributes", w.attributesText);
    d.put("worker_activity_sid", w.activity.sid);
    d.put("worker_activity_name", w.activity.friendlyName);
  }

  static ObjectNode reservation(WorkspaceState ws, ReservationRec r) {
    ObjectNode d = task(ws, r.task);
    putWorker(d, ws, r.worker);
    d.put("reservation_sid", r.sid);
    if (r.queue != null) {
      d.put("task_queue_sid", r.queue.sid);
      d.put("task_queue_name", r.queue.friendlyName);
    }
    return d;
  }

  public static long age(TaskRec t, Instant now) {
    return Math.max(0, Duration.between(t.created, now).getSeconds());
  }
}
