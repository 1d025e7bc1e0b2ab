package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.Conditions;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** /v1/Workspaces: create (with the FIFO template), read, update, delete. */
final class WorkspaceEndpoints {
  private final Emulation e;

  WorkspaceEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    String name = req.form.required("FriendlyName");
    String template = req.form.oneOf("Template", "NONE", "FIFO").orElse("NONE");
    String order = req.form.oneOf("PrioritizeQueueOrder", "FIFO", "LIFO").orElse("FIFO");
    boolean multiTask = req.form.bool("MultiTaskEnabled").orElse(true);
    Instant now = e.clock.instant();
    WorkspaceState ws = new WorkspaceState(e, WorkspaceSid.random().value(), name, now);
    ObjectNode body =
        ws.call(
            () -> {
              ws.multiTaskEnabled = multiTask;
              ws.prioritizeQueueOrder = order;
              ws.eventCallbackUrl = req.form.string("EventCallbackUrl").filter(s -> !s.isEmpty());
              ws.eventsFilter = req.form.string("EventsFilter").filter(s -> !s.isEmpty());
              ActivityRec offline = addActivity(ws, "Offline", false, now);
              addActivity(ws, "Available", true, now);
              addActivity(ws, "Unavailable", false, now);
              ws.defaultActivity = offline;
              ws.timeoutActivity = offline;
              for (String channel :
                  new String[] {"default", "voice", "chat", "sms", "video", "email"}) {
                addChannel(ws, channel, now);
              }
              ws.log(
                  "workspace.created",
                  "workspace",
                  ws.sid,
                  ws.url,
                  "Workspace " + name + " created",
                  Json.MAPPER.createObjectNode().put("workspace_sid", ws.sid));
              if (template.equals("FIFO")) {
                fifoTemplate(ws, now);
              }
              return Renderer.workspace(ws);
            });
    e.add(ws);
    return Reply.created(body);
  }

  static ActivityRec addActivity(WorkspaceState ws, String name, boolean available, Instant now) {
    ActivityRec a = new ActivityRec(ActivitySid.random().value(), name, available, now);
    ws.activities.put(a.sid, a);
    ws.log(
        "activity.created",
        "activity",
        a.sid,
        ws.url + "/Activities/" + a.sid,
        "Activity " + name + " created",
        Json.MAPPER.createObjectNode().put("activity_sid", a.sid).put("activity_name", name));
    return a;
  }

  static TaskChannelRec addChannel(WorkspaceState ws, String uniqueName, Instant now) {
    String friendly = Character.toUpperCase(uniqueName.charAt(0)) + uniqueName.substring(1);
    TaskChannelRec c =
        new TaskChannelRec(TaskChannelSid.random().value(), uniqueName, friendly, now);
    ws.taskChannels.put(c.sid, c);
    return c;
  }

  /** What Twilio's FIFO template makes: "Sample Queue" for everyone, "Default Fifo Workflow". */
  private static void fifoTemplate(WorkspaceState ws, Instant now) {
    QueueRec q = new QueueRec(TaskQueueSid.random().value(), "Sample Queue", "FIFO", now);
    q.targetWorkersText = "1==1";
    q.targetWorkers = Conditions.workers("TargetWorkers", q.targetWorkersText);
    q.maxReservedWorkers = 1;
    ws.queues.put(q.sid, q);
    ws.membership.placeQueue(q);
    ws.log(
        "task-queue.created",
        "task_queue",
        q.sid,
        ws.url + "/TaskQueues/" + q.sid,
        "TaskQueue Sample Queue created",
        Json.MAPPER.createObjectNode().put("task_queue_sid", q.sid));
    WorkflowRec wf = new WorkflowRec(WorkflowSid.random().value(), "Default Fifo Workflow", now);
    wf.configurationText =
        "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"" + q.sid + "\"}}}";
    ws.routing.configure(wf, WorkflowValidation.validate(wf.configurationText, ws));
    ws.workflows.put(wf.sid, wf);
    ws.log(
        "workflow.created",
        "workflow",
        wf.sid,
        ws.url + "/Workflows/" + wf.sid,
        "Workflow Default Fifo Workflow created",
        Json.MAPPER.createObjectNode().put("workflow_sid", wf.sid));
  }

  Reply list(Request req) {
    List<WorkspaceState> all = new ArrayList<>(e.workspaces());
    all.sort(Comparator.comparing((WorkspaceState w) -> w.created).thenComparing(w -> w.sid));
    List<ObjectNode> items = new ArrayList<>();
    String name = req.query.string("FriendlyName").orElse(null);
    for (WorkspaceState ws : all) {
      ObjectNode n =
          ws.read(
              () -> name == null || name.equals(ws.friendlyName) ? Renderer.workspace(ws) : null);
      if (n != null) {
        items.add(n);
      }
    }
    return Pages.page(e.baseUrl, req, "workspaces", items);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.workspace(ws)));
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(
        ws.call(
            () -> {
              String order =
                  req.form
                      .oneOf("PrioritizeQueueOrder", "FIFO", "LIFO")
                      .orElse(ws.prioritizeQueueOrder);
              ActivityRec def =
                  req.form
                      .string("DefaultActivitySid")
                      .map(ws::activity)
                      .orElse(ws.defaultActivity);
              ActivityRec timeout =
                  req.form
                      .string("TimeoutActivitySid")
                      .map(ws::activity)
                      .orElse(ws.timeoutActivity);
              boolean multiTask = req.form.bool("MultiTaskEnabled").orElse(ws.multiTaskEnabled);
              if (ws.multiTaskEnabled && !multiTask) {
                throw ApiError.invalid(
                    "MultiTaskEnabled cannot be set back to false: a multi-tasking workspace cannot be converted to single-tasking");
              }
              ws.friendlyName =
                  req.form.string("FriendlyName").filter(s -> !s.isEmpty()).orElse(ws.friendlyName);
              if (req.form.has("EventCallbackUrl")) {
                ws.eventCallbackUrl = req.form.string("EventCallbackUrl").filter(s -> !s.isEmpty());
              }
              if (req.form.has("EventsFilter")) {
                ws.eventsFilter = req.form.string("EventsFilter").filter(s -> !s.isEmpty());
              }
              ws.prioritizeQueueOrder = order;
              ws.defaultActivity = def;
              ws.timeoutActivity = timeout;
              ws.multiTaskEnabled = multiTask;
              ws.updated = ws.now();
              ws.log(
                  "workspace.updated",
                  "workspace",
                  ws.sid,
                  ws.url,
                  "Workspace " + ws.friendlyName + " updated",
                  Json.MAPPER.createObjectNode().put("workspace_sid", ws.sid));
              return Renderer.workspace(ws);
            }));
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    e.remove(ws.sid);
    return Reply.noContent();
  }
}
