package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Workspace, as Twilio returns it (schema {@code taskrouter.v1.workspace}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkspace.class)
@JsonDeserialize(as = ImmutableWorkspace.class)
public abstract class Workspace {
  Workspace() {}

  /** Starts building a Workspace, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Workspace}. */
  public static class Builder extends ImmutableWorkspace.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Workspace resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The name of the default activity. */
  @JsonProperty("default_activity_name")
  public abstract Optional<String> defaultActivityName();

  /** The SID of the Activity that will be used when new Workers are created in the Workspace. */
  @JsonProperty("default_activity_sid")
  public abstract Optional<ActivitySid> defaultActivitySid();

  /**
   * The URL we call when an event occurs. If provided, the Workspace will publish events to this
   * URL, for example, to collect data for reporting. See Workspace Events for more information.
   * This parameter supports Twilio's Webhooks (HTTP callbacks) Connection Overrides.
   */
  @JsonProperty("event_callback_url")
  public abstract Optional<URI> eventCallbackUrl();

  /**
   * The list of Workspace events for which to call {@code event_callback_url}. For example, if
   * {@code EventsFilter=task.created, task.canceled, worker.activity.update}, then TaskRouter will
   * call event_callback_url only when a task is created, canceled, or a Worker activity is updated.
   */
  @JsonProperty("events_filter")
  public abstract Optional<String> eventsFilter();

  /**
   * The string that you assigned to describe the Workspace resource. For example {@code Customer
   * Support} or {@code 2014 Election Campaign}.
   */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /**
   * Whether multi-tasking is enabled. The default is {@code true}, which enables multi-tasking.
   * Multi-tasking allows Workers to handle multiple Tasks simultaneously. When enabled ({@code
   * true}), each Worker can receive parallel reservations up to the per-channel maximums defined in
   * the Workers section. In single-tasking each Worker would only receive a new reservation when
   * the previous task is completed. Learn more at Multitasking.
   */
  @JsonProperty("multi_task_enabled")
  public abstract Optional<Boolean> multiTaskEnabled();

  /** The unique string that we created to identify the Workspace resource. */
  @JsonProperty("sid")
  public abstract WorkspaceSid sid();

  /** The name of the timeout activity. */
  @JsonProperty("timeout_activity_name")
  public abstract Optional<String> timeoutActivityName();

  /**
   * The SID of the Activity that will be assigned to a Worker when a Task reservation times out
   * without a response.
   */
  @JsonProperty("timeout_activity_sid")
  public abstract Optional<ActivitySid> timeoutActivitySid();

  /**
   * The type of TaskQueue to prioritize when Workers are receiving Tasks from both types of
   * TaskQueues. Can be: {@code LIFO} or {@code FIFO} and the default is {@code FIFO}. For more
   * information, see Queue Ordering.
   */
  @JsonProperty("prioritize_queue_order")
  public abstract TaskOrder prioritizeQueueOrder();

  /** The absolute URL of the Workspace resource. */
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
