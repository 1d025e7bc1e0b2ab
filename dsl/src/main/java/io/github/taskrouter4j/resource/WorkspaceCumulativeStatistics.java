package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A TaskRouter Workspace Cumulative Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.workspace_cumulative_statistics}).
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
  "tasks_created",
  "tasks_deleted",
  "tasks_moved",
  "tasks_timed_out_in_workflow",
  "workspace_sid",
  "url"
})
@JsonSerialize(as = ImmutableWorkspaceCumulativeStatistics.class)
@JsonDeserialize(as = ImmutableWorkspaceCumulativeStatistics.class)
public abstract class WorkspaceCumulativeStatistics extends AbstractCumulativeStatistics {
  WorkspaceCumulativeStatistics() {}

  /** Starts building a Workspace Cumulative Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkspaceCumulativeStatistics}. */
  public static class Builder extends ImmutableWorkspaceCumulativeStatistics.Builder {
    Builder() {}
  }

  /** The total number of Tasks created. */
  @JsonProperty("tasks_created")
  public abstract OptionalInt tasksCreated();

  /** The total number of Tasks that were timed out of their Workflows (and deleted). */
  @JsonProperty("tasks_timed_out_in_workflow")
  public abstract OptionalInt tasksTimedOutInWorkflow();
}
