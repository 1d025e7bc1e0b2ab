package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.ActivitySid;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long workers spent in one activity, an element of {@code activity_durations} in the
 * cumulative worker statistics (Twilio sends whole seconds).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityDuration.class)
@JsonDeserialize(as = ImmutableActivityDuration.class)
public abstract class ActivityDuration {
  ActivityDuration() {}

  /** Starts building an activity duration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityDuration}. */
  public static class Builder extends ImmutableActivityDuration.Builder {
    Builder() {}
  }

  /** The longest time a worker spent in the activity. */
  @JsonProperty("max")
  public abstract Optional<Duration> max();

  /** The shortest time a worker spent in the activity. */
  @JsonProperty("min")
  public abstract Optional<Duration> min();

  /** The activity's SID. */
  @JsonProperty("sid")
  public abstract Optional<ActivitySid> sid();

  /** The activity's friendly name. */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The average time spent in the activity. */
  @JsonProperty("avg")
  public abstract Optional<Duration> avg();

  /** The total time spent in the activity. */
  @JsonProperty("total")
  public abstract Optional<Duration> total();

  /** Fields this version does not model, kept for the round trip. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
