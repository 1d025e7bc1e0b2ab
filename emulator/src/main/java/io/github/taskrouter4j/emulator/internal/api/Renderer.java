package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.EventData;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Event;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskChannel;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.WorkerChannel;
import io.github.taskrouter4j.resource.WorkerReservation;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import java.time.Instant;
import java.util.Optional;

/** Writes each resource as Twilio's JSON: its fields, in the spec's order, with url and links. */
final class Renderer {
  private Renderer() {}

  /**
   * The last second written, shared by all threads: the dates of one answer are mostly the same
   * second (created, updated, now), and the JDK's formatter costs about half a microsecond a date.
   */
  private static volatile Second lastSecond = new Second(Instant.EPOCH.getEpochSecond());

  /** An instant to the second, as TaskRouter writes dates: {@code 2016-08-01T22:10:40Z}. */
  static String date(Instant instant) {
    Second last = lastSecond;
    if (last.epochSecond == instant.getEpochSecond()) {
      return last.text;
    }
    Second now = new Second(instant.getEpochSecond());
    lastSecond = now;
    return now.text;
  }

  /** One second since the epoch and its text. */
  private static final class Second {
    final long epochSecond;
    final String text;

    Second(long epochSecond) {
      this.epochSecond = epochSecond;
      this.text = Instant.ofEpochSecond(epochSecond).toString();
    }
  }

  private static ObjectNode base(WorkspaceState ws) {
    ObjectNode n = Json.object();
    n.put("account_sid", ws.emulation.accountSid);
    return n;
  }

  private static void opt(ObjectNode n, String field, Optional<String> value) {
    if (value.isPresent()) {
      n.put(field, value.get());
    } else {
      n.putNull(field);
    }
  }

  static ObjectNode workspace(WorkspaceState ws) {
    ObjectNode n = base(ws);
    n.put("date_created", date(ws.created));
    n.put("date_updated", date(ws.updated));
    n.put("default_activity_name", ws.defaultActivity.friendlyName);
    n.put("default_activity_sid", ws.defaultActivity.sid);
    opt(n, "event_callback_url", ws.eventCallbackUrl);
    opt(n, "events_filter", ws.eventsFilter);
    n.put("friendly_name", ws.friendlyName);
    n.put("multi_task_enabled", ws.multiTaskEnabled);
    n.put("sid", ws.sid);
    n.put("timeout_activity_name", ws.timeoutActivity.friendlyName);
    n.put("timeout_activity_sid", ws.timeoutActivity.sid);
    n.put("prioritize_queue_order", ws.prioritizeQueueOrder);
    n.put("url", ws.url);
    ObjectNode links = n.putObject("links");
    for (String[] link :
        new String[][] {
          {"activities", "Activities"},
          {"assignment_activity", "Activities/" + ws.defaultActivity.sid},
          {"cumulative_statistics", "CumulativeStatistics"},
          {"events", "Events"},
          {"real_time_statistics", "RealTimeStatistics"},
          {"statistics", "Statistics"},
          {"task_channels", "TaskChannels"},
          {"task_queues", "TaskQueues"},
          {"tasks", "Tasks"},
          {"workers", "Workers"},
          {"workflows", "Workflows"}
        }) {
      links.put(link[0], ws.url + "/" + link[1]);
    }
    links.remove("assignment_activity");
    return Wire.rendered(n, Workspace.class);
  }

  static ObjectNode activity(WorkspaceState ws, ActivityRec a) {
    ObjectNode n = base(ws);
    n.put("available", a.available);
    n.put("date_created", date(a.created));
    n.put("date_updated", date(a.updated));
    n.put("friendly_name", a.friendlyName);
    n.put("sid", a.sid);
    n.put("workspace_sid", ws.sid);
    n.put("url", ws.url + "/Activities/" + a.sid);
    n.putObject("links").put("workspace", ws.url);
    return Wire.rendered(n, Activity.class);
  }

  static ObjectNode worker(WorkspaceState ws, WorkerRec w) {
    ObjectNode n = base(ws);
    n.put("activity_name", w.activity.friendlyName);
    n.put("activity_sid", w.activity.sid);
    n.put("attributes", w.attributesText);
    n.put("available", w.activity.available);
    n.put("date_created", date(w.created));
    n.put("date_status_changed", date(w.statusChanged));
    n.put("date_updated", date(w.updated));
    n.put("friendly_name", w.friendlyName);
    n.put("sid", w.sid);
    n.put("workspace_sid", ws.sid);
    String url = ws.url + "/Workers/" + w.sid;
    n.put("url", url);
    ObjectNode links = n.putObject("links");
    links.put("channels", url + "/Channels");
    links.put("reservations", url + "/Reservations");
    links.put("statistics", url + "/Statistics");
    links.put("activity", ws.url + "/Activities/" + w.activity.sid);
    links.put("workspace", ws.url);
    return Wire.rendered(n, Worker.class);
  }

  static ObjectNode queue(WorkspaceState ws, QueueRec q) {
    ObjectNode n = base(ws);
    putActivity(n, "assignment_activity", q.assignmentActivity);
    n.put("date_created", date(q.created));
    n.put("date_updated", date(q.updated));
    n.put("friendly_name", q.friendlyName);
    n.put("max_reserved_workers", q.maxReservedWorkers);
    putActivity(n, "reservation_activity", q.reservationActivity);
    n.put("sid", q.sid);
    n.put("target_workers", q.targetWorkersText);
    n.put("task_order", q.taskOrder);
    String url = ws.url + "/TaskQueues/" + q.sid;
    n.put("url", url);
    n.put("workspace_sid", ws.sid);
    ObjectNode links = n.putObject("links");
    if (q.assignmentActivity != null) {
      links.put("assignment_activity", ws.url + "/Activities/" + q.assignmentActivity.sid);
    }
    links.put("cumulative_statistics", url + "/CumulativeStatistics");
    links.put("real_time_statistics", url + "/RealTimeStatistics");
    if (q.reservationActivity != null) {
      links.put("reservation_activity", ws.url + "/Activities/" + q.reservationActivity.sid);
    }
    links.put("statistics", url + "/Statistics");
    links.put("workspace", ws.url);
    return Wire.rendered(n, TaskQueue.class);
  }

  private static void putActivity(ObjectNode n, String prefix, ActivityRec a) {
    if (a == null) {
      n.putNull(prefix + "_sid");
      n.putNull(prefix + "_name");
    } else {
      n.put(prefix + "_sid", a.sid);
      n.put(prefix + "_name", a.friendlyName);
    }
  }

  static ObjectNode workflow(WorkspaceState ws, WorkflowRec wf) {
    ObjectNode n = base(ws);
    opt(n, "assignment_callback_url", wf.assignmentCallbackUrl);
    n.put("configuration", wf.configurationText);
    n.put("date_created", date(wf.created));
    n.put("date_updated", date(wf.updated));
    n.put("document_content_type", "application/json");
    opt(n, "fallback_assignment_callback_url", wf.fallbackAssignmentCallbackUrl);
    n.put("friendly_name", wf.friendlyName);
    n.put("sid", wf.sid);
    n.put("task_reservation_timeout", wf.taskReservationTimeout);
    n.put("workspace_sid", ws.sid);
    String url = ws.url + "/Workflows/" + wf.sid;
    n.put("url", url);
    ObjectNode links = n.putObject("links");
    links.put("statistics", url + "/Statistics");
    links.put("real_time_statistics", url + "/RealTimeStatistics");
    links.put("cumulative_statistics", url + "/CumulativeStatistics");
    return Wire.rendered(n, Workflow.class);
  }

  static ObjectNode task(WorkspaceState ws, TaskRec t) {
    ObjectNode n = base(ws);
    n.put("age", EventData.age(t, ws.now()));
    n.put("assignment_status", t.status);
    n.put("attributes", t.attributesText);
    n.putNull("addons");
    n.put("date_created", date(t.created));
    n.put("date_updated", date(t.updated));
    opt(n, "task_queue_entered_date", t.queueEntered.map(Renderer::date));
    n.put("priority", t.priority);
    opt(n, "reason", t.reason);
    n.put("sid", t.sid);
    opt(n, "task_queue_sid", t.queue.map(q -> q.sid));
    opt(n, "task_queue_friendly_name", t.queue.map(q -> q.friendlyName));
    n.put("task_channel_sid", t.channel.sid);
    n.put("task_channel_unique_name", t.channel.uniqueName);
    n.put("timeout", t.timeoutSeconds);
    if (t.workflow != null) {
      n.put("workflow_sid", t.workflow.sid);
      n.put("workflow_friendly_name", t.workflow.friendlyName);
    } else {
      n.putNull("workflow_sid");
      n.putNull("workflow_friendly_name");
    }
    n.put("workspace_sid", ws.sid);
    String url = ws.url + "/Tasks/" + t.sid;
    n.put("url", url);
    ObjectNode links = n.putObject("links");
    t.queue.ifPresent(q -> links.put("task_queue", ws.url + "/TaskQueues/" + q.sid));
    if (t.workflow != null) {
      links.put("workflow", ws.url + "/Workflows/" + t.workflow.sid);
    }
    links.put("workspace", ws.url);
    links.put("reservations", url + "/Reservations");
    n.put("virtual_start_time", date(t.virtualStartTime));
    n.put("ignore_capacity", t.ignoreCapacity);
    opt(n, "routing_target", t.routingTarget);
    return Wire.rendered(n, Task.class);
  }

  static ObjectNode reservation(WorkspaceState ws, ReservationRec r, boolean underWorker) {
    ObjectNode n = base(ws);
    n.put("date_created", date(r.created));
    n.put("date_updated", date(r.updated));
    n.put("reservation_status", r.status);
    n.put("sid", r.sid);
    n.put("task_sid", r.task.sid);
    n.put("worker_name", r.worker.friendlyName);
    n.put("worker_sid", r.worker.sid);
    n.put("workspace_sid", ws.sid);
    n.put(
        "url",
        underWorker
            ? ws.url + "/Workers/" + r.worker.sid + "/Reservations/" + r.sid
            : ws.url + "/Tasks/" + r.task.sid + "/Reservations/" + r.sid);
    ObjectNode links = n.putObject("links");
    links.put("task", ws.url + "/Tasks/" + r.task.sid);
    links.put("worker", ws.url + "/Workers/" + r.worker.sid);
    links.put("workspace", ws.url);
    return Wire.rendered(n, underWorker ? WorkerReservation.class : TaskReservation.class);
  }

  static ObjectNode taskChannel(WorkspaceState ws, TaskChannelRec c) {
    ObjectNode n = base(ws);
    n.put("date_created", date(c.created));
    n.put("date_updated", date(c.updated));
    n.put("friendly_name", c.friendlyName);
    n.put("sid", c.sid);
    n.put("unique_name", c.uniqueName);
    n.put("workspace_sid", ws.sid);
    n.put("channel_optimized_routing", c.channelOptimizedRouting);
    n.put("url", ws.url + "/TaskChannels/" + c.sid);
    n.putObject("links").put("workspace", ws.url);
    return Wire.rendered(n, TaskChannel.class);
  }

  static ObjectNode workerChannel(WorkspaceState ws, WorkerRec w, WorkerChannelRec c) {
    ObjectNode n = base(ws);
    n.put("assigned_tasks", c.used);
    n.put("available", c.available);
    int free = Math.max(0, c.configuredCapacity - c.used);
    n.put(
        "available_capacity_percentage",
        c.configuredCapacity == 0 ? 0 : free * 100 / c.configuredCapacity);
    n.put("configured_capacity", c.configuredCapacity);
    n.put("date_created", date(c.created));
    n.put("date_updated", date(c.updated));
    n.put("sid", c.sid);
    n.put("task_channel_sid", c.taskChannelSid);
    n.put("task_channel_unique_name", c.taskChannelUniqueName);
    n.put("worker_sid", w.sid);
    n.put("workspace_sid", ws.sid);
    n.put("url", ws.url + "/Workers/" + w.sid + "/Channels/" + c.sid);
    return Wire.rendered(n, WorkerChannel.class);
  }

  static ObjectNode event(WorkspaceState ws, EventRec e) {
    ObjectNode n = base(ws);
    n.put("actor_sid", e.actorSid);
    n.put("actor_type", e.actorType);
    n.put("actor_url", e.actorUrl);
    n.put("description", e.description);
    n.set("event_data", e.data);
    n.put("event_date", date(e.date));
    n.put("event_date_ms", e.date.toEpochMilli());
    n.put("event_type", e.type);
    n.put("resource_sid", e.resourceSid);
    n.put("resource_type", e.resourceType);
    n.put("resource_url", e.resourceUrl);
    n.put("sid", e.sid);
    n.put("source", "taskrouter-emulator");
    n.put("source_ip_address", "127.0.0.1");
    n.put("url", ws.url + "/Events/" + e.sid);
    n.put("workspace_sid", ws.sid);
    return Wire.rendered(n, Event.class);
  }
}
