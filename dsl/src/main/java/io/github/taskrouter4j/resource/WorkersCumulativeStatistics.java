package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A TaskRouter Workers Cumulative Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.workers_cumulative_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkersCumulativeStatistics.class)
@JsonDeserialize(as = ImmutableWorkersCumulativeStatistics.class)
public abstract class WorkersCumulativeStatistics {
  WorkersCumulativeStatistics() {}

  /** Starts building a Workers Cumulative Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkersCumulativeStatistics}. */
  public static class Builder extends ImmutableWorkersCumulativeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /**
   * The beginning of the interval during which these statistics were calculated, in ISO 8601
   * format.
   */
  @JsonProperty("start_time")
  public abstract Optional<Instant> startTime();

  /** The end of the interval during which these statistics were calculated, in ISO 8601 format. */
  @JsonProperty("end_time")
  public abstract Optional<Instant> endTime();

  /**
   * The minimum, average, maximum, and total time (in seconds) that Workers spent in each Activity.
   */
  @JsonProperty("activity_durations")
  public abstract List<ActivityDuration> activityDurations();

  /** The total number of Reservations that were created. */
  @JsonProperty("reservations_created")
  public abstract OptionalInt reservationsCreated();

  /** The total number of Reservations that were accepted. */
  @JsonProperty("reservations_accepted")
  public abstract OptionalInt reservationsAccepted();

  /** The total number of Reservations that were rejected. */
  @JsonProperty("reservations_rejected")
  public abstract OptionalInt reservationsRejected();

  /** The total number of Reservations that were timed out. */
  @JsonProperty("reservations_timed_out")
  public abstract OptionalInt reservationsTimedOut();

  /** The total number of Reservations that were canceled. */
  @JsonProperty("reservations_canceled")
  public abstract OptionalInt reservationsCanceled();

  /** The total number of Reservations that were rescinded. */
  @JsonProperty("reservations_rescinded")
  public abstract OptionalInt reservationsRescinded();

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
