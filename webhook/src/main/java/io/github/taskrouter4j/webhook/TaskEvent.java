package io.github.taskrouter4j.webhook;

import java.util.Optional;

/**
 * {@code task.created}, {@code .updated}, {@code .canceled}, {@code .wrapup}, {@code .completed},
 * {@code .deleted}, {@code .system-deleted} and the {@code task.transfer-*} events.
 */
public final class TaskEvent extends TaskRouterEvent {
  private final TaskDetails task;
  private final Optional<WorkerDetails> worker;

  TaskEvent(CallbackParams params) {
    super(params);
    this.task = TaskDetails.required(params, true);
    this.worker = WorkerDetails.optional(params, false);
  }

  /** The task ({@code TaskSid}, else {@code ResourceSid}). */
  public TaskDetails task() {
    return task;
  }

  /** The worker, when the event names one (for example {@code task.completed}). */
  public Optional<WorkerDetails> worker() {
    return worker;
  }

  /** {@code TransferSid}, for the {@code task.transfer-*} events. */
  public Optional<String> transferSid() {
    return params().text("TransferSid");
  }
}
