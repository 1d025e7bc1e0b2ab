package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fields the cumulative statistics of a workspace, a workflow and a task queue share: one
 * definition of their JSON mapping. Each subclass adds its own fields and keeps the order Twilio
 * documents with {@code @JsonPropertyOrder}.
 */
abstract class AbstractCumulativeStatistics {
  AbstractCumulativeStatistics() {}

  /** The SID of the Account that created the resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The average time in seconds between Task creation and acceptance. */
  @JsonProperty("avg_task_acceptance_time")
  public abstract Optional<Duration> avgTaskAcceptanceTime();

  /**
   * The beginning of the interval during which these statistics were calculated, in ISO 8601
   * format.
   */
  @JsonProperty("start_time")
  public abstract Optional<Instant> startTime();

  /** The end of the interval during which these statistics were calculated, in ISO 8601 format. */
  @JsonProperty("end_time")
  public abstract Optional<Instant> endTime();

  /** The total number of Reservations that were created for Workers. */
  @JsonProperty("reservations_created")
  public abstract OptionalInt reservationsCreated();

  /** The total number of Reservations accepted by Workers. */
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

  /**
   * A list of objects that describe the number of Tasks canceled and reservations accepted above
   * and below the thresholds specified in seconds.
   */
  @JsonProperty("split_by_wait_time")
  public abstract Optional<JsonNode> splitByWaitTime();

  /**
   * The wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total}) for Tasks
   * that were accepted.
   */
  @JsonProperty("wait_duration_until_accepted")
  public abstract Optional<WaitDurationStatistics> waitDurationUntilAccepted();

  /**
   * The wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total}) for Tasks
   * that were canceled.
   */
  @JsonProperty("wait_duration_until_canceled")
  public abstract Optional<WaitDurationStatistics> waitDurationUntilCanceled();

  /** The total number of Tasks that were canceled. */
  @JsonProperty("tasks_canceled")
  public abstract OptionalInt tasksCanceled();

  /** The total number of Tasks that were completed. */
  @JsonProperty("tasks_completed")
  public abstract OptionalInt tasksCompleted();

  /** The total number of Tasks that were deleted. */
  @JsonProperty("tasks_deleted")
  public abstract OptionalInt tasksDeleted();

  /** The total number of Tasks that were moved from one queue to another. */
  @JsonProperty("tasks_moved")
  public abstract OptionalInt tasksMoved();

  /** The SID of the Workspace. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the statistics resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
