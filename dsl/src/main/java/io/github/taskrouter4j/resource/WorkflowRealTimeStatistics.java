package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Workflow Real Time Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.workflow.workflow_real_time_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowRealTimeStatistics.class)
@JsonDeserialize(as = ImmutableWorkflowRealTimeStatistics.class)
public abstract class WorkflowRealTimeStatistics {
  WorkflowRealTimeStatistics() {}

  /** Starts building a Workflow Real Time Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowRealTimeStatistics}. */
  public static class Builder extends ImmutableWorkflowRealTimeStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Workflow resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The age of the longest waiting Task. */
  @JsonProperty("longest_task_waiting_age")
  public abstract Duration longestTaskWaitingAge();

  /** The SID of the longest waiting Task. */
  @JsonProperty("longest_task_waiting_sid")
  public abstract Optional<TaskSid> longestTaskWaitingSid();

  /**
   * The number of Tasks by priority. For example: {@code {"0": "10", "99": "5"}} shows 10 Tasks at
   * priority 0 and 5 at priority 99.
   */
  @JsonProperty("tasks_by_priority")
  public abstract Map<String, Integer> tasksByPriority();

  /**
   * The number of Tasks by their current status. For example: {@code {"pending": "1", "reserved":
   * "3", "assigned": "2", "completed": "5"}}.
   */
  @JsonProperty("tasks_by_status")
  public abstract Map<String, Integer> tasksByStatus();

  /** The total number of Tasks. */
  @JsonProperty("total_tasks")
  public abstract int totalTasks();

  /**
   * Returns the list of Tasks that are being controlled by the Workflow with the specified SID
   * value.
   */
  @JsonProperty("workflow_sid")
  public abstract Optional<WorkflowSid> workflowSid();

  /** The SID of the Workspace that contains the Workflow. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Workflow statistics resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
