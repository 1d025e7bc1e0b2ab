package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceRouting;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.Conditions;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * TaskQueues: target_workers, task_order, max_reserved_workers, reservation/assignment activities.
 */
final class QueueEndpoints {
  private final Emulation e;

  QueueEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String name = req.form.required("FriendlyName");
    String targetText = req.form.string("TargetWorkers").filter(s -> !s.isBlank()).orElse("1==1");
    Conditions.WorkerCondition target = Conditions.workers("TargetWorkers", targetText);
    int max = req.form.integer("MaxReservedWorkers", 1, 50).orElse(1);
    String order = req.form.oneOf("TaskOrder", "FIFO", "LIFO").orElse("FIFO");
    return Reply.created(
        ws.call(
            () -> {
              for (QueueRec q : ws.queues.values()) {
                if (q.friendlyName.equals(name)) {
                  throw ApiError.invalid(
                      "A TaskQueue named '"
                          + name
                          + "' already exists in this workspace ("
                          + q.sid
                          + ")");
                }
              }
              ActivityRec reservation =
                  req.form.string("ReservationActivitySid").map(ws::activity).orElse(null);
              ActivityRec assignment =
                  req.form.string("AssignmentActivitySid").map(ws::activity).orElse(null);
              QueueRec q = new QueueRec(TaskQueueSid.random().value(), name, order, ws.now());
              q.targetWorkersText = targetText;
              q.targetWorkers = target;
              q.maxReservedWorkers = max;
              q.reservationActivity = reservation;
              q.assignmentActivity = assignment;
              ws.queues.put(q.sid, q);
              ws.membership.placeQueue(q);
              ws.log(
                  "task-queue.created",
                  "task_queue",
                  q.sid,
                  ws.url + "/TaskQueues/" + q.sid,
                  "TaskQueue " + name + " created",
                  Json.MAPPER
                      .createObjectNode()
                      .put("task_queue_sid", q.sid)
                      .put("task_queue_name", name));
              return Renderer.queue(ws, q);
            }));
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> name = req.query.string("FriendlyName");
    Optional<Params.Attributes> evaluate = req.query.attributes("EvaluateWorkerAttributes");
    Optional<String> workerSid = req.query.string("WorkerSid");
    List<ObjectNode> items =
        ws.read(
            () -> {
              Optional<WorkerRec> probe =
                  evaluate.map(a -> new WorkerRec("WKprobe", -1, "probe", a, ws.now()));
              Optional<WorkerRec> worker = workerSid.map(ws::worker);
              List<ObjectNode> out = new ArrayList<>();
              for (QueueRec q : ws.queues.values()) {
                boolean keep =
                    name.map(n -> n.equals(q.friendlyName)).orElse(true)
                        && probe.map(w -> q.targetWorkers.test(w, ws.now())).orElse(true)
                        && worker.map(q.members::contains).orElse(true);
                if (keep) {
                  out.add(Renderer.queue(ws, q));
                }
              }
              return out;
            });
    return Pages.page(e.baseUrl, req, "task_queues", items);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.queue(ws, ws.queue(req.var("Sid")))));
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> targetText = req.form.string("TargetWorkers").filter(s -> !s.isBlank());
    Optional<Conditions.WorkerCondition> target =
        targetText.map(t -> Conditions.workers("TargetWorkers", t));
    OptionalInt max = req.form.integer("MaxReservedWorkers", 1, 50);
    Optional<String> order = req.form.oneOf("TaskOrder", "FIFO", "LIFO");
    return Reply.ok(
        ws.call(
            () -> {
              QueueRec q = ws.queue(req.var("Sid"));
              Optional<ActivityRec> reservation =
                  req.form.string("ReservationActivitySid").map(ws::activity);
              Optional<ActivityRec> assignment =
                  req.form.string("AssignmentActivitySid").map(ws::activity);
              req.form
                  .string("FriendlyName")
                  .filter(s -> !s.isEmpty())
                  .ifPresent(n -> q.friendlyName = n);
              max.ifPresent(
                  m -> {
                    q.maxReservedWorkers = m;
                    q.waiting.refreshAll();
                  });
              order.ifPresent(q::reorder);
              reservation.ifPresent(a -> q.reservationActivity = a);
              assignment.ifPresent(a -> q.assignmentActivity = a);
              q.updated = ws.now();
              ws.routing.queuesChanged();
              if (target.isPresent()) {
                q.targetWorkersText = targetText.get();
                q.targetWorkers = target.get();
                ws.membership.placeQueue(q);
                ws.log(
                    "task-queue.expression.updated",
                    "task_queue",
                    q.sid,
                    ws.url + "/TaskQueues/" + q.sid,
                    "TaskQueue " + q.friendlyName + " target_workers updated",
                    Json.MAPPER
                        .createObjectNode()
                        .put("task_queue_sid", q.sid)
                        .put("task_queue_target_expression", q.targetWorkersText));
              }
              for (TaskRec t : new ArrayList<>(q.waiting)) {
                ws.engine.offerTask(t);
              }
              return Renderer.queue(ws, q);
            }));
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          QueueRec q = ws.queue(req.var("Sid"));
          for (WorkflowRec wf : ws.workflows.values()) {
            if (WorkspaceRouting.routesTo(wf.configuration, q.sid)) {
              throw ApiError.invalid(
                  "TaskQueue "
                      + q.sid
                      + " ("
                      + q.friendlyName
                      + ") is used by workflow "
                      + wf.sid
                      + " ("
                      + wf.friendlyName
                      + ") and cannot be deleted");
            }
          }
          if (!q.waiting.isEmpty()) {
            throw ApiError.invalid(
                "TaskQueue "
                    + q.sid
                    + " ("
                    + q.friendlyName
                    + ") has "
                    + q.waiting.size()
                    + " waiting task(s) and cannot be deleted");
          }
          ws.membership.removeQueue(q);
          ws.queues.remove(q.sid);
          ws.routing.queuesChanged();
          ws.log(
              "task-queue.deleted",
              "task_queue",
              q.sid,
              ws.url + "/TaskQueues/" + q.sid,
              "TaskQueue " + q.friendlyName + " deleted",
              Json.MAPPER.createObjectNode().put("task_queue_sid", q.sid));
          return Reply.noContent();
        });
  }
}
