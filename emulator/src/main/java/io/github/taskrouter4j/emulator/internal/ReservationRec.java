package io.github.taskrouter4j.emulator.internal;

import java.time.Instant;

/** A reservation of one task for one worker; guarded by its workspace's lock. */
final class ReservationRec {
  final String sid;
  final TaskRec task;
  final WorkerRec worker;

  /** The queue the task was reserved from; null for a task routed straight to a worker. */
  final QueueRec queue;

  String status = "pending";
  final Instant created;
  Instant updated;

  ReservationRec(String sid, TaskRec task, WorkerRec worker, QueueRec queue, Instant now) {
    this.sid = sid;
    this.task = task;
    this.worker = worker;
    this.queue = queue;
    this.created = now;
    this.updated = now;
  }
}
