package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queue Cumulative Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queue_cumulative_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueueCumulativeStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueueCumulativeStatistics.class)
public abstract class TaskQueueCumulativeStatistics {
  TaskQueueCumulativeStatistics() {}

  /** Starts building a Task Queue Cumulative Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueCumulativeStatistics}. */
  public static class Builder extends ImmutableTaskQueueCumulativeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
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

  /** The total number of Reservations created for Tasks in the TaskQueue. */
  @JsonProperty("reservations_created")
  public abstract Optional<Integer> reservationsCreated();

  /** The total number of Reservations accepted for Tasks in the TaskQueue. */
  @JsonProperty("reservations_accepted")
  public abstract Optional<Integer> reservationsAccepted();

  /** The total number of Reservations rejected for Tasks in the TaskQueue. */
  @JsonProperty("reservations_rejected")
  public abstract Optional<Integer> reservationsRejected();

  /** The total number of Reservations that timed out for Tasks in the TaskQueue. */
  @JsonProperty("reservations_timed_out")
  public abstract Optional<Integer> reservationsTimedOut();

  /** The total number of Reservations canceled for Tasks in the TaskQueue. */
  @JsonProperty("reservations_canceled")
  public abstract Optional<Integer> reservationsCanceled();

  /** The total number of Reservations rescinded. */
  @JsonProperty("reservations_rescinded")
  public abstract Optional<Integer> reservationsRescinded();

  /**
   * A list of objects that describe the number of Tasks canceled and reservations accepted above
   * and below the thresholds specified in seconds.
   */
  @JsonProperty("split_by_wait_time")
  public abstract Optional<JsonNode> splitByWaitTime();

  /** The SID of the TaskQueue from which these statistics were calculated. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /**
   * The wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total}) for Tasks
   * accepted while in the TaskQueue. Calculation is based on the time when the Tasks were created.
   * For transfers, the wait duration is counted from the moment *the Task was created*, and not
   * from when the transfer was initiated.
   */
  @JsonProperty("wait_duration_until_accepted")
  public abstract Optional<WaitDurationStatistics> waitDurationUntilAccepted();

  /**
   * The wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total}) for Tasks
   * canceled while in the TaskQueue.
   */
  @JsonProperty("wait_duration_until_canceled")
  public abstract Optional<WaitDurationStatistics> waitDurationUntilCanceled();

  /**
   * The relative wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total})
   * for Tasks accepted while in the TaskQueue. Calculation is based on the time when the Tasks
   * entered the TaskQueue.
   */
  @JsonProperty("wait_duration_in_queue_until_accepted")
  public abstract Optional<WaitDurationStatistics> waitDurationInQueueUntilAccepted();

  /** The total number of Tasks canceled in the TaskQueue. */
  @JsonProperty("tasks_canceled")
  public abstract Optional<Integer> tasksCanceled();

  /** The total number of Tasks completed in the TaskQueue. */
  @JsonProperty("tasks_completed")
  public abstract Optional<Integer> tasksCompleted();

  /** The total number of Tasks deleted in the TaskQueue. */
  @JsonProperty("tasks_deleted")
  public abstract Optional<Integer> tasksDeleted();

  /** The total number of Tasks entered into the TaskQueue. */
  @JsonProperty("tasks_entered")
  public abstract Optional<Integer> tasksEntered();

  /** The total number of Tasks that were moved from one queue to another. */
  @JsonProperty("tasks_moved")
  public abstract Optional<Integer> tasksMoved();

  /** The SID of the Workspace that contains the TaskQueue. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the TaskQueue statistics resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
