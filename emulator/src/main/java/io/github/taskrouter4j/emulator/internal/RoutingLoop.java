package io.github.taskrouter4j.emulator.internal;

import io.github.taskrouter4j.sid.ReservationSid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The assignment loop of one workspace: walks tasks through their workflow's filters and targets
 * and makes reservations for ready workers. Every method runs under the workspace lock.
 */
final class RoutingLoop {
  private final WorkspaceState ws;

  RoutingLoop(WorkspaceState ws) {
    this.ws = ws;
  }

  /** A new task: log it, arm its TTL and route it from the first filter. */
  void submit(TaskRec t) {
    ws.tasks.put(t.sid, t);
    t.plan = t.workflow.compiled;
    ws.log(
        "task.created",
        "task",
        t.sid,
        taskUrl(t),
        "Task " + t.sid + " created",
        EventData.task(ws, t));
    ws.timers.at(
        t.created.plusSeconds(t.timeoutSeconds),
        () -> {
          if (t.isWaiting() && ws.tasks.get(t.sid) == t) {
            ws.lifecycle.cancel(t, "Task TTL Exceeded");
          }
        });
    routeFrom(t, 0, true, "workflow.timeout");
  }

  /** Re-evaluates a waiting task from the first filter (attributes changed). */
  void reroute(TaskRec t) {
    t.plan = t.workflow.compiled;
    routeFrom(t, 0, true, "workflow.timeout");
  }

  private void routeFrom(TaskRec t, int fromFilter, boolean defaultAllowed, String fallOutEvent) {
    List<CompiledWorkflow.FilterRule> filters = t.plan.filters;
    for (int i = fromFilter; i < filters.size(); i++) {
      if (filters.get(i).expression.test(t.attributes, ws.now())) {
        enterStep(t, i, 0);
        return;
      }
    }
    if (defaultAllowed && t.plan.defaultFilter.isPresent()) {
      enterStep(t, -1, 0);
      return;
    }
    String reason;
    if (fromFilter == 0 && t.step == null) {
      reason = "Task did not match any workflow filter and the workflow has no default_filter";
    } else {
      ws.log(
          fallOutEvent,
          "workflow",
          t.workflow.sid,
          workflowUrl(t),
          "Task " + t.sid + " fell out of workflow " + t.workflow.sid,
          EventData.task(ws, t));
      reason = "workflow.skipped".equals(fallOutEvent) ? "Workflow Skipped" : "Workflow Timeout";
    }
    ws.lifecycle.cancel(t, reason);
  }

  private void enterStep(TaskRec t, int filterIndex, int targetIndex) {
    CompiledWorkflow.Step step =
        filterIndex >= 0
            ? t.plan.filters.get(filterIndex).targets.get(targetIndex)
            : t.plan.defaultFilter.orElseThrow();
    Instant now = ws.now();
    leaveQueue(t);
    t.filterIndex = filterIndex;
    t.targetIndex = targetIndex;
    t.step = step;
    int generation = ++t.stepGeneration;
    t.declinedBy.clear();
    step.priority.ifPresent(p -> t.priority = p);
    t.knownWorkerStep = step.knownWorkerSid.isPresent() || step.knownWorkerFriendlyName.isPresent();
    t.knownWorkerSid = step.knownWorkerSid.map(ref -> reference(t, ref)).orElse(null);
    t.knownWorkerName = step.knownWorkerFriendlyName.map(ref -> reference(t, ref)).orElse(null);
    t.queue = java.util.Optional.of(step.queue);
    t.queueEntered = java.util.Optional.of(now);
    t.updated = now;
    step.queue.waiting.add(t);
    ws.log(
        "workflow.target-matched",
        "task",
        t.sid,
        taskUrl(t),
        "Task " + t.sid + " matched " + step.path,
        EventData.task(ws, t));
    ws.log(
        "task-queue.entered",
        "task_queue",
        step.queue.sid,
        ws.url + "/TaskQueues/" + step.queue.sid,
        "Task " + t.sid + " entered TaskQueue " + step.queue.friendlyName,
        EventData.task(ws, t));
    step.timeoutSeconds.ifPresent(
        seconds ->
            ws.timers.at(
                now.plusSeconds(seconds),
                () -> {
                  if (t.stepGeneration == generation && t.isWaiting() && ws.tasks.get(t.sid) == t) {
                    advance(t, false);
                  }
                }));
    offerTask(t);
    if (step.skipIf.isPresent()
        && t.stepGeneration == generation
        && t.isWaiting()
        && t.pendingReservations == 0
        && skip(step)) {
      advance(t, true);
    }
  }

  /**
   * A known-worker value: a task attribute reference ({@code task.agent_sid}), resolved now, or a
   * literal value.
   */
  private String reference(TaskRec t, String ref) {
    if (ref.startsWith("task.")) {
      com.fasterxml.jackson.databind.JsonNode v = t.attributes;
      for (String key : ref.substring(5).split("\\.")) {
        v = v == null ? null : v.get(key);
      }
      return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
    return ref;
  }

  private boolean skip(CompiledWorkflow.Step step) {
    return Conditions.skip(step.skipIf.get(), step.queue.members);
  }

  /** The step timed out ({@code skipped} false) or was skipped by skip_if: move on. */
  private void advance(TaskRec t, boolean skipped) {
    List<WorkerRec> released = ws.lifecycle.cancelPendingReservations(t);
    if (t.filterIndex >= 0) {
      List<CompiledWorkflow.Step> targets = t.plan.filters.get(t.filterIndex).targets;
      ws.log(
          skipped ? "workflow.skipped" : "task-queue.timeout",
          "task",
          t.sid,
          taskUrl(t),
          "Task " + t.sid + (skipped ? " skipped " : " timed out of ") + t.step.path,
          EventData.task(ws, t));
      if (t.targetIndex + 1 < targets.size()) {
        enterStep(t, t.filterIndex, t.targetIndex + 1);
      } else {
        routeFrom(t, t.filterIndex + 1, skipped, skipped ? "workflow.skipped" : "workflow.timeout");
      }
    } else {
      routeFrom(t, t.plan.filters.size(), false, "workflow.timeout");
    }
    released.forEach(this::offerWorker);
  }

  void leaveQueue(TaskRec t) {
    t.queue.ifPresent(q -> q.waiting.remove(t));
  }

  boolean eligible(TaskRec t, WorkerRec w) {
    if (!ws.membership.hasRoom(w, t.channel)
        || t.declinedBy.contains(w.sid)
        || t.reservedBy.contains(w.sid)) {
      return false;
    }
    if (t.knownWorkerStep) {
      boolean known =
          (t.knownWorkerSid != null && t.knownWorkerSid.equals(w.sid))
              || (t.knownWorkerName != null && t.knownWorkerName.equalsIgnoreCase(w.friendlyName));
      if (!known) {
        return false;
      }
    }
    return t.step.expression.isEmpty() || Conditions.test(t.step.expression.get(), t, w, ws.now());
  }

  /** Offers a waiting task to the ready workers of its step's queue. */
  void offerTask(TaskRec t) {
    if (!t.isWaiting() || t.step == null) {
      return;
    }
    QueueRec q = t.step.queue;
    int slots = q.maxReservedWorkers - t.pendingReservations;
    if (slots <= 0) {
      return;
    }
    List<WorkerRec> picked = new ArrayList<>();
    if (t.step.orderBy.isPresent()) {
      for (WorkerRec w : q.ready) {
        if (eligible(t, w)) {
          picked.add(w);
        }
      }
      Comparator<WorkerRec> order = t.step.orderBy.get().thenComparing(QueueRec.IDLE_ORDER);
      picked.sort(order);
      if (picked.size() > slots) {
        picked = new ArrayList<>(picked.subList(0, slots));
      }
    } else {
      for (WorkerRec w : q.ready) {
        if (eligible(t, w)) {
          picked.add(w);
          if (picked.size() == slots) {
            break;
          }
        }
      }
    }
    for (WorkerRec w : picked) {
      reserve(t, w, q);
    }
  }

  /** Offers a worker that may have room the best waiting task of its queues. */
  void offerWorker(WorkerRec w) {
    while (ws.workers.get(w.sid) == w && ws.membership.isReady(w)) {
      TaskRec best = null;
      QueueRec bestQueue = null;
      for (QueueRec q : w.queues) {
        for (TaskRec t : q.waiting) {
          if (t.pendingReservations < q.maxReservedWorkers && eligible(t, w)) {
            if (best == null
                || t.priority > best.priority
                || (t.priority == best.priority
                    && t.virtualStartTime.isBefore(best.virtualStartTime))) {
              best = t;
              bestQueue = q;
            }
            break;
          }
        }
      }
      if (best == null) {
        return;
      }
      reserve(best, w, bestQueue);
    }
  }

  private void reserve(TaskRec t, WorkerRec w, QueueRec q) {
    Instant now = ws.now();
    ReservationRec r = new ReservationRec(ReservationSid.random().value(), t, w, q, now);
    ws.reservations.put(r.sid, r);
    t.reservations.add(r);
    t.pendingReservations++;
    t.reservedBy.add(w.sid);
    t.status = "reserved";
    t.updated = now;
    t.version++;
    ws.membership.change(
        w,
        () -> {
          w.used++;
          w.channels.get(t.channel.sid).used++;
        });
    if (!ws.multiTaskEnabled && q.reservationActivity != null) {
      ws.lifecycle.moveActivity(w, q.reservationActivity);
    }
    ws.log(
        "reservation.created",
        "reservation",
        r.sid,
        reservationUrl(r),
        "Reservation " + r.sid + " created for worker " + w.friendlyName,
        EventData.reservation(ws, r));
    ws.timers.at(
        now.plusSeconds(t.workflow.taskReservationTimeout),
        () -> {
          if ("pending".equals(r.status)) {
            ws.lifecycle.timeout(r);
          }
        });
    t.workflow.assignmentCallbackUrl.ifPresent(
        url -> {
          Map<String, String> form = ws.emulation.callbacks.assignmentForm(ws, r);
          String fallback = t.workflow.fallbackAssignmentCallbackUrl.orElse(null);
          ws.send(() -> ws.emulation.callbacks.postAssignment(ws, r.sid, url, fallback, form));
        });
  }

  String taskUrl(TaskRec t) {
    return ws.url + "/Tasks/" + t.sid;
  }

  String reservationUrl(ReservationRec r) {
    return ws.url + "/Tasks/" + r.task.sid + "/Reservations/" + r.sid;
  }

  private String workflowUrl(TaskRec t) {
    return ws.url + "/Workflows/" + t.workflow.sid;
  }
}
