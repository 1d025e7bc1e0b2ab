package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Workers Real Time Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.workers_real_time_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkersRealTimeStatistics.class)
@JsonDeserialize(as = ImmutableWorkersRealTimeStatistics.class)
public abstract class WorkersRealTimeStatistics {
  WorkersRealTimeStatistics() {}

  /** Starts building a Workers Real Time Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkersRealTimeStatistics}. */
  public static class Builder extends ImmutableWorkersRealTimeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The number of current Workers by Activity. */
  @JsonProperty("activity_statistics")
  public abstract List<ActivityStatistic> activityStatistics();

  /** The total number of Workers. */
  @JsonProperty("total_workers")
  public abstract int totalWorkers();

  /** The SID of the Workspace that contains the Workers. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Workers statistics resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
