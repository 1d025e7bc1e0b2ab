package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queue Cumulative Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queue_cumulative_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonPropertyOrder({
  "account_sid",
  "avg_task_acceptance_time",
  "start_time",
  "end_time",
  "reservations_created",
  "reservations_accepted",
  "reservations_rejected",
  "reservations_timed_out",
  "reservations_canceled",
  "reservations_rescinded",
  "split_by_wait_time",
  "task_queue_sid",
  "wait_duration_until_accepted",
  "wait_duration_until_canceled",
  "wait_duration_in_queue_until_accepted",
  "tasks_canceled",
  "tasks_completed",
  "tasks_deleted",
  "tasks_entered",
  "tasks_moved",
  "workspace_sid",
  "url"
})
@JsonSerialize(as = ImmutableTaskQueueCumulativeStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueueCumulativeStatistics.class)
public abstract class TaskQueueCumulativeStatistics extends AbstractCumulativeStatistics {
  TaskQueueCumulativeStatistics() {}

  /** Starts building a Task Queue Cumulative Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueCumulativeStatistics}. */
  public static class Builder extends ImmutableTaskQueueCumulativeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the TaskQueue from which these statistics were calculated. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /**
   * The relative wait duration statistics ({@code avg}, {@code min}, {@code max}, {@code total})
   * for Tasks accepted while in the TaskQueue. Calculation is based on the time when the Tasks
   * entered the TaskQueue.
   */
  @JsonProperty("wait_duration_in_queue_until_accepted")
  public abstract Optional<WaitDurationStatistics> waitDurationInQueueUntilAccepted();

  /** The total number of Tasks entered into the TaskQueue. */
  @JsonProperty("tasks_entered")
  public abstract OptionalInt tasksEntered();
}
