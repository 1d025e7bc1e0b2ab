package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Channel, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_channel}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskChannel.class)
@JsonDeserialize(as = ImmutableTaskChannel.class)
public abstract class TaskChannel {
  TaskChannel() {}

  /** Starts building a Task Channel, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskChannel}. */
  public static class Builder extends ImmutableTaskChannel.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Task Channel resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The string that you assigned to describe the resource. */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The unique string that we created to identify the Task Channel resource. */
  @JsonProperty("sid")
  public abstract TaskChannelSid sid();

  /**
   * An application-defined string that uniquely identifies the Task Channel, such as {@code voice}
   * or {@code sms}.
   */
  @JsonProperty("unique_name")
  public abstract Optional<String> uniqueName();

  /** The SID of the Workspace that contains the Task Channel. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /**
   * Whether the Task Channel will prioritize Workers that have been idle. When {@code true},
   * Workers that have been idle the longest are prioritized.
   */
  @JsonProperty("channel_optimized_routing")
  public abstract Optional<Boolean> channelOptimizedRouting();

  /** The absolute URL of the Task Channel resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
