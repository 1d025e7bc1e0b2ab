package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.EventData;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.Conditions;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Workers and their channels: create, read (filtered), update activity/attributes, capacity. */
final class WorkerEndpoints {
  private final Emulation e;

  WorkerEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String name = req.form.required("FriendlyName");
    Params.Attributes attributes =
        req.form.attributes("Attributes").orElse(Params.Attributes.empty());
    return Reply.created(
        ws.call(
            () -> {
              requireUniqueName(ws, name, null);
              ActivityRec activity =
                  req.form.string("ActivitySid").map(ws::activity).orElse(ws.defaultActivity);
              WorkerRec w =
                  new WorkerRec(
                      WorkerSid.random().value(), ws.nextSeq(), name, attributes, ws.now());
              w.activity = activity;
              for (TaskChannelRec c : ws.taskChannels.values()) {
                w.channels.put(
                    c.sid, new WorkerChannelRec(WorkerChannelSid.random().value(), c, 1, ws.now()));
              }
              ws.workers.put(w.sid, w);
              ws.log(
                  "worker.created",
                  "worker",
                  w.sid,
                  ws.url + "/Workers/" + w.sid,
                  "Worker " + name + " created",
                  EventData.worker(ws, w));
              ws.membership.placeWorker(w);
              ws.engine.offerWorker(w);
              return Renderer.worker(ws, w);
            }));
  }

  private static void requireUniqueName(WorkspaceState ws, String name, WorkerRec self) {
    for (WorkerRec other : ws.workers.values()) {
      if (other != self && other.friendlyName.equalsIgnoreCase(name)) {
        throw ApiError.invalid(
            "A Worker named '"
                + name
                + "' already exists in this workspace ("
                + other.sid
                + "); worker names are unique, ignoring case");
      }
    }
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> activityName = req.query.string("ActivityName");
    Optional<String> activitySid = req.query.string("ActivitySid");
    Optional<Boolean> available = req.query.bool("Available");
    Optional<String> name = req.query.string("FriendlyName");
    Optional<Conditions.WorkerCondition> expression =
        req.query
            .string("TargetWorkersExpression")
            .map(x -> Conditions.workers("TargetWorkersExpression", x));
    Optional<String> queueName = req.query.string("TaskQueueName");
    Optional<String> queueSid = req.query.string("TaskQueueSid");
    return ws.read(
        () -> {
          List<WorkerRec> out = new ArrayList<>();
          for (WorkerRec w : ws.workers.values()) {
            boolean keep =
                activityName.map(n -> n.equals(w.activity.friendlyName)).orElse(true)
                    && activitySid.map(s -> s.equals(w.activity.sid)).orElse(true)
                    && available.map(a -> a == w.activity.available).orElse(true)
                    && name.map(n -> n.equals(w.friendlyName)).orElse(true)
                    && expression.map(x -> x.test(w, ws.now())).orElse(true)
                    && queueName
                        .map(n -> w.queues.stream().anyMatch(q -> q.friendlyName.equals(n)))
                        .orElse(true)
                    && queueSid
                        .map(s -> w.queues.stream().anyMatch(q -> q.sid.equals(s)))
                        .orElse(true);
            if (keep) {
              out.add(w);
            }
          }
          return Pages.page(e.baseUrl, req, "workers", out, w -> Renderer.worker(ws, w));
        });
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.read(
        () -> {
          WorkerRec w = ws.worker(req.var("Sid"));
          return Reply.ok(Renderer.worker(ws, w)).withEtag(String.valueOf(w.version));
        });
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<Params.Attributes> attributes = req.form.attributes("Attributes");
    boolean rejectPending = req.form.bool("RejectPendingReservations").orElse(false);
    return ws.call(
        () -> {
          WorkerRec w = ws.worker(req.var("Sid"));
          checkIfMatch(req, w.version, "Worker " + w.sid);
          Optional<ActivityRec> activity = req.form.string("ActivitySid").map(ws::activity);
          Optional<String> name = req.form.string("FriendlyName").filter(s -> !s.isEmpty());
          name.ifPresent(n -> requireUniqueName(ws, n, w));
          if (activity.isPresent()) {
            ws.lifecycle.changeActivity(w, activity.get(), rejectPending);
          }
          name.ifPresent(
              n -> {
                w.friendlyName = n;
                ws.routing.workerChanged(w);
                ws.engine.offerWorker(w);
              });
          if (attributes.isPresent()) {
            w.attributesText = attributes.get().text;
            w.attributes = attributes.get().node;
            ws.log(
                "worker.attributes.update",
                "worker",
                w.sid,
                ws.url + "/Workers/" + w.sid,
                "Worker " + w.friendlyName + " attributes updated",
                EventData.worker(ws, w));
            ws.membership.placeWorker(w);
            ws.engine.offerWorker(w);
          }
          w.updated = ws.now();
          w.version++;
          return Reply.ok(Renderer.worker(ws, w)).withEtag(String.valueOf(w.version));
        });
  }

  static void checkIfMatch(Request req, int version, String what) {
    Optional<String> ifMatch = req.header("If-Match");
    if (ifMatch.isPresent()) {
      String expected = ifMatch.get().trim().replace("\"", "");
      if (!expected.equals("*") && !expected.equals(String.valueOf(version))) {
        throw ApiError.preconditionFailed(
            "If-Match "
                + ifMatch.get()
                + " does not match the current ETag "
                + version
                + " of "
                + what
                + "; fetch it again and retry");
      }
    }
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          WorkerRec w = ws.worker(req.var("Sid"));
          checkIfMatch(req, w.version, "Worker " + w.sid);
          if (w.used > 0) {
            throw ApiError.invalid(
                "Worker "
                    + w.sid
                    + " has "
                    + w.used
                    + " pending reservation(s) or assigned task(s) and cannot be deleted");
          }
          if (!w.directTasks.isEmpty()) {
            throw ApiError.invalid(
                "Worker "
                    + w.sid
                    + " is the RoutingTarget of "
                    + w.directTasks.size()
                    + " waiting task(s) and cannot be deleted");
          }
          ws.membership.removeWorker(w);
          ws.workers.remove(w.sid);
          ws.routing.workerRemoved(w);
          ws.log(
              "worker.deleted",
              "worker",
              w.sid,
              ws.url + "/Workers/" + w.sid,
              "Worker " + w.friendlyName + " deleted",
              EventData.worker(ws, w));
          return Reply.noContent();
        });
  }

  Reply channels(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    List<ObjectNode> items =
        ws.read(
            () -> {
              WorkerRec w = ws.worker(req.var("WorkerSid"));
              List<ObjectNode> out = new ArrayList<>();
              w.channels.values().forEach(c -> out.add(Renderer.workerChannel(ws, w, c)));
              return out;
            });
    return Pages.page(e.baseUrl, req, "channels", items);
  }

  private static WorkerChannelRec channel(WorkspaceState ws, WorkerRec w, String sidOrName) {
    for (WorkerChannelRec c : w.channels.values()) {
      if (c.sid.equals(sidOrName)
          || c.taskChannelUniqueName.equals(sidOrName)
          || c.taskChannelSid.equals(sidOrName)) {
        return c;
      }
    }
    throw ApiError.notFound(
        "The requested resource /v1/Workspaces/"
            + ws.sid
            + "/Workers/"
            + w.sid
            + "/Channels/"
            + sidOrName
            + " was not found");
  }

  Reply channel(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(
        ws.read(
            () -> {
              WorkerRec w = ws.worker(req.var("WorkerSid"));
              return Renderer.workerChannel(ws, w, channel(ws, w, req.var("Sid")));
            }));
  }

  Reply updateChannel(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    OptionalInt capacity = req.form.integer("Capacity", 0, 50);
    Optional<Boolean> available = req.form.bool("Available");
    return Reply.ok(
        ws.call(
            () -> {
              WorkerRec w = ws.worker(req.var("WorkerSid"));
              WorkerChannelRec c = channel(ws, w, req.var("Sid"));
              ws.membership.change(
                  w,
                  () -> {
                    capacity.ifPresent(x -> c.configuredCapacity = x);
                    available.ifPresent(x -> c.available = x);
                    c.updated = ws.now();
                  });
              ObjectNode data = EventData.worker(ws, w);
              data.put("worker_channel_task_channel_sid", c.taskChannelSid);
              data.put("worker_channel_configured_capacity", c.configuredCapacity);
              data.put("worker_channel_available", c.available);
              ws.log(
                  capacity.isPresent()
                      ? "worker.capacity.update"
                      : "worker.channel.availability.update",
                  "worker",
                  w.sid,
                  ws.url + "/Workers/" + w.sid,
                  "Worker " + w.friendlyName + " channel " + c.taskChannelUniqueName + " updated",
                  data);
              ws.engine.offerWorker(w);
              return Renderer.workerChannel(ws, w, c);
            }));
  }
}
