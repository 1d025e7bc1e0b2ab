package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queues Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queues_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueuesStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueuesStatistics.class)
public abstract class TaskQueuesStatistics {
  TaskQueuesStatistics() {}

  /** Starts building a Task Queues Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueuesStatistics}. */
  public static class Builder extends ImmutableTaskQueuesStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** An object that contains the cumulative statistics for the TaskQueues. */
  @JsonProperty("cumulative")
  public abstract Optional<JsonNode> cumulative();

  /** An object that contains the real-time statistics for the TaskQueues. */
  @JsonProperty("realtime")
  public abstract Optional<JsonNode> realtime();

  /** The SID of the TaskQueue from which these statistics were calculated. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** The SID of the Workspace that contains the TaskQueues. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * {@link #cumulative()} read as typed values (Twilio nests the same fields it returns from the
   * cumulative statistics endpoint).
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<TaskQueueCumulativeStatistics> cumulativeStatistics() {
    return cumulative()
        .map(node -> Resources.mapper().convertValue(node, TaskQueueCumulativeStatistics.class));
  }

  /** {@link #realtime()} read as typed values. */
  @JsonIgnore
  @Value.Lazy
  public Optional<TaskQueueRealTimeStatistics> realTimeStatistics() {
    return realtime()
        .map(node -> Resources.mapper().convertValue(node, TaskQueueRealTimeStatistics.class));
  }
}
