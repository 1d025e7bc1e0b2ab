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
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Workflow, as Twilio returns it (schema {@code taskrouter.v1.workspace.workflow}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkflow.class)
@JsonDeserialize(as = ImmutableWorkflow.class)
public abstract class Workflow {
  Workflow() {}

  /** Starts building a Workflow, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Workflow}. */
  public static class Builder extends ImmutableWorkflow.Builder {
    Builder() {}

    /** Sets the configuration, written as Twilio's minified JSON. */
    public Builder configuration(WorkflowConfiguration configuration) {
      return configurationJson(configuration.toJson());
    }
  }

  /** The SID of the Account that created the Workflow resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /**
   * The URL that we call when a task managed by the Workflow is assigned to a Worker. See
   * Assignment Callback URL for more information.
   */
  @JsonProperty("assignment_callback_url")
  public abstract Optional<URI> assignmentCallbackUrl();

  /**
   * The configuration exactly as Twilio sent it: JSON text. A JSON string that contains the
   * Workflow's configuration. See Configuring Workflows for more information.
   */
  @JsonProperty("configuration")
  public abstract Optional<String> configurationJson();

  /** The date and time in GMT when the resource was created specified in RFC 2822 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in RFC 2822 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The MIME type of the document. */
  @JsonProperty("document_content_type")
  public abstract Optional<String> documentContentType();

  /** The URL that we call when a call to the {@code assignment_callback_url} fails. */
  @JsonProperty("fallback_assignment_callback_url")
  public abstract Optional<URI> fallbackAssignmentCallbackUrl();

  /**
   * The string that you assigned to describe the Workflow resource. For example, {@code Customer
   * Support} or {@code 2014 Election Campaign}.
   */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The unique string that we created to identify the Workflow resource. */
  @JsonProperty("sid")
  public abstract WorkflowSid sid();

  /**
   * How long TaskRouter will wait for a confirmation response from your application after it
   * assigns a Task to a Worker. Can be up to {@code 86,400} (24 hours) and the default is {@code
   * 120}.
   */
  @JsonProperty("task_reservation_timeout")
  public abstract Duration taskReservationTimeout();

  /** The SID of the Workspace that contains the Workflow. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Workflow resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The routing configuration, parsed from {@link #configurationJson()}.
   *
   * <pre>{@code
   * workflow.configuration().taskRouting().filters().get(0).name();
   * }</pre>
   *
   * @throws IllegalArgumentException if Twilio's text is not a workflow configuration, or the
   *     workflow has none
   */
  @JsonIgnore
  @Value.Lazy
  public WorkflowConfiguration configuration() {
    String json =
        configurationJson()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Workflow " + sid() + " has no configuration in this answer"));
    return WorkflowConfiguration.fromJson(json);
  }
}
