package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that creates a TaskChannel: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateTaskChannelRequest request = CreateTaskChannelRequest.builder()
 *     .friendlyName(…)
 *     .uniqueName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateTaskChannelRequest {
  CreateTaskChannelRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CreateTaskChannelRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableCreateTaskChannelRequest.Builder {
    Builder() {}
  }

  /** A name, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract String friendlyName();

  /**
   * The unique name tasks use to pick the channel, e.g. {@code chat}. Sent as {@code UniqueName}.
   */
  public abstract String uniqueName();

  /** Whether workers idle the longest are preferred. Sent as {@code ChannelOptimizedRouting}. */
  public abstract Optional<Boolean> channelOptimizedRouting();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("UniqueName", uniqueName())
        .put("ChannelOptimizedRouting", channelOptimizedRouting())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateTaskChannelRequest.friendlyName", friendlyName(), 64);
    Checks.name("CreateTaskChannelRequest.uniqueName", uniqueName(), 64);
  }
}
