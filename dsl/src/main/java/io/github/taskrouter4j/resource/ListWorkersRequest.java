package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists Workers: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListWorkersRequest request = ListWorkersRequest.builder()
 *     .activityName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListWorkersRequest {
  ListWorkersRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListWorkersRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListWorkersRequest.Builder {
    Builder() {}

    /**
     * Sets targetWorkersExpression from a typed, parsed expression: {@code
     * targetWorkersExpression(Expressions.parseWorkers("skills HAS "support""))} sends its text,
     * {@code skills HAS "support"}.
     */
    public Builder targetWorkersExpression(WorkerExpression expression) {
      return targetWorkersExpression(expression.toString());
    }
  }

  /** Only workers in the activity with this name. Sent as {@code ActivityName}. */
  public abstract Optional<String> activityName();

  /** Only workers in this activity. Sent as {@code ActivitySid}. */
  public abstract Optional<ActivitySid> activitySid();

  /** Only available (true) or unavailable (false) workers. Sent as {@code Available}. */
  public abstract Optional<Boolean> available();

  /** Only workers with this name. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Only workers matching this expression, e.g. {@code skills HAS "support"} (Twilio limits these
   * calls to 3 per second). Sent as {@code TargetWorkersExpression}.
   */
  public abstract Optional<String> targetWorkersExpression();

  /** Only workers eligible for the queue with this name. Sent as {@code TaskQueueName}. */
  public abstract Optional<String> taskQueueName();

  /** Only workers eligible for this queue. Sent as {@code TaskQueueSid}. */
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** The order, e.g. {@code DateCreated:desc}. Sent as {@code Ordering}. */
  public abstract Optional<String> ordering();

  /**
   * How many items Twilio returns per page (1 to 1000; Twilio's default is 50). Sent as {@code
   * PageSize}.
   */
  public abstract OptionalInt pageSize();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .put("ActivityName", activityName())
        .put("ActivitySid", activitySid())
        .put("Available", available())
        .put("FriendlyName", friendlyName())
        .put("TargetWorkersExpression", targetWorkersExpression())
        .put("TaskQueueName", taskQueueName())
        .put("TaskQueueSid", taskQueueSid())
        .put("Ordering", ordering())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("ListWorkersRequest.targetWorkersExpression", targetWorkersExpression());
    Checks.ordering("ListWorkersRequest.ordering", ordering());
    Checks.range("ListWorkersRequest.pageSize", pageSize(), 1, 1000L);
  }
}
