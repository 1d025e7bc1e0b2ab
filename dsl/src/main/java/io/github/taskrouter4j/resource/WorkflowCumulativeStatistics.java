package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A TaskRouter Workflow Cumulative Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.workflow.workflow_cumulative_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonPropertyOrder({
  "account_sid",
  "avg_task_acceptance_time",
  "start_time",
  "end_time",
  "reservations_created",
  "reservations_accepted",
  "reservations_rejected",
  "reservations_timed_out",
  "reservations_canceled",
  "reservations_rescinded",
  "split_by_wait_time",
  "wait_duration_until_accepted",
  "wait_duration_until_canceled",
  "tasks_canceled",
  "tasks_completed",
  "tasks_entered",
  "tasks_deleted",
  "tasks_moved",
  "tasks_timed_out_in_workflow",
  "workflow_sid",
  "workspace_sid",
  "url"
})
@JsonSerialize(as = ImmutableWorkflowCumulativeStatistics.class)
@JsonDeserialize(as = ImmutableWorkflowCumulativeStatistics.class)
public abstract class WorkflowCumulativeStatistics extends AbstractCumulativeStatistics {
  WorkflowCumulativeStatistics() {}

  /** Starts building a Workflow Cumulative Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowCumulativeStatistics}. */
  public static class Builder extends ImmutableWorkflowCumulativeStatistics.Builder {
    Builder() {}
  }

  /** The total number of Tasks that entered the Workflow. */
  @JsonProperty("tasks_entered")
  public abstract OptionalInt tasksEntered();

  /** The total number of Tasks that were timed out of their Workflows (and deleted). */
  @JsonProperty("tasks_timed_out_in_workflow")
  public abstract OptionalInt tasksTimedOutInWorkflow();

  /**
   * Returns the list of Tasks that are being controlled by the Workflow with the specified Sid
   * value.
   */
  @JsonProperty("workflow_sid")
  public abstract Optional<WorkflowSid> workflowSid();
}
