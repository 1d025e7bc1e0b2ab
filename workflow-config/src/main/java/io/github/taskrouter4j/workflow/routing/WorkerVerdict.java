package io.github.taskrouter4j.workflow.routing;

import java.util.Objects;

/**
 * Whether one worker is eligible for one routing step and, if not, the first reason why, in the
 * order TaskRouter narrows workers down: queue membership ({@code target_workers}), the step's
 * target expression, the known worker, then availability.
 *
 * <pre>{@code
 * for (WorkerVerdict v : router.explain(task, step, now).verdicts()) {
 *   System.out.println(v);   // "bob: not available (activity Offline)"
 * }
 * }</pre>
 */
public final class WorkerVerdict {
  /** Why a worker is, or is not, eligible. */
  public enum Reason {
    /** In the queue, matches the target expression and is available: a reservation may follow. */
    ELIGIBLE,
    /** The queue's {@code target_workers} expression does not match the worker. */
    NOT_IN_QUEUE,
    /** The step's target {@code expression} does not match the worker for this task. */
    TARGET_EXPRESSION,
    /** A known-worker step ({@code known_worker_sid} / {@code known_worker_friendly_name}). */
    NOT_KNOWN_WORKER,
    /** The worker's activity is not an available one. */
    UNAVAILABLE
  }

  private final WorkerState worker;
  private final Reason reason;
  private final String detail;

  WorkerVerdict(WorkerState worker, Reason reason, String detail) {
    this.worker = Objects.requireNonNull(worker, "worker == null");
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.detail = Objects.requireNonNull(detail, "detail == null");
  }

  /** The worker judged. */
  public WorkerState worker() {
    return worker;
  }

  /** The first reason the worker is not eligible, or {@link Reason#ELIGIBLE}. */
  public Reason reason() {
    return reason;
  }

  /** Whether the worker is eligible for the step. */
  public boolean eligible() {
    return reason == Reason.ELIGIBLE;
  }

  /**
   * The reason in words, naming the expression or activity, for example {@code not available
   * (activity Offline)} or {@code does not match target_workers skills HAS "billing" of queue
   * Billing}.
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkerVerdict)) {
      return false;
    }
    WorkerVerdict other = (WorkerVerdict) o;
    return worker.equals(other.worker) && reason == other.reason && detail.equals(other.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(worker, reason, detail);
  }

  /** For example {@code bob: not available (activity Offline)}. */
  @Override
  public String toString() {
    return worker.friendlyName() + ": " + detail;
  }
}
