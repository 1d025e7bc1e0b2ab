package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Average, minimum, maximum and total of a waiting time in the cumulative statistics, e.g. {@code
 * wait_duration_until_accepted} (Twilio sends whole seconds).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWaitDurationStatistics.class)
@JsonDeserialize(as = ImmutableWaitDurationStatistics.class)
public abstract class WaitDurationStatistics {
  WaitDurationStatistics() {}

  /** Starts building wait duration statistics. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WaitDurationStatistics}. */
  public static class Builder extends ImmutableWaitDurationStatistics.Builder {
    Builder() {}
  }

  /** The average wait. */
  @JsonProperty("avg")
  public abstract Optional<Duration> avg();

  /** The shortest wait. */
  @JsonProperty("min")
  public abstract Optional<Duration> min();

  /** The longest wait. */
  @JsonProperty("max")
  public abstract Optional<Duration> max();

  /** The sum of all waits. */
  @JsonProperty("total")
  public abstract Optional<Duration> total();

  /** Fields this version does not model, kept for the round trip. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
