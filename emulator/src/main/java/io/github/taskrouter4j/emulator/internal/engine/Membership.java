package io.github.taskrouter4j.emulator.internal.engine;

import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;

/**
 * Keeps each queue's members (workers matching target_workers) and ready workers (members that are
 * available with room) up to date, so routing looks only at workers that can take work.
 */
public final class Membership {
  private final WorkspaceState ws;

  Membership(WorkspaceState ws) {
    this.ws = ws;
  }

  boolean hasRoom(WorkerRec w, TaskChannelRec channel) {
    WorkerChannelRec wc = w.channels.get(channel.sid);
    if (wc == null || !wc.available) {
      return false;
    }
    return ws.multiTaskEnabled ? wc.used < wc.configuredCapacity : w.used == 0;
  }

  boolean isReady(WorkerRec w) {
    if (!w.available()) {
      return false;
    }
    if (!ws.multiTaskEnabled) {
      return w.used == 0 && w.channels.values().stream().anyMatch(c -> c.available);
    }
    for (WorkerChannelRec c : w.channels.values()) {
      if (c.hasRoom()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a change to the worker's availability, capacity or idle time, keeping ready sets right.
   */
  public void change(WorkerRec w, Runnable mutation) {
    for (QueueRec q : w.queues) {
      q.ready.remove(w);
    }
    mutation.run();
    if (isReady(w)) {
      for (QueueRec q : w.queues) {
        q.ready.add(w);
      }
    }
    ws.routing.workerChanged(w);
  }

  /** Re-tests every queue's target_workers against a new or changed worker. */
  public void placeWorker(WorkerRec w) {
    removeWorker(w);
    for (QueueRec q : ws.queues.values()) {
      if (q.targetWorkers.test(w, ws.now())) {
        w.queues.add(q);
        q.members.add(w);
      }
    }
    change(w, () -> {});
  }

  public void removeWorker(WorkerRec w) {
    for (QueueRec q : w.queues) {
      q.ready.remove(w);
      q.members.remove(w);
    }
    w.queues.clear();
  }

  /**
   * Re-tests a new or changed queue's target_workers against every worker, and hands the queues to
   * the workflows' routers.
   */
  public void placeQueue(QueueRec q) {
    removeQueue(q);
    ws.routing.queuesChanged();
    for (WorkerRec w : ws.workers.values()) {
      if (q.targetWorkers.test(w, ws.now())) {
        w.queues.add(q);
        q.members.add(w);
        if (isReady(w)) {
          q.ready.add(w);
        }
      }
    }
  }

  public void removeQueue(QueueRec q) {
    for (WorkerRec w : q.members) {
      w.queues.remove(q);
    }
    q.members.clear();
    q.ready.clear();
  }
}
