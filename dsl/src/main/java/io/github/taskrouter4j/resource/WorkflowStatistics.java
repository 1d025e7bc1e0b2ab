package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Workflow Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.workflow.workflow_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflowStatistics.class)
@JsonDeserialize(as = ImmutableWorkflowStatistics.class)
public abstract class WorkflowStatistics {
  WorkflowStatistics() {}

  /** Starts building a Workflow Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkflowStatistics}. */
  public static class Builder extends ImmutableWorkflowStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Workflow resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** An object that contains the cumulative statistics for the Workflow. */
  @JsonProperty("cumulative")
  public abstract Optional<JsonNode> cumulative();

  /** An object that contains the real-time statistics for the Workflow. */
  @JsonProperty("realtime")
  public abstract Optional<JsonNode> realtime();

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

  /**
   * {@link #cumulative()} read as typed values (Twilio nests the same fields it returns from the
   * cumulative statistics endpoint).
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<WorkflowCumulativeStatistics> cumulativeStatistics() {
    return cumulative()
        .map(node -> Resources.mapper().convertValue(node, WorkflowCumulativeStatistics.class));
  }

  /** {@link #realtime()} read as typed values. */
  @JsonIgnore
  @Value.Lazy
  public Optional<WorkflowRealTimeStatistics> realTimeStatistics() {
    return realtime()
        .map(node -> Resources.mapper().convertValue(node, WorkflowRealTimeStatistics.class));
  }
}
