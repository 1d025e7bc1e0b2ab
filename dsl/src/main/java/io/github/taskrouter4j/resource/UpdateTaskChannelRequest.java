package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that updates a TaskChannel: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateTaskChannelRequest request = UpdateTaskChannelRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateTaskChannelRequest {
  UpdateTaskChannelRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UpdateTaskChannelRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableUpdateTaskChannelRequest.Builder {
    Builder() {}
  }

  /** A new name, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /** Whether workers idle the longest are preferred. Sent as {@code ChannelOptimizedRouting}. */
  public abstract Optional<Boolean> channelOptimizedRouting();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("ChannelOptimizedRouting", channelOptimizedRouting())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("UpdateTaskChannelRequest.friendlyName", friendlyName(), 64);
  }
}
