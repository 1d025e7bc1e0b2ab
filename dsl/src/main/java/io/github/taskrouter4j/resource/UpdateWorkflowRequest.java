package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.resource.internal.JsonText;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that updates a Workflow: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateWorkflowRequest request = UpdateWorkflowRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateWorkflowRequest {
  UpdateWorkflowRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateWorkflowRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableUpdateWorkflowRequest.Builder {
    Builder() {}

    /**
     * Sets the configuration from a typed, checked {@code WorkflowConfiguration}, written as
     * Twilio's minified JSON.
     */
    public Builder configuration(WorkflowConfiguration configuration) {
      return configuration(configuration.toJson());
    }

    /** Sets the configuration from a JSON node, written minified. */
    public Builder configuration(JsonNode configuration) {
      return configuration(JsonText.write(configuration, "UpdateWorkflowRequest.configuration"));
    }
  }

  /** A name, e.g. {@code Incoming Call Flow}. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * The URL TaskRouter calls when it reserves a worker for a task. Sent as {@code
   * AssignmentCallbackUrl}.
   */
  public abstract Optional<URI> assignmentCallbackUrl();

  /**
   * The URL TaskRouter calls when the assignment callback fails. Sent as {@code
   * FallbackAssignmentCallbackUrl}.
   */
  public abstract Optional<URI> fallbackAssignmentCallbackUrl();

  /**
   * The routing configuration, JSON of at most 1,038,576 bytes (see {@code WorkflowConfiguration}).
   * Sent as {@code Configuration}.
   */
  public abstract Optional<String> configuration();

  /**
   * How long a worker has to accept a reservation, 1 second to 24 hours (Twilio's default: 120
   * seconds). Sent as {@code TaskReservationTimeout}.
   */
  public abstract Optional<Duration> taskReservationTimeout();

  /**
   * Whether tasks already in the workflow are routed again under the new configuration (Twilio's
   * default: false). Sent as {@code ReEvaluateTasks}.
   */
  public abstract Optional<Boolean> reEvaluateTasks();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("AssignmentCallbackUrl", assignmentCallbackUrl())
        .put("FallbackAssignmentCallbackUrl", fallbackAssignmentCallbackUrl())
        .put("Configuration", configuration())
        .put("TaskReservationTimeout", taskReservationTimeout())
        .put("ReEvaluateTasks", reEvaluateTasks())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("UpdateWorkflowRequest.friendlyName", friendlyName(), 64);
    Checks.configuration("UpdateWorkflowRequest.configuration", configuration());
    Checks.seconds(
        "UpdateWorkflowRequest.taskReservationTimeout", taskReservationTimeout(), 1, 86400);
  }
}
