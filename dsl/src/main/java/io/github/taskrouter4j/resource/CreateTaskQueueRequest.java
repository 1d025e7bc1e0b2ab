package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that creates a TaskQueue: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateTaskQueueRequest request = CreateTaskQueueRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateTaskQueueRequest {
  CreateTaskQueueRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateTaskQueueRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateTaskQueueRequest.Builder {
    Builder() {}

    /**
     * Sets targetWorkers from a typed, parsed expression: {@code
     * targetWorkers(Expressions.parseWorkers("skills HAS "support""))} sends its text, {@code
     * skills HAS "support"}.
     */
    public Builder targetWorkers(WorkerExpression expression) {
      return targetWorkers(expression.toString());
    }

    /**
     * Sets {@code reservationActivity} from a fetched activity: {@code
     * reservationActivity(available)}.
     */
    public Builder reservationActivity(Activity activity) {
      return reservationActivitySid(activity.sid());
    }

    /**
     * Sets {@code assignmentActivity} from a fetched activity: {@code
     * assignmentActivity(available)}.
     */
    public Builder assignmentActivity(Activity activity) {
      return assignmentActivitySid(activity.sid());
    }
  }

  /** A name, e.g. {@code Support-Tier 1}, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract String friendlyName();

  /**
   * Which workers may take the queue's tasks, e.g. {@code languages HAS "en"} (Twilio's default:
   * {@code 1==1}). Sent as {@code TargetWorkers}.
   */
  public abstract Optional<String> targetWorkers();

  /**
   * How many workers may be reserved at once for one task, 1 to 50 (Twilio's default: 1). Sent as
   * {@code MaxReservedWorkers}.
   */
  public abstract OptionalInt maxReservedWorkers();

  /** FIFO (default) or LIFO. Sent as {@code TaskOrder}. */
  public abstract Optional<TaskOrder> taskOrder();

  /**
   * The activity a worker is moved to when a task is reserved for them. Sent as {@code
   * ReservationActivitySid}.
   */
  public abstract Optional<ActivitySid> reservationActivitySid();

  /**
   * The activity a worker is moved to when a task is assigned to them. Sent as {@code
   * AssignmentActivitySid}.
   */
  public abstract Optional<ActivitySid> assignmentActivitySid();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("TargetWorkers", targetWorkers())
        .put("MaxReservedWorkers", maxReservedWorkers())
        .put("TaskOrder", taskOrder())
        .put("ReservationActivitySid", reservationActivitySid())
        .put("AssignmentActivitySid", assignmentActivitySid())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateTaskQueueRequest.friendlyName", friendlyName(), 64);
    Checks.range("CreateTaskQueueRequest.maxReservedWorkers", maxReservedWorkers(), 1, 50L);
  }
}
