package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.ReservationSid;
import java.util.Optional;

/**
 * {@code reservation.created}, {@code .accepted}, {@code .rejected}, {@code .timeout}, {@code
 * .canceled}, {@code .rescinded}, {@code .completed}, {@code .failed}, {@code .wrapup}: a
 * reservation linking a task to a worker.
 */
public final class ReservationEvent extends TaskRouterEvent {
  private final ReservationSid reservationSid;
  private final TaskDetails task;
  private final WorkerDetails worker;

  ReservationEvent(CallbackParams params) {
    super(params);
    Optional<ReservationSid> sid = params.optionalSid("ReservationSid", ReservationSid::of);
    this.reservationSid =
        sid.isPresent() ? sid.get() : params.sid("ResourceSid", ReservationSid::of);
    this.task = TaskDetails.required(params, false);
    this.worker = WorkerDetails.required(params, false);
  }

  /** {@code ReservationSid}, else {@code ResourceSid}. */
  public ReservationSid reservationSid() {
    return reservationSid;
  }

  /** The reserved task. */
  public TaskDetails task() {
    return task;
  }

  /** The reserved worker. */
  public WorkerDetails worker() {
    return worker;
  }
}
