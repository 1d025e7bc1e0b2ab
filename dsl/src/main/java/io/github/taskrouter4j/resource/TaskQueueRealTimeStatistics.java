package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queue Real Time Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queue_real_time_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueueRealTimeStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueueRealTimeStatistics.class)
public abstract class TaskQueueRealTimeStatistics {
  TaskQueueRealTimeStatistics() {}

  /** Starts building a Task Queue Real Time Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueRealTimeStatistics}. */
  public static class Builder extends ImmutableTaskQueueRealTimeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The number of current Workers by Activity. */
  @JsonProperty("activity_statistics")
  public abstract List<ActivityStatistic> activityStatistics();

  /** The age of the longest waiting Task. */
  @JsonProperty("longest_task_waiting_age")
  public abstract Duration longestTaskWaitingAge();

  /** The SID of the longest waiting Task. */
  @JsonProperty("longest_task_waiting_sid")
  public abstract Optional<TaskSid> longestTaskWaitingSid();

  /**
   * The relative age in the TaskQueue for the longest waiting Task. Calculation is based on the
   * time when the Task entered the TaskQueue.
   */
  @JsonProperty("longest_relative_task_age_in_queue")
  public abstract Optional<Duration> longestRelativeTaskAgeInQueue();

  /**
   * The Task SID of the Task waiting in the TaskQueue the longest. Calculation is based on the time
   * when the Task entered the TaskQueue.
   */
  @JsonProperty("longest_relative_task_sid_in_queue")
  public abstract Optional<String> longestRelativeTaskSidInQueue();

  /** The SID of the TaskQueue from which these statistics were calculated. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /**
   * The number of Tasks by priority. For example: {@code {"0": "10", "99": "5"}} shows 10 Tasks at
   * priority 0 and 5 at priority 99.
   */
  @JsonProperty("tasks_by_priority")
  public abstract Map<String, Integer> tasksByPriority();

  /**
   * The number of Tasks by their current status. For example: {@code {"pending": "1", "reserved":
   * "3", "assigned": "2", "completed": "5"}}.
   */
  @JsonProperty("tasks_by_status")
  public abstract Map<String, Integer> tasksByStatus();

  /**
   * The total number of Workers in the TaskQueue with an {@code available} status. Workers with an
   * {@code available} status may already have active interactions or may have none.
   */
  @JsonProperty("total_available_workers")
  public abstract int totalAvailableWorkers();

  /**
   * The total number of Workers eligible for Tasks in the TaskQueue, independent of their Activity
   * state.
   */
  @JsonProperty("total_eligible_workers")
  public abstract int totalEligibleWorkers();

  /** The total number of Tasks. */
  @JsonProperty("total_tasks")
  public abstract int totalTasks();

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
