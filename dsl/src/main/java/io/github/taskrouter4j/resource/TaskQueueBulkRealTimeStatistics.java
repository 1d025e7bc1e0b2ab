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
 * A TaskRouter Task Queue Bulk Real Time Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queue_bulk_real_time_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueueBulkRealTimeStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueueBulkRealTimeStatistics.class)
public abstract class TaskQueueBulkRealTimeStatistics {
  TaskQueueBulkRealTimeStatistics() {}

  /**
   * Starts building a Task Queue Bulk Real Time Statistics, as the emulator does when it answers.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueBulkRealTimeStatistics}. */
  public static class Builder extends ImmutableTaskQueueBulkRealTimeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The SID of the Workspace that contains the TaskQueue. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /**
   * The real-time statistics for each requested TaskQueue SID. {@code task_queue_data} returns the
   * following attributes:
   *
   * <p>{@code task_queue_sid}: The SID of the TaskQueue from which these statistics were
   * calculated.
   *
   * <p>{@code total_available_workers}: The total number of Workers available for Tasks in the
   * TaskQueue.
   *
   * <p>{@code total_eligible_workers}: The total number of Workers eligible for Tasks in the
   * TaskQueue, regardless of their Activity state.
   *
   * <p>{@code total_tasks}: The total number of Tasks.
   *
   * <p>{@code longest_task_waiting_age}: The age of the longest waiting Task.
   *
   * <p>{@code longest_task_waiting_sid}: The SID of the longest waiting Task.
   *
   * <p>{@code tasks_by_status}: The number of Tasks grouped by their current status.
   *
   * <p>{@code tasks_by_priority}: The number of Tasks grouped by priority.
   *
   * <p>{@code activity_statistics}: The number of current Workers grouped by Activity.
   */
  @JsonProperty("task_queue_data")
  public abstract List<TaskQueueRealTimeStatistics> taskQueueData();

  /** The number of TaskQueue statistics received in task_queue_data. */
  @JsonProperty("task_queue_response_count")
  public abstract int taskQueueResponseCount();

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
