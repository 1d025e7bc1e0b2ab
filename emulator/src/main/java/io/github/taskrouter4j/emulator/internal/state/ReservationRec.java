package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;

/** A reservation of one task for one worker; guarded by its workspace's lock. */
public final class ReservationRec {
  public final String sid;
  public final TaskRec task;
  public final WorkerRec worker;

  /** The queue the task was reserved from; null for a task routed straight to a worker. */
  public final QueueRec queue;

  public String status = "pending";
  public final Instant created;
  public Instant updated;

  /** Fires the reservation timeout while pending; cancelled once the reservation is answered. */
  public Timers.Timer timeout;

  public ReservationRec(String sid, TaskRec task, WorkerRec worker, QueueRec queue, Instant now) {
    this.sid = sid;
    this.task = task;
    this.worker = worker;
    this.queue = queue;
    this.created = now;
    this.updated = now;
  }
}
