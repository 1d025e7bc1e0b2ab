package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.ReservationStatus;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.sid.TaskSid;
import java.time.Duration;
import java.util.Optional;

/** Waits for TaskRouter to reserve a worker for a task: routing happens after the task is made. */
final class Reservations {
  private static final Duration POLL = Duration.ofMillis(50);

  private Reservations() {}

  /**
   * The task's pending reservation, polling until one exists.
   *
   * @throws IllegalStateException if none appears within {@code timeout}
   */
  static TaskReservation awaitPending(WorkspaceApi ws, TaskSid task, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<TaskReservation> pending =
          ws.task(task)
              .reservations()
              .list(r -> r.reservationStatus(ReservationStatus.PENDING))
              .findFirst();
      if (pending.isPresent()) {
        return pending.get();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "no worker was reserved for task "
                + task
                + " within "
                + timeout.toSeconds()
                + " s; is a worker of its queue available?");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a reservation", e);
      }
    }
  }
}
