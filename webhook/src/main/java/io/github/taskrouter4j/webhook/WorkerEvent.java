package io.github.taskrouter4j.webhook;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code worker.created}, {@code .activity.update}, {@code .attributes.update}, {@code
 * .capacity.update}, {@code .channel.availability.update}, {@code .deleted}.
 */
public final class WorkerEvent extends TaskRouterEvent {
  private final WorkerDetails worker;

  WorkerEvent(CallbackParams params) {
    super(params);
    this.worker = WorkerDetails.required(params, true);
  }

  /** The worker ({@code WorkerSid}, else {@code ResourceSid}). */
  public WorkerDetails worker() {
    return worker;
  }

  /** {@code WorkerChannelTaskChannelUniqueName}, for the channel events. */
  public Optional<String> channelUniqueName() {
    return params().text("WorkerChannelTaskChannelUniqueName");
  }

  /** {@code WorkerChannelAvailable}, for {@code worker.channel.availability.update}. */
  public Optional<Boolean> channelAvailable() {
    return params().bool("WorkerChannelAvailable");
  }

  /** {@code WorkerChannelCapacity}, for {@code worker.capacity.update}. */
  public OptionalInt channelCapacity() {
    return params().int32("WorkerChannelCapacity");
  }
}
