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
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queue Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue.task_queue_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueueStatistics.class)
@JsonDeserialize(as = ImmutableTaskQueueStatistics.class)
public abstract class TaskQueueStatistics {
  TaskQueueStatistics() {}

  /** Starts building a Task Queue Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueueStatistics}. */
  public static class Builder extends ImmutableTaskQueueStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** An object that contains the cumulative statistics for the TaskQueue. */
  @JsonProperty("cumulative")
  public abstract Optional<JsonNode> cumulative();

  /** An object that contains the real-time statistics for the TaskQueue. */
  @JsonProperty("realtime")
  public abstract Optional<JsonNode> realtime();

  /** The SID of the TaskQueue from which these statistics were calculated. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

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
