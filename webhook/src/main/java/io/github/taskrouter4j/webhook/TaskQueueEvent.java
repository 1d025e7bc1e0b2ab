package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.Optional;

/**
 * {@code task-queue.created}, {@code .deleted}, {@code .expression.updated}, and the task movements
 * {@code task-queue.entered}, {@code .timeout}, {@code .moved} (which carry the task).
 */
public final class TaskQueueEvent extends TaskRouterEvent {
  private final TaskQueueSid taskQueueSid;
  private final Optional<TaskDetails> task;

  TaskQueueEvent(CallbackParams params) {
    super(params);
    Optional<TaskQueueSid> sid = params.optionalSid("TaskQueueSid", TaskQueueSid::of);
    this.taskQueueSid = sid.isPresent() ? sid.get() : params.sid("ResourceSid", TaskQueueSid::of);
    this.task = TaskDetails.optional(params, false);
  }

  /** {@code TaskQueueSid}, else {@code ResourceSid}. */
  public TaskQueueSid taskQueueSid() {
    return taskQueueSid;
  }

  /** {@code TaskQueueName}. */
  public Optional<String> name() {
    return params().text("TaskQueueName");
  }

  /** {@code TaskQueueTargetExpression}: the queue's {@code target_workers}. */
  public Optional<String> targetExpression() {
    return params().text("TaskQueueTargetExpression");
  }

  /** The task that entered, timed out of or moved between queues. */
  public Optional<TaskDetails> task() {
    return task;
  }
}
