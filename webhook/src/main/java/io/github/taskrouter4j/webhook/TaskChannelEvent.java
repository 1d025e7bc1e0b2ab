package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.TaskChannelSid;
import java.util.Optional;

/** {@code task-channel.created}, {@code .updated}, {@code .deleted}. */
public final class TaskChannelEvent extends TaskRouterEvent {
  private final TaskChannelSid taskChannelSid;

  TaskChannelEvent(CallbackParams params) {
    super(params);
    Optional<TaskChannelSid> sid = params.optionalSid("TaskChannelSid", TaskChannelSid::of);
    this.taskChannelSid =
        sid.isPresent() ? sid.get() : params.sid("ResourceSid", TaskChannelSid::of);
    params.bool("TaskChannelOptimizedRouting");
  }

  /** {@code TaskChannelSid}, else {@code ResourceSid}. */
  public TaskChannelSid taskChannelSid() {
    return taskChannelSid;
  }

  /** {@code TaskChannelName}. */
  public Optional<String> name() {
    return params().text("TaskChannelName");
  }

  /** {@code TaskChannelUniqueName}, for example {@code voice}. */
  public Optional<String> uniqueName() {
    return params().text("TaskChannelUniqueName");
  }

  /** {@code TaskChannelOptimizedRouting}. */
  public Optional<Boolean> optimizedRouting() {
    return params().bool("TaskChannelOptimizedRouting");
  }
}
