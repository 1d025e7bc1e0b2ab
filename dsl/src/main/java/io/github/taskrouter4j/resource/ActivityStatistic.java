package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.ActivitySid;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many workers are in one activity, an element of {@code activity_statistics} in the real-time
 * statistics: {@code {"friendly_name": "Idle", "sid": "WA…", "workers": 3}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityStatistic.class)
@JsonDeserialize(as = ImmutableActivityStatistic.class)
public abstract class ActivityStatistic {
  ActivityStatistic() {}

  /** Starts building an activity statistic. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityStatistic}. */
  public static class Builder extends ImmutableActivityStatistic.Builder {
    Builder() {}
  }

  /** The activity's friendly name. */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The activity's SID. */
  @JsonProperty("sid")
  public abstract Optional<ActivitySid> sid();

  /** How many workers are in the activity. */
  @JsonProperty("workers")
  public abstract OptionalInt workers();

  /** Fields this version does not model, kept for the round trip. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
