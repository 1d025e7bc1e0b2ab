package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.resource.internal.JsonText;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task, as Twilio returns it (schema {@code taskrouter.v1.workspace.task}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
  Task() {}

  /** Starts building a Task, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}. */
  public static class Builder extends ImmutableTask.Builder {
    Builder() {}

    /** Sets the attributes from a JSON node (written minified, as Twilio counts its size). */
    public Builder attributes(JsonNode attributes) {
      return attributesJson(JsonText.write(attributes, "Task.attributes"));
    }
  }

  /** The SID of the Account that created the Task resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The number of seconds since the Task was created. */
  @JsonProperty("age")
  public abstract Duration age();

  /**
   * The current status of the Task's assignment. Can be: {@code pending}, {@code reserved}, {@code
   * assigned}, {@code canceled}, {@code wrapping}, or {@code completed}.
   */
  @JsonProperty("assignment_status")
  public abstract TaskAssignmentStatus assignmentStatus();

  /**
   * The attributes exactly as Twilio sent them: JSON text. Read them with {@link #attributes()}.
   * The JSON string with custom attributes of the work. Note If this property has been assigned a
   * value, it will only be displayed in FETCH action that returns a single resource. Otherwise, it
   * will be null.
   */
  @JsonProperty("attributes")
  public abstract Optional<String> attributesJson();

  /** An object that contains the Add-on data for all installed Add-ons. */
  @JsonProperty("addons")
  public abstract Optional<String> addons();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The date and time in GMT when the Task entered the TaskQueue, specified in ISO 8601 format. */
  @JsonProperty("task_queue_entered_date")
  public abstract Optional<Instant> taskQueueEnteredDate();

  /**
   * The current priority score of the Task as assigned to a Worker by the workflow. Tasks with
   * higher priority values will be assigned before Tasks with lower values.
   */
  @JsonProperty("priority")
  public abstract int priority();

  /** The reason the Task was canceled or completed, if applicable. */
  @JsonProperty("reason")
  public abstract Optional<String> reason();

  /** The unique string that we created to identify the Task resource. */
  @JsonProperty("sid")
  public abstract TaskSid sid();

  /** The SID of the TaskQueue. */
  @JsonProperty("task_queue_sid")
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** The friendly name of the TaskQueue. */
  @JsonProperty("task_queue_friendly_name")
  public abstract Optional<String> taskQueueFriendlyName();

  /** The SID of the TaskChannel. */
  @JsonProperty("task_channel_sid")
  public abstract Optional<TaskChannelSid> taskChannelSid();

  /** The unique name of the TaskChannel. */
  @JsonProperty("task_channel_unique_name")
  public abstract Optional<String> taskChannelUniqueName();

  /** The amount of time in seconds that the Task can live before being assigned. */
  @JsonProperty("timeout")
  public abstract Duration timeout();

  /** The SID of the Workflow that is controlling the Task. */
  @JsonProperty("workflow_sid")
  public abstract Optional<WorkflowSid> workflowSid();

  /** The friendly name of the Workflow that is controlling the Task. */
  @JsonProperty("workflow_friendly_name")
  public abstract Optional<String> workflowFriendlyName();

  /** The SID of the Workspace that contains the Task. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Task resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * The date and time in GMT indicating the ordering for routing of the Task specified in ISO 8601
   * format.
   */
  @JsonProperty("virtual_start_time")
  public abstract Optional<Instant> virtualStartTime();

  /**
   * A boolean that indicates if the Task should respect a Worker's capacity and availability during
   * assignment. This field can only be used when the {@code RoutingTarget} field is set to a Worker
   * SID. By setting {@code IgnoreCapacity} to a value of {@code true}, {@code 1}, or {@code yes},
   * the Task will be routed to the Worker without respecting their capacity and availability. Any
   * other value will enforce the Worker's capacity and availability. The default value of {@code
   * IgnoreCapacity} is {@code true} when the {@code RoutingTarget} is set to a Worker SID.
   */
  @JsonProperty("ignore_capacity")
  public abstract Optional<Boolean> ignoreCapacity();

  /** A SID of a Worker, Queue, or Workflow to route a Task to */
  @JsonProperty("routing_target")
  public abstract Optional<String> routingTarget();

  /**
   * The {@code ETag} header Twilio sent with this Task, if any; pass it back as {@code If-Match} to
   * update only if nobody changed it since. Not part of the JSON body.
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> etag();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The task's attributes as JSON, parsed from {@link #attributesJson()}; an empty object when
   * Twilio sent none (list answers leave them out).
   *
   * <pre>{@code
   * String type = task.attributes().path("type").asText();
   * }</pre>
   *
   * @throws IllegalArgumentException if Twilio's text is not a JSON object
   */
  @JsonIgnore
  @Value.Lazy
  public JsonNode attributes() {
    return JsonText.parseObject(attributesJson(), "Task.attributes");
  }

  /**
   * The task's attributes decoded as the caller's own type, e.g. {@code
   * task.attributes(Call.class)}.
   *
   * @throws IllegalArgumentException if the attributes do not fit {@code type}
   */
  public <T> T attributes(Class<T> type) {
    return JsonText.convert(attributes(), type, "Task.attributes");
  }

  /**
   * This Task with the {@code ETag} Twilio sent alongside it; the client calls it, so a fetched
   * value can be updated with {@code If-Match}.
   */
  public Task withEtag(String etag) {
    return ImmutableTask.copyOf(this).withEtag(etag);
  }
}
