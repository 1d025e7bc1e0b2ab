package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that updates a Worker's channel: immutable, checked when built, rendered as Twilio's
 * form parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateWorkerChannelRequest request = UpdateWorkerChannelRequest.builder()
 *     .capacity(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateWorkerChannelRequest {
  UpdateWorkerChannelRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UpdateWorkerChannelRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableUpdateWorkerChannelRequest.Builder {
    Builder() {}
  }

  /**
   * How many tasks of this channel the worker handles at once, 0 to 50 (0: none). Sent as {@code
   * Capacity}.
   */
  public abstract OptionalInt capacity();

  /** Whether the worker takes tasks of this channel. Sent as {@code Available}. */
  public abstract Optional<Boolean> available();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form().put("Capacity", capacity()).put("Available", available()).build();
  }

  @Value.Check
  void check() {
    Checks.range("UpdateWorkerChannelRequest.capacity", capacity(), 0, 50L);
  }
}
