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
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Activities: create, read, rename, delete (refused while in use). */
final class ActivityEndpoints {
  private final Emulation e;

  ActivityEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String name = req.form.required("FriendlyName");
    String availableText = req.form.string("Available").orElse("false").toLowerCase(Locale.ROOT);
    boolean available =
        availableText.equals("true") || availableText.equals("1") || availableText.equals("yes");
    return Reply.created(
        ws.call(
            () -> {
              for (ActivityRec a : ws.activities.values()) {
                if (a.friendlyName.equalsIgnoreCase(name)) {
                  throw ApiError.invalid(
                      "An Activity named '"
                          + name
                          + "' already exists in this workspace ("
                          + a.sid
                          + ")");
                }
              }
              return Renderer.activity(
                  ws, WorkspaceEndpoints.addActivity(ws, name, available, ws.now()));
            }));
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String name = req.query.string("FriendlyName").orElse(null);
    Boolean available = req.query.bool("Available").orElse(null);
    List<ObjectNode> items =
        ws.read(
            () -> {
              List<ObjectNode> out = new ArrayList<>();
              for (ActivityRec a : ws.activities.values()) {
                if ((name == null || name.equals(a.friendlyName))
                    && (available == null || available == a.available)) {
                  out.add(Renderer.activity(ws, a));
                }
              }
              return out;
            });
    return Pages.page(e.baseUrl, req, "activities", items);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.activity(ws, ws.activity(req.var("Sid")))));
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(
        ws.call(
            () -> {
              ActivityRec a = ws.activity(req.var("Sid"));
              req.form
                  .string("FriendlyName")
                  .filter(s -> !s.isEmpty())
                  .ifPresent(n -> a.friendlyName = n);
              a.updated = ws.now();
              ws.log(
                  "activity.updated",
                  "activity",
                  a.sid,
                  ws.url + "/Activities/" + a.sid,
                  "Activity " + a.friendlyName + " updated",
                  Json.MAPPER
                      .createObjectNode()
                      .put("activity_sid", a.sid)
                      .put("activity_name", a.friendlyName));
              return Renderer.activity(ws, a);
            }));
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          ActivityRec a = ws.activity(req.var("Sid"));
          if (a == ws.defaultActivity || a == ws.timeoutActivity) {
            throw ApiError.invalid(
                "Activity "
                    + a.sid
                    + " ("
                    + a.friendlyName
                    + ") is the workspace's default or timeout activity and cannot be deleted");
          }
          for (WorkerRec w : ws.workers.values()) {
            if (w.activity == a) {
              throw ApiError.invalid(
                  "Activity "
                      + a.sid
                      + " ("
                      + a.friendlyName
                      + ") is in use by worker "
                      + w.sid
                      + " and cannot be deleted");
            }
          }
          for (QueueRec q : ws.queues.values()) {
            if (q.reservationActivity == a || q.assignmentActivity == a) {
              throw ApiError.invalid(
                  "Activity "
                      + a.sid
                      + " ("
                      + a.friendlyName
                      + ") is used by TaskQueue "
                      + q.sid
                      + " and cannot be deleted");
            }
          }
          ws.activities.remove(a.sid);
          ws.log(
              "activity.deleted",
              "activity",
              a.sid,
              ws.url + "/Activities/" + a.sid,
              "Activity " + a.friendlyName + " deleted",
              Json.MAPPER.createObjectNode().put("activity_sid", a.sid));
          return Reply.noContent();
        });
  }
}
