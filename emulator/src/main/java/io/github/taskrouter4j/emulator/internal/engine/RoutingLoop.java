package io.github.taskrouter4j.emulator.internal.engine;

import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WaitingTasks;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assignment loop of one workspace. Where a task goes (filter, escalation steps, priority,
 * timeouts, skip_if) and who may take it (queue, target expression, availability, known worker,
 * order_by, longest idle) come from the workflow's {@link
 * io.github.taskrouter4j.workflow.routing.Router}; this class carries that out on a live server:
 * queues of waiting tasks, reservations, channel capacity, max_reserved_workers, step and
 * reservation timers, and re-offering waiting tasks when a worker frees up. Every method runs under
 * the workspace lock.
 */
public final class RoutingLoop {
  /** Twilio's default task_reservation_timeout, used for tasks routed without a workflow. */
  private static final int DEFAULT_RESERVATION_TIMEOUT = 120;

  private final WorkspaceState ws;

  RoutingLoop(WorkspaceState ws) {
    this.ws = ws;
  }

  /** A new task: log it, arm its TTL and route it from the first filter. */
  public void submit(TaskRec t) {
    ws.tasks.put(t.sid, t);
    logTask("task.created", t, "Task " + t.sid + " created");
    t.ttl =
        ws.timers.at(
            t.created.plusSeconds(t.timeoutSeconds),
            () -> {
              if (t.isWaiting() && ws.tasks.get(t.sid) == t) {
                ws.lifecycle.cancel(t, "Task TTL Exceeded");
              }
            });
    if (t.targetWorker.isPresent()) {
      t.targetWorker.get().directTasks.add(t);
      offerTask(t);
    } else {
      follow(t, router(t).route(t.attributes, ws.now()));
    }
  }

  /** Re-evaluates a waiting task from the first filter (attributes or workflow changed). */
  public void reroute(TaskRec t) {
    if (t.targetWorker.isPresent()) {
      offerTask(t);
    } else {
      follow(t, router(t).route(t.attributes, ws.now()));
    }
  }

  /** The engine routing {@code t}: its workflow's, or its queue's for a task without one. */
  private Router router(TaskRec t) {
    return t.workflow != null ? t.workflow.router : ws.routing.queueRouter(t.directQueue.get());
  }

  /**
   * Carries out the engine's decision now: steps that skip_if skipped are logged and passed, the
   * first other step is entered; when there is none, the task leaves the workflow as the decision
   * says.
   */
  private void follow(TaskRec t, RoutingDecision decision) {
    for (RoutingStep step : decision.steps()) {
      if (!step.skipped()) {
        enterStep(t, step);
        return;
      }
      enterStep(t, step);
      logTask("workflow.skipped", t, "Task " + t.sid + " skipped " + step.path());
    }
    String reason;
    if (decision.match() == RoutingDecision.Match.NONE && t.step == null) {
      reason = "Task did not match any workflow filter and the workflow has no default_filter";
    } else {
      boolean skipped = decision.ending() == RoutingDecision.Ending.SKIPPED_OUT;
      ws.log(
          skipped ? "workflow.skipped" : "workflow.timeout",
          "workflow",
          t.workflow.sid,
          workflowUrl(t),
          "Task " + t.sid + " fell out of workflow " + t.workflow.sid,
          EventData.task(ws, t));
      reason = skipped ? "Workflow Skipped" : "Workflow Timeout";
    }
    ws.lifecycle.cancel(t, reason);
  }

  /** Puts the task in {@code step}'s queue; a step skip_if skipped is only logged as entered. */
  private void enterStep(TaskRec t, RoutingStep step) {
    QueueRec queue = ws.queue(step.queue().value());
    Instant now = ws.now();
    leaveQueue(t);
    t.step = step;
    int generation = ++t.stepGeneration;
    t.declinedBy.clear();
    step.priority().ifPresent(p -> t.priority = p);
    t.filter =
        step.filterIndex().isPresent()
            ? Optional.of(
                t.workflow.configuration.taskRouting().filters().get(step.filterIndex().getAsInt()))
            : Optional.empty();
    t.queue = Optional.of(queue);
    t.queueEntered = Optional.of(now);
    t.updated = now;
    if (!step.skipped()) {
      t.shape = shape(t);
      queue.waiting.add(t);
    }
    logTask("workflow.target-matched", t, "Task " + t.sid + " matched " + step.path());
    ws.log(
        "task-queue.entered",
        "task_queue",
        queue.sid,
        ws.url + "/TaskQueues/" + queue.sid,
        "Task " + t.sid + " entered TaskQueue " + queue.friendlyName,
        EventData.task(ws, t));
    if (step.skipped()) {
      return;
    }
    step.timeout()
        .ifPresent(
            timeout ->
                t.stepTimeout =
                    ws.timers.at(
                        now.plus(timeout),
                        () -> {
                          if (t.stepGeneration == generation
                              && t.isWaiting()
                              && ws.tasks.get(t.sid) == t) {
                            timedOut(t);
                          }
                        }));
    offerTask(t);
  }

  /** The step's timeout fired: release its reservations and route onwards. */
  private void timedOut(TaskRec t) {
    List<WorkerRec> released = ws.lifecycle.cancelPendingReservations(t);
    logTask("task-queue.timeout", t, "Task " + t.sid + " timed out of " + t.step.path());
    follow(t, router(t).continueAfter(t.attributes, t.step, ws.now()));
    released.forEach(this::offerWorker);
  }

  /**
   * Whether the task's step still exists in its workflow's configuration (after an update, a task
   * whose step is gone is routed again from the first filter).
   */
  public boolean stepStillRoutable(TaskRec t) {
    if (t.step == null) {
      return false;
    }
    try {
      router(t).eligibleWorkers(t.attributes, t.step, ws.now());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Applies {@code change} to a task's priority, virtual start time or attributes: a task waiting
   * in a queue leaves it during the change and comes back in its new place and group, keeping its
   * step and step timer.
   */
  public void requeue(TaskRec t, Runnable change) {
    Optional<QueueRec> queue = t.queue.filter(q -> q.waiting.remove(t));
    change.run();
    queue.ifPresent(
        q -> {
          t.shape = shape(t);
          q.waiting.add(t);
        });
  }

  /**
   * What decides who may take {@code t} in its step: the router's eligibility key with the task's
   * channel, or the task itself when its target expression reads the task as a whole (or its step
   * is gone from the configuration, and it waits to be routed again).
   */
  private Object shape(TaskRec t) {
    try {
      Optional<Object> key = router(t).eligibilityKey(t.attributes, t.step);
      return key.isPresent() ? List.of(key.get(), t.channel) : t;
    } catch (IllegalArgumentException stepGone) {
      return t;
    }
  }

  public void leaveQueue(TaskRec t) {
    if (t.stepTimeout != null) {
      t.stepTimeout.cancel();
      t.stepTimeout = null;
    }
    t.queue.ifPresent(q -> q.waiting.remove(t));
    t.targetWorker.ifPresent(w -> w.directTasks.remove(t));
  }

  /**
   * Whether {@code w} may get a reservation for {@code t} now: the engine's eligibility for the
   * task's step, plus what only a live server knows (room on the channel, earlier offers). The
   * definition {@link #firstTakeable} applies a shape at a time; its test scans with this one.
   */
  boolean eligible(TaskRec t, WorkerRec w) {
    if (t.targetWorker.isPresent()) {
      return t.targetWorker.get() == w && directlyReservable(t, w);
    }
    return ws.membership.hasRoom(w, t.channel)
        && !t.declinedBy.contains(w.sid)
        && !t.reservedBy.contains(w.sid)
        && router(t).isEligible(t.attributes, t.step, WorkerSid.of(w.sid), ws.now());
  }

  /**
   * Whether the worker a task is routed to (RoutingTarget WK…) may be reserved now: at most one
   * reservation at a time, never again after a rejection or timeout, and, unless IgnoreCapacity,
   * only while available with room on the task's channel.
   */
  private boolean directlyReservable(TaskRec t, WorkerRec w) {
    return ws.workers.get(w.sid) == w
        && t.pendingReservations == 0
        && !t.declinedBy.contains(w.sid)
        && (t.ignoreCapacity || (w.available() && ws.membership.hasRoom(w, t.channel)));
  }

  /** Offers a waiting task to the workers its step makes eligible, best first. */
  public void offerTask(TaskRec t) {
    if (t.targetWorker.isPresent()) {
      if (t.isWaiting() && directlyReservable(t, t.targetWorker.get())) {
        reserve(t, t.targetWorker.get(), null);
      }
      return;
    }
    if (!t.isWaiting() || t.step == null || t.queue.isEmpty()) {
      return;
    }
    QueueRec q = t.queue.get();
    int slots = q.maxReservedWorkers - t.pendingReservations;
    if (slots <= 0) {
      return;
    }
    List<WorkerRec> picked = new ArrayList<>();
    for (WorkerState candidate : router(t).eligibleWorkers(t.attributes, t.step, ws.now())) {
      WorkerRec w = ws.workers.get(candidate.sid().value());
      if (w != null
          && ws.membership.hasRoom(w, t.channel)
          && !t.declinedBy.contains(w.sid)
          && !t.reservedBy.contains(w.sid)) {
        picked.add(w);
        if (picked.size() == slots) {
          break;
        }
      }
    }
    for (WorkerRec w : picked) {
      reserve(t, w, q);
    }
  }

  /**
   * Offers a worker that may have room the best waiting task of its queues, or routed straight to
   * it.
   */
  public void offerWorker(WorkerRec w) {
    while (ws.workers.get(w.sid) == w && ws.membership.isReady(w)) {
      TaskRec best = null;
      QueueRec bestQueue = null;
      for (TaskRec t : w.directTasks) {
        if (t.isWaiting() && directlyReservable(t, w) && better(t, best)) {
          best = t;
        }
      }
      for (QueueRec q : w.queues) {
        TaskRec t = firstTakeable(q, w);
        if (t != null && better(t, best)) {
          best = t;
          bestQueue = q;
        }
      }
      if (best == null) {
        return;
      }
      reserve(best, w, bestQueue);
    }
  }

  /**
   * The first task of {@code q}, in the queue's order, that {@code w} may be reserved for now, or
   * null: the first open task (below max_reserved_workers) that {@link #eligible} allows. One
   * eligibility test per shape of waiting task decides for all tasks of that shape, so the cost is
   * the number of shapes plus the tasks of eligible shapes that {@code w} already declined or
   * holds.
   */
  TaskRec firstTakeable(QueueRec q, WorkerRec w) {
    WorkerSid worker = WorkerSid.of(w.sid);
    Instant now = ws.now();
    TaskRec first = null;
    for (WaitingTasks.Group group : q.waiting.groups()) {
      if (group.open().isEmpty()) {
        continue;
      }
      TaskRec sample = group.open().first();
      if (!group.shape().equals(shape(sample))) {
        // The workflow or the queues changed since the tasks were grouped: group them again.
        q.waiting.regroup(this::shape);
        return firstTakeable(q, w);
      }
      if (!ws.membership.hasRoom(w, sample.channel)
          || !router(sample).isEligible(sample.attributes, sample.step, worker, now)) {
        continue;
      }
      for (TaskRec t : group.open()) {
        if (first != null && q.waiting.order().compare(t, first) > 0) {
          break;
        }
        if (!t.declinedBy.contains(w.sid) && !t.reservedBy.contains(w.sid)) {
          first = t;
          break;
        }
      }
    }
    return first;
  }

  /** Higher priority first, then the earlier virtual start time. */
  private static boolean better(TaskRec t, TaskRec best) {
    return best == null
        || t.priority > best.priority
        || (t.priority == best.priority && t.virtualStartTime.isBefore(best.virtualStartTime));
  }

  /** Reserves {@code w} for {@code t}; {@code q} is null for a task routed straight to a worker. */
  private void reserve(TaskRec t, WorkerRec w, QueueRec q) {
    Instant now = ws.now();
    ReservationRec r = new ReservationRec(ReservationSid.random().value(), t, w, q, now);
    ws.reservations.put(r.sid, r);
    t.reservations.add(r);
    t.pendingReservations++;
    t.reservedBy.add(w.sid);
    t.queue.ifPresent(queue -> queue.waiting.refresh(t));
    w.pending.add(r);
    t.status = "reserved";
    t.updated = now;
    t.version++;
    ws.membership.change(
        w,
        () -> {
          w.used++;
          w.channels.get(t.channel.sid).used++;
        });
    if (!ws.multiTaskEnabled && q != null && q.reservationActivity != null) {
      ws.lifecycle.moveActivity(w, q.reservationActivity);
    }
    logReservation(
        "reservation.created", r, "Reservation " + r.sid + " created for worker " + w.friendlyName);
    int reservationTimeout =
        t.workflow != null ? t.workflow.taskReservationTimeout : DEFAULT_RESERVATION_TIMEOUT;
    r.timeout =
        ws.timers.at(
            now.plusSeconds(reservationTimeout),
            () -> {
              if ("pending".equals(r.status)) {
                ws.lifecycle.timeout(r);
              }
            });
    if (t.workflow == null) {
      return;
    }
    t.workflow.assignmentCallbackUrl.ifPresent(
        url -> {
          Map<String, String> form = ws.emulation.callbacks.assignmentForm(ws, r);
          String fallback = t.workflow.fallbackAssignmentCallbackUrl.orElse(null);
          ws.send(() -> ws.emulation.callbacks.postAssignment(ws, r.sid, url, fallback, form));
        });
  }

  /** Logs a task event, with the task's event data. */
  public void logTask(String type, TaskRec t, String description) {
    ws.log(type, "task", t.sid, taskUrl(t), description, EventData.task(ws, t));
  }

  /** Logs a reservation event, with the reservation's event data. */
  void logReservation(String type, ReservationRec r, String description) {
    ws.log(
        type, "reservation", r.sid, reservationUrl(r), description, EventData.reservation(ws, r));
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
