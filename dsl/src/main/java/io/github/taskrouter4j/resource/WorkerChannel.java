package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Worker Channel, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.worker_channel}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkerChannel.class)
@JsonDeserialize(as = ImmutableWorkerChannel.class)
public abstract class WorkerChannel {
  WorkerChannel() {}

  /** Starts building a Worker Channel, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerChannel}. */
  public static class Builder extends ImmutableWorkerChannel.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The total number of Tasks assigned to Worker for the TaskChannel type. */
  @JsonProperty("assigned_tasks")
  public abstract int assignedTasks();

  /** Whether the Worker should receive Tasks of the TaskChannel type. */
  @JsonProperty("available")
  public abstract Optional<Boolean> available();

  /**
   * The current percentage of capacity the TaskChannel has available. Can be a number between
   * {@code 0} and {@code 100}. A value of {@code 0} indicates that TaskChannel has no capacity
   * available and a value of {@code 100} means the Worker is available to receive any Tasks of this
   * TaskChannel type.
   */
  @JsonProperty("available_capacity_percentage")
  public abstract int availableCapacityPercentage();

  /**
   * The current configured capacity for the WorkerChannel. TaskRouter will not create any
   * reservations after the assigned Tasks for the Worker reaches the value.
   */
  @JsonProperty("configured_capacity")
  public abstract int configuredCapacity();

  /** The date and time in GMT when the resource was created specified in RFC 2822 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in RFC 2822 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The unique string that we created to identify the WorkerChannel resource. */
  @JsonProperty("sid")
  public abstract WorkerChannelSid sid();

  /** The SID of the TaskChannel. */
  @JsonProperty("task_channel_sid")
  public abstract Optional<TaskChannelSid> taskChannelSid();

  /** The unique name of the TaskChannel, such as {@code voice} or {@code sms}. */
  @JsonProperty("task_channel_unique_name")
  public abstract Optional<String> taskChannelUniqueName();

  /** The SID of the Worker that contains the WorkerChannel. */
  @JsonProperty("worker_sid")
  public abstract Optional<WorkerSid> workerSid();

  /** The SID of the Workspace that contains the WorkerChannel. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the WorkerChannel resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
