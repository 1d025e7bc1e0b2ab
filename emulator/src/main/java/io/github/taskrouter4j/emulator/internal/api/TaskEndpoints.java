package io.github.taskrouter4j.emulator.internal.api;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.Conditions;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Tasks: create (routed at once), read (filtered, ordered), update status/attributes/priority. */
final class TaskEndpoints {
  private final Emulation e;

  TaskEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Params.Attributes attributes =
        req.form.attributes("Attributes").orElse(Params.Attributes.empty());
    OptionalInt priority = req.form.integer("Priority", 0, Integer.MAX_VALUE);
    int timeout = req.form.integer("Timeout", 1, 1_209_600).orElse(86_400);
    Optional<Instant> virtualStart = req.form.instant("VirtualStartTime");
    Optional<String> workflowSid = req.form.string("WorkflowSid").filter(v -> !v.isEmpty());
    Optional<String> queueSid = req.form.string("TaskQueueSid").filter(v -> !v.isEmpty());
    Optional<String> routingTarget = req.form.string("RoutingTarget").filter(v -> !v.isEmpty());
    int given =
        (workflowSid.isPresent() ? 1 : 0)
            + (queueSid.isPresent() ? 1 : 0)
            + (routingTarget.isPresent() ? 1 : 0);
    if (given > 1) {
      throw ApiError.invalid(
          "WorkflowSid, TaskQueueSid and RoutingTarget each say where the task goes: give one of"
              + " them, not "
              + given);
    }
    boolean ignoreCapacity = ignoreCapacity(req);
    if (req.form.has("IgnoreCapacity")
        && !routingTarget.map(v -> v.startsWith("WK")).orElse(false)) {
      throw ApiError.invalid(
          "IgnoreCapacity can only be used when RoutingTarget is a Worker SID (WK...)");
    }
    return ws.call(
        () -> {
          TaskChannelRec channel = ws.taskChannel(req.form.string("TaskChannel").orElse("default"));
          WorkflowRec workflow = null;
          QueueRec queue =
              queueSid.map(sid -> known(ws.queues.get(sid), "TaskQueueSid", sid)).orElse(null);
          WorkerRec worker = null;
          if (routingTarget.isPresent()) {
            String target = routingTarget.get();
            if (target.startsWith("WK")) {
              worker = known(ws.workers.get(target), "RoutingTarget", target);
            } else if (target.startsWith("WQ")) {
              queue = known(ws.queues.get(target), "RoutingTarget", target);
            } else if (target.startsWith("WW")) {
              workflow = known(ws.workflows.get(target), "RoutingTarget", target);
            } else {
              throw ApiError.invalid(
                  "RoutingTarget must be the SID of a Worker (WK...), TaskQueue (WQ...) or"
                      + " Workflow (WW...) of this workspace, was '"
                      + Params.abbreviate(target)
                      + "'");
            }
          } else if (queue == null) {
            workflow = workflowSid.map(ws::workflow).orElseGet(() -> onlyWorkflow(ws));
          }
          TaskRec t =
              new TaskRec(
                  TaskSid.random().value(), ws.nextSeq(), attributes, workflow, channel, ws.now());
          t.priority = priority.orElse(0);
          t.timeoutSeconds = timeout;
          virtualStart.ifPresent(v -> t.virtualStartTime = v);
          t.directQueue = Optional.ofNullable(queue);
          t.targetWorker = Optional.ofNullable(worker);
          t.ignoreCapacity = ignoreCapacity;
          t.routingTarget = routingTarget;
          ws.engine.submit(t);
          return Reply.created(Renderer.task(ws, t)).withEtag(String.valueOf(t.version));
        });
  }

  /** Twilio: {@code true}, {@code 1} or {@code yes} ignore capacity; any other value does not. */
  private static boolean ignoreCapacity(Request req) {
    String value = req.form.string("IgnoreCapacity").orElse("").toLowerCase(Locale.ROOT);
    return value.equals("true") || value.equals("1") || value.equals("yes");
  }

  private static <T> T known(T value, String parameter, String sid) {
    if (value == null) {
      throw ApiError.invalid(
          parameter + " " + Params.abbreviate(sid) + " does not exist in this workspace");
    }
    return value;
  }

  private static WorkflowRec onlyWorkflow(WorkspaceState ws) {
    if (ws.workflows.size() != 1) {
      throw ApiError.invalid(
          "Missing required parameter WorkflowSid in the post body: the workspace has "
              + ws.workflows.size()
              + " workflows, so TaskRouter cannot choose one");
    }
    return ws.workflows.values().iterator().next();
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    OptionalInt priority = req.query.integer("Priority", 0, Integer.MAX_VALUE);
    List<String> statuses = new ArrayList<>();
    for (String s : req.query.all("AssignmentStatus")) {
      for (String part : s.split(",")) {
        if (!part.isBlank()) {
          statuses.add(part.trim());
        }
      }
    }
    Optional<String> workflowSid = req.query.string("WorkflowSid");
    Optional<String> workflowName = req.query.string("WorkflowName");
    Optional<String> queueSid = req.query.string("TaskQueueSid");
    Optional<String> queueName = req.query.string("TaskQueueName");
    Optional<FilterExpression> evaluate =
        req.query
            .string("EvaluateTaskAttributes")
            .map(x -> Conditions.filter("EvaluateTaskAttributes", x));
    Comparator<TaskRec> order = ordering(req.query.string("Ordering").orElse("DateCreated:asc"));
    return ws.read(
        () -> {
          List<TaskRec> matching = new ArrayList<>();
          for (TaskRec t : ws.tasks.values()) {
            boolean keep =
                (priority.isEmpty() || priority.getAsInt() == t.priority)
                    && (statuses.isEmpty() || statuses.contains(t.status))
                    && workflowSid
                        .map(s -> t.workflow != null && s.equals(t.workflow.sid))
                        .orElse(true)
                    && workflowName
                        .map(n -> t.workflow != null && n.equals(t.workflow.friendlyName))
                        .orElse(true)
                    && queueSid
                        .map(s -> t.queue.map(q -> q.sid.equals(s)).orElse(false))
                        .orElse(true)
                    && queueName
                        .map(n -> t.queue.map(q -> q.friendlyName.equals(n)).orElse(false))
                        .orElse(true)
                    && evaluate.map(x -> x.test(t.attributes, ws.now())).orElse(true);
            if (keep) {
              matching.add(t);
            }
          }
          matching.sort(order);
          return Pages.page(e.baseUrl, req, "tasks", matching, t -> Renderer.task(ws, t));
        });
  }

  private static Comparator<TaskRec> ordering(String text) {
    Comparator<TaskRec> result = null;
    for (String clause : text.split(",")) {
      String[] parts = clause.trim().split(":");
      Comparator<TaskRec> c;
      switch (parts[0]) {
        case "DateCreated":
          c = Comparator.comparing((TaskRec t) -> t.created).thenComparingLong(t -> t.seq);
          break;
        case "Priority":
          c = Comparator.comparingInt(t -> t.priority);
          break;
        default:
          throw ApiError.invalid(
              "Ordering must be DateCreated:asc|desc and/or Priority:asc|desc, was '" + text + "'");
      }
      String dir = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
      if (!dir.equals("asc") && !dir.equals("desc")) {
        throw ApiError.invalid("Ordering direction must be asc or desc, was '" + parts[1] + "'");
      }
      c = dir.equals("desc") ? c.reversed() : c;
      result = result == null ? c : result.thenComparing(c);
    }
    return result.thenComparingLong(t -> t.seq);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.read(
        () -> {
          TaskRec t = ws.task(req.var("Sid"));
          return Reply.ok(Renderer.task(ws, t)).withEtag(String.valueOf(t.version));
        });
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<Params.Attributes> attributes = req.form.attributes("Attributes");
    Optional<String> status =
        req.form.oneOf(
            "AssignmentStatus",
            "pending",
            "reserved",
            "assigned",
            "canceled",
            "completed",
            "wrapping");
    Optional<String> reason = req.form.string("Reason").filter(s -> !s.isEmpty());
    OptionalInt priority = req.form.integer("Priority", 0, Integer.MAX_VALUE);
    Optional<Instant> virtualStart = req.form.instant("VirtualStartTime");
    if (status.isPresent()
        && !List.of("canceled", "completed", "wrapping").contains(status.get())) {
      throw ApiError.invalid(
          "AssignmentStatus can only be set to canceled, wrapping or completed, was '"
              + status.get()
              + "'");
    }
    return ws.call(
        () -> {
          TaskRec t = ws.task(req.var("Sid"));
          WorkerEndpoints.checkIfMatch(req, t.version, "Task " + t.sid);
          if (status.isEmpty() && t.isFinal() && (attributes.isPresent() || priority.isPresent())) {
            throw ApiError.invalid(
                "Task " + t.sid + " is " + t.status + " and can no longer be updated");
          }
          if (status.isPresent()) {
            switch (status.get()) {
              case "canceled":
                ws.lifecycle.cancel(t, reason.orElse("Task canceled"));
                break;
              case "completed":
                ws.lifecycle.complete(t, reason);
                break;
              default:
                ws.lifecycle.wrap(t, reason);
            }
          }
          boolean reorder = priority.isPresent() || virtualStart.isPresent();
          ws.engine.requeue(
              t,
              () -> {
                priority.ifPresent(p -> t.priority = p);
                virtualStart.ifPresent(v -> t.virtualStartTime = v);
                if (attributes.isPresent()) {
                  t.attributesText = attributes.get().text;
                  t.attributes = attributes.get().node;
                }
              });
          if (attributes.isPresent() || reorder) {
            t.updated = ws.now();
            t.version++;
            ws.engine.logTask("task.updated", t, "Task " + t.sid + " updated");
            if (attributes.isPresent() && "pending".equals(t.status)) {
              ws.engine.reroute(t);
            } else {
              ws.engine.offerTask(t);
            }
          }
          return Reply.ok(Renderer.task(ws, t)).withEtag(String.valueOf(t.version));
        });
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          TaskRec t = ws.task(req.var("Sid"));
          WorkerEndpoints.checkIfMatch(req, t.version, "Task " + t.sid);
          ws.lifecycle.delete(t);
          return Reply.noContent();
        });
  }
}
