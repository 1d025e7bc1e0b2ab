package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import java.util.ArrayList;
import java.util.List;

/**
 * TaskChannels: create (adds a worker channel of capacity 1 to every worker), read, update, delete.
 */
final class TaskChannelEndpoints {
  private final Emulation e;

  TaskChannelEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String friendly = req.form.required("FriendlyName");
    String unique = req.form.required("UniqueName");
    boolean optimized = req.form.bool("ChannelOptimizedRouting").orElse(false);
    return Reply.created(
        ws.call(
            () -> {
              for (TaskChannelRec c : ws.taskChannels.values()) {
                if (c.uniqueName.equals(unique)) {
                  throw ApiError.invalid(
                      "A TaskChannel with UniqueName '"
                          + unique
                          + "' already exists ("
                          + c.sid
                          + ")");
                }
              }
              TaskChannelRec c = WorkspaceEndpoints.addChannel(ws, unique, ws.now());
              c.friendlyName = friendly;
              c.channelOptimizedRouting = optimized;
              for (WorkerRec w : ws.workers.values()) {
                ws.membership.change(
                    w,
                    () ->
                        w.channels.put(
                            c.sid,
                            new WorkerChannelRec(
                                WorkerChannelSid.random().value(), c, 1, ws.now())));
                ws.engine.offerWorker(w);
              }
              ws.log(
                  "task-channel.created",
                  "task_channel",
                  c.sid,
                  ws.url + "/TaskChannels/" + c.sid,
                  "TaskChannel " + unique + " created",
                  Json.MAPPER.createObjectNode().put("task_channel_sid", c.sid));
              return Renderer.taskChannel(ws, c);
            }));
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    List<ObjectNode> items =
        ws.read(
            () -> {
              List<ObjectNode> out = new ArrayList<>();
              ws.taskChannels.values().forEach(c -> out.add(Renderer.taskChannel(ws, c)));
              return out;
            });
    return Pages.page(e.baseUrl, req, "channels", items);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.taskChannel(ws, ws.taskChannel(req.var("Sid")))));
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(
        ws.call(
            () -> {
              TaskChannelRec c = ws.taskChannel(req.var("Sid"));
              boolean optimized =
                  req.form.bool("ChannelOptimizedRouting").orElse(c.channelOptimizedRouting);
              req.form
                  .string("FriendlyName")
                  .filter(s -> !s.isEmpty())
                  .ifPresent(n -> c.friendlyName = n);
              c.channelOptimizedRouting = optimized;
              c.updated = ws.now();
              return Renderer.taskChannel(ws, c);
            }));
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          TaskChannelRec c = ws.taskChannel(req.var("Sid"));
          for (TaskRec t : ws.tasks.values()) {
            if (t.channel == c && !t.isFinal()) {
              throw ApiError.invalid(
                  "TaskChannel "
                      + c.uniqueName
                      + " has open task "
                      + t.sid
                      + " and cannot be deleted");
            }
          }
          ws.taskChannels.remove(c.sid);
          for (WorkerRec w : ws.workers.values()) {
            ws.membership.change(w, () -> w.channels.remove(c.sid));
          }
          ws.log(
              "task-channel.deleted",
              "task_channel",
              c.sid,
              ws.url + "/TaskChannels/" + c.sid,
              "TaskChannel " + c.uniqueName + " deleted",
              Json.MAPPER.createObjectNode().put("task_channel_sid", c.sid));
          return Reply.noContent();
        });
  }
}
