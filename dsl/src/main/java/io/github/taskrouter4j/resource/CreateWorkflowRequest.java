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
 * The request that creates a Workflow: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateWorkflowRequest request = CreateWorkflowRequest.builder()
 *     .friendlyName(…)
 *     .configuration(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateWorkflowRequest {
  CreateWorkflowRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateWorkflowRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateWorkflowRequest.Builder {
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
      return configuration(JsonText.write(configuration, "CreateWorkflowRequest.configuration"));
    }
  }

  /** A name, e.g. {@code Incoming Call Flow}. Sent as {@code FriendlyName}. */
  public abstract String friendlyName();

  /**
   * The routing configuration, JSON of at most 1,038,576 bytes (see {@code WorkflowConfiguration}).
   * Sent as {@code Configuration}.
   */
  public abstract String configuration();

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
   * How long a worker has to accept a reservation, 1 second to 24 hours (Twilio's default: 120
   * seconds). Sent as {@code TaskReservationTimeout}.
   */
  public abstract Optional<Duration> taskReservationTimeout();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("Configuration", configuration())
        .put("AssignmentCallbackUrl", assignmentCallbackUrl())
        .put("FallbackAssignmentCallbackUrl", fallbackAssignmentCallbackUrl())
        .put("TaskReservationTimeout", taskReservationTimeout())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateWorkflowRequest.friendlyName", friendlyName(), 64);
    Checks.configuration("CreateWorkflowRequest.configuration", configuration());
    Checks.seconds(
        "CreateWorkflowRequest.taskReservationTimeout", taskReservationTimeout(), 1, 86400);
  }
}
