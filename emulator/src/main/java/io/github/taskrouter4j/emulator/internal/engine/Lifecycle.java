package io.github.taskrouter4j.emulator.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Task, reservation and worker transitions of one workspace, each checked against the current state
 * (a wrong transition is refused with a message naming the current status) and logged as exactly
 * one event. Every method runs under the workspace lock.
 */
public final class Lifecycle {
  private final WorkspaceState ws;

  Lifecycle(WorkspaceState ws) {
    this.ws = ws;
  }

  private void requirePending(ReservationRec r, String verb) {
    if ("rescinded".equals(r.status)) {
      throw ApiError.gone(
          "Reservation "
              + r.sid
              + " was rescinded (another worker accepted the task); it can no longer be "
              + verb);
    }
    if (!"pending".equals(r.status)) {
      throw ApiError.invalid(
          "Reservation "
              + r.sid
              + " is "
              + r.status
              + "; only a pending reservation can be "
              + verb);
    }
  }

  /** A reservation stops being pending: drop it from its worker's index and its timeout timer. */
  private static void leavePending(ReservationRec r) {
    r.worker.pending.remove(r);
    if (r.timeout != null) {
      r.timeout.cancel();
      r.timeout = null;
    }
  }

  /** The task no longer waits (assigned, ended or deleted): its TTL timer has nothing to do. */
  private static void stopWaiting(TaskRec t) {
    if (t.ttl != null) {
      t.ttl.cancel();
      t.ttl = null;
    }
  }

  public void accept(ReservationRec r) {
    requirePending(r, "accepted");
    Instant now = ws.now();
    TaskRec t = r.task;
    leavePending(r);
    stopWaiting(t);
    r.status = "accepted";
    r.updated = now;
    t.pendingReservations--;
    t.reservedBy.remove(r.worker.sid);
    t.status = "assigned";
    t.assignedWorker = Optional.of(r.worker);
    t.updated = now;
    t.version++;
    ws.engine.leaveQueue(t);
    ws.engine.logReservation(
        "reservation.accepted",
        r,
        "Reservation " + r.sid + " accepted by worker " + r.worker.friendlyName);
    List<WorkerRec> released = new ArrayList<>();
    for (ReservationRec other : t.reservations) {
      if (other != r && "pending".equals(other.status)) {
        end(other, "rescinded", "rescinded: another worker accepted the task");
        released.add(other.worker);
      }
    }
    if (!ws.multiTaskEnabled && r.queue != null && r.queue.assignmentActivity != null) {
      moveActivity(r.worker, r.queue.assignmentActivity);
    }
    released.forEach(ws.engine::offerWorker);
  }

  public void reject(ReservationRec r, Optional<ActivityRec> activity) {
    requirePending(r, "rejected");
    TaskRec t = r.task;
    t.declinedBy.add(r.worker.sid);
    end(r, "rejected", "rejected by worker " + r.worker.friendlyName);
    activity.ifPresent(a -> moveActivity(r.worker, a));
    ws.engine.offerTask(t);
    ws.engine.offerWorker(r.worker);
  }

  void timeout(ReservationRec r) {
    TaskRec t = r.task;
    t.declinedBy.add(r.worker.sid);
    end(r, "timeout", "timed out waiting for worker " + r.worker.friendlyName);
    if (ws.timeoutActivity != null && r.worker.activity != ws.timeoutActivity) {
      moveActivity(r.worker, ws.timeoutActivity);
    }
    ws.engine.offerTask(t);
    ws.engine.offerWorker(r.worker);
  }

  /** Ends a pending reservation (not accepted): frees the worker, task back to pending if last. */
  private void end(ReservationRec r, String status, String why) {
    Instant now = ws.now();
    TaskRec t = r.task;
    leavePending(r);
    r.status = status;
    r.updated = now;
    release(r.worker, t, false);
    t.pendingReservations--;
    t.reservedBy.remove(r.worker.sid);
    t.queue.ifPresent(q -> q.waiting.refresh(t));
    if (t.pendingReservations == 0 && "reserved".equals(t.status)) {
      t.status = "pending";
      t.updated = now;
      t.version++;
    }
    ws.engine.logReservation("reservation." + status, r, "Reservation " + r.sid + " " + why);
  }

  private void release(WorkerRec w, TaskRec t, boolean finishedWork) {
    Instant now = ws.now();
    ws.membership.change(
        w,
        () -> {
          w.used--;
          WorkerChannelRec channel = w.channels.get(t.channel.sid);
          if (channel != null) {
            channel.used--;
          }
          if (finishedWork) {
            w.idleSince = now;
          }
        });
  }

  /**
   * Cancels the task's pending reservations (step moved on or task ended); returns their workers.
   */
  List<WorkerRec> cancelPendingReservations(TaskRec t) {
    List<WorkerRec> released = new ArrayList<>();
    for (ReservationRec r : t.reservations) {
      if ("pending".equals(r.status)) {
        end(r, "canceled", "canceled before it was accepted");
        released.add(r.worker);
      }
    }
    return released;
  }

  private ReservationRec accepted(TaskRec t) {
    for (ReservationRec r : t.reservations) {
      if ("accepted".equals(r.status) || "wrapping".equals(r.status)) {
        return r;
      }
    }
    throw new IllegalStateException("assigned task without accepted reservation: " + t.sid);
  }

  public void complete(TaskRec t, Optional<String> reason) {
    if (!"assigned".equals(t.status) && !"wrapping".equals(t.status)) {
      throw ApiError.invalid(
          "Task "
              + t.sid
              + " is "
              + t.status
              + "; only an assigned or wrapping task can be completed");
    }
    Instant now = ws.now();
    ReservationRec r = accepted(t);
    t.status = "completed";
    t.reason = reason.or(() -> Optional.of("Task completed"));
    t.updated = now;
    t.version++;
    r.status = "completed";
    r.updated = now;
    release(r.worker, t, true);
    ws.engine.logTask("task.completed", t, "Task " + t.sid + " completed");
    ws.engine.logReservation("reservation.completed", r, "Reservation " + r.sid + " completed");
    ws.engine.offerWorker(r.worker);
  }

  public void wrap(TaskRec t, Optional<String> reason) {
    if (!"assigned".equals(t.status)) {
      throw ApiError.invalid(
          "Task " + t.sid + " is " + t.status + "; only an assigned task can move to wrapping");
    }
    Instant now = ws.now();
    ReservationRec r = accepted(t);
    t.status = "wrapping";
    reason.ifPresent(x -> t.reason = Optional.of(x));
    t.updated = now;
    t.version++;
    r.status = "wrapping";
    r.updated = now;
    ws.engine.logTask("task.wrapup", t, "Task " + t.sid + " wrapping up");
    ws.engine.logReservation("reservation.wrapup", r, "Reservation " + r.sid + " wrapping up");
  }

  public void cancel(TaskRec t, String reason) {
    if (!t.isWaiting()) {
      throw ApiError.invalid(
          "Task "
              + t.sid
              + " is "
              + t.status
              + "; only a pending or reserved task can be canceled"
              + ("assigned".equals(t.status) ? " (complete it instead)" : ""));
    }
    List<WorkerRec> released = cancelPendingReservations(t);
    ws.engine.leaveQueue(t);
    stopWaiting(t);
    t.status = "canceled";
    t.reason = Optional.of(reason);
    t.updated = ws.now();
    t.version++;
    ws.engine.logTask("task.canceled", t, "Task " + t.sid + " canceled: " + reason);
    released.forEach(ws.engine::offerWorker);
  }

  public void delete(TaskRec t) {
    List<WorkerRec> released = new ArrayList<>();
    if (t.isWaiting()) {
      released.addAll(cancelPendingReservations(t));
      ws.engine.leaveQueue(t);
    } else if ("assigned".equals(t.status) || "wrapping".equals(t.status)) {
      ReservationRec r = accepted(t);
      r.status = "canceled";
      release(r.worker, t, true);
      released.add(r.worker);
    }
    stopWaiting(t);
    ws.engine.leaveQueue(t);
    ws.tasks.remove(t.sid);
    t.reservations.forEach(r -> ws.reservations.remove(r.sid));
    ws.engine.logTask("task.deleted", t, "Task " + t.sid + " deleted");
    t.status = "canceled".equals(t.status) || "completed".equals(t.status) ? t.status : "canceled";
    released.forEach(ws.engine::offerWorker);
  }

  /** A worker's activity change requested through the API. */
  public void changeActivity(WorkerRec w, ActivityRec a, boolean rejectPending) {
    if (w.activity == a) {
      return;
    }
    List<ReservationRec> pending = new ArrayList<>(w.pending);
    if (!a.available && !pending.isEmpty()) {
      if (!rejectPending) {
        throw ApiError.invalid(
            "Worker "
                + w.sid
                + " has "
                + pending.size()
                + " pending reservation(s) and cannot move to the unavailable activity '"
                + a.friendlyName
                + "'; answer them first or pass RejectPendingReservations=true");
      }
      for (ReservationRec r : pending) {
        r.task.declinedBy.add(w.sid);
        end(
            r,
            "rejected",
            "rejected because worker " + w.friendlyName + " moved to " + a.friendlyName);
      }
    }
    moveActivity(w, a);
    pending.forEach(r -> ws.engine.offerTask(r.task));
    ws.engine.offerWorker(w);
  }

  /** Moves a worker to an activity (also used for reservation/assignment/timeout activities). */
  void moveActivity(WorkerRec w, ActivityRec a) {
    ActivityRec previous = w.activity;
    Instant now = ws.now();
    ws.membership.change(
        w,
        () -> {
          w.activity = a;
          w.statusChanged = now;
          w.updated = now;
          if (a.available && !previous.available) {
            w.idleSince = now;
          }
        });
    ObjectNode data = EventData.worker(ws, w);
    data.put("worker_previous_activity_sid", previous.sid);
    data.put("worker_previous_activity_name", previous.friendlyName);
    ws.log(
        "worker.activity.update",
        "worker",
        w.sid,
        ws.url + "/Workers/" + w.sid,
        "Worker " + w.friendlyName + " updated to " + a.friendlyName + " Activity",
        data);
  }
}
