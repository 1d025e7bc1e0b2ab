package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Queue, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task_queue}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskQueue.class)
@JsonDeserialize(as = ImmutableTaskQueue.class)
public abstract class TaskQueue {
  TaskQueue() {}

  /** Starts building a Task Queue, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskQueue}. */
  public static class Builder extends ImmutableTaskQueue.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskQueue resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The SID of the Activity to assign Workers when a task is assigned for them. */
  @JsonProperty("assignment_activity_sid")
  public abstract Optional<ActivitySid> assignmentActivitySid();

  /** The name of the Activity to assign Workers when a task is assigned for them. */
  @JsonProperty("assignment_activity_name")
  public abstract Optional<String> assignmentActivityName();

  /** The date and time in GMT when the resource was created specified in RFC 2822 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in RFC 2822 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The string that you assigned to describe the resource. */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /**
   * The maximum number of Workers to reserve for the assignment of a task in the queue. Can be an
   * integer between 1 and 50, inclusive and defaults to 1.
   */
  @JsonProperty("max_reserved_workers")
  public abstract int maxReservedWorkers();

  /** The SID of the Activity to assign Workers once a task is reserved for them. */
  @JsonProperty("reservation_activity_sid")
  public abstract Optional<ActivitySid> reservationActivitySid();

  /** The name of the Activity to assign Workers once a task is reserved for them. */
  @JsonProperty("reservation_activity_name")
  public abstract Optional<String> reservationActivityName();

  /** The unique string that we created to identify the TaskQueue resource. */
  @JsonProperty("sid")
  public abstract TaskQueueSid sid();

  /**
   * A string describing the Worker selection criteria for any Tasks that enter the TaskQueue. For
   * example {@code '"language" == "spanish"'} If no TargetWorkers parameter is provided, Tasks will
   * wait in the TaskQueue until they are either deleted or moved to another TaskQueue. Additional
   * examples on how to describing Worker selection criteria below. Defaults to 1==1.
   */
  @JsonProperty("target_workers")
  public abstract Optional<String> targetWorkers();

  /**
   * How Tasks will be assigned to Workers. Set this parameter to {@code LIFO} to assign most
   * recently created Task first or {@code FIFO} to assign the oldest Task. Default is FIFO. Click
   * here to learn more.
   */
  @JsonProperty("task_order")
  public abstract TaskOrder taskOrder();

  /** The absolute URL of the TaskQueue resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The SID of the Workspace that contains the TaskQueue. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * {@link #targetWorkers()} parsed as a typed worker expression, to evaluate or lint locally:
   * {@code queue.targetWorkersExpression().get().test(workerAttributes)}.
   *
   * @throws io.github.taskrouter4j.workflow.expression.ExpressionSyntaxException if Twilio's text
   *     does not parse, with the column
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<WorkerExpression> targetWorkersExpression() {
    return targetWorkers().map(Expressions::parseWorkers);
  }
}
