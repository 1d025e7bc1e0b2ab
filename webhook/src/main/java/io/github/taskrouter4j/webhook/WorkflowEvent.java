package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.WorkflowSid;
import java.util.Optional;

/**
 * {@code workflow.created}, {@code .updated}, {@code .deleted}, and the routing steps {@code
 * workflow.target-matched}, {@code .entered}, {@code .timeout}, {@code .skipped} (which carry the
 * task and the matched filter).
 */
public final class WorkflowEvent extends TaskRouterEvent {
  private final WorkflowSid workflowSid;
  private final Optional<TaskDetails> task;

  WorkflowEvent(CallbackParams params) {
    super(params);
    Optional<WorkflowSid> sid = params.optionalSid("WorkflowSid", WorkflowSid::of);
    this.workflowSid = sid.isPresent() ? sid.get() : params.sid("ResourceSid", WorkflowSid::of);
    this.task = TaskDetails.optional(params, false);
  }

  /** {@code WorkflowSid}, else {@code ResourceSid}. */
  public WorkflowSid workflowSid() {
    return workflowSid;
  }

  /** {@code WorkflowName}. */
  public Optional<String> name() {
    return params().text("WorkflowName");
  }

  /** {@code WorkflowFilterName}: the filter that matched. */
  public Optional<String> filterName() {
    return params().text("WorkflowFilterName");
  }

  /**
   * {@code WorkflowFilterExpression} as sent (real payloads show a JSON-array string such as {@code
   * ["language=='english'"]}).
   */
  public Optional<String> filterExpression() {
    return params().text("WorkflowFilterExpression");
  }

  /** The task being routed, for the routing-step events. */
  public Optional<TaskDetails> task() {
    return task;
  }
}
