package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists Tasks: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListTasksRequest request = ListTasksRequest.builder()
 *     .priority(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTasksRequest {
  ListTasksRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListTasksRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListTasksRequest.Builder {
    Builder() {}

    /**
     * Sets evaluateTaskAttributes from a typed filter expression over task attributes: {@code
     * evaluateTaskAttributes(Expressions.parseFilter("type == "support""))} sends its text.
     */
    public Builder evaluateTaskAttributes(FilterExpression expression) {
      return evaluateTaskAttributes(expression.toString());
    }
  }

  /** Only tasks with this priority. Sent as {@code Priority}. */
  public abstract OptionalInt priority();

  /**
   * Only tasks in these statuses (sent as repeated {@code AssignmentStatus}). Sent as {@code
   * AssignmentStatus}.
   */
  public abstract List<TaskAssignmentStatus> assignmentStatus();

  /** Only tasks routed by this workflow. Sent as {@code WorkflowSid}. */
  public abstract Optional<WorkflowSid> workflowSid();

  /** Only tasks routed by the workflow with this name. Sent as {@code WorkflowName}. */
  public abstract Optional<String> workflowName();

  /** Only tasks waiting in this queue. Sent as {@code TaskQueueSid}. */
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** Only tasks waiting in the queue with this name. Sent as {@code TaskQueueName}. */
  public abstract Optional<String> taskQueueName();

  /**
   * Only tasks whose attributes match this expression, e.g. {@code type == "support"} (Twilio
   * limits these calls to 3 per second). Sent as {@code EvaluateTaskAttributes}.
   */
  public abstract Optional<String> evaluateTaskAttributes();

  /** Only tasks routed to this worker, queue or workflow SID. Sent as {@code RoutingTarget}. */
  public abstract Optional<Sid> routingTarget();

  /**
   * The order, {@code Attribute:Order} pairs separated by commas, e.g. {@code
   * Priority:desc,DateCreated:asc}. Sent as {@code Ordering}.
   */
  public abstract Optional<String> ordering();

  /** Only tasks with (true) or without (false) add-ons. Sent as {@code HasAddons}. */
  public abstract Optional<Boolean> hasAddons();

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
        .put("Priority", priority())
        .putEach("AssignmentStatus", assignmentStatus())
        .put("WorkflowSid", workflowSid())
        .put("WorkflowName", workflowName())
        .put("TaskQueueSid", taskQueueSid())
        .put("TaskQueueName", taskQueueName())
        .put("EvaluateTaskAttributes", evaluateTaskAttributes())
        .put("RoutingTarget", routingTarget())
        .put("Ordering", ordering())
        .put("HasAddons", hasAddons())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("ListTasksRequest.evaluateTaskAttributes", evaluateTaskAttributes());
    Checks.sidOf(
        "ListTasksRequest.routingTarget",
        routingTarget().map(Sid::value),
        "a worker, queue or workflow",
        "WK",
        "WQ",
        "WW");
    Checks.ordering("ListTasksRequest.ordering", ordering());
    Checks.range("ListTasksRequest.pageSize", pageSize(), 1, 1000L);
  }
}
