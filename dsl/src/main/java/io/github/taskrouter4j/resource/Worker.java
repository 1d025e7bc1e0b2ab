package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.resource.internal.JsonText;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Worker, as Twilio returns it (schema {@code taskrouter.v1.workspace.worker}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorker.class)
@JsonDeserialize(as = ImmutableWorker.class)
public abstract class Worker {
  Worker() {}

  /** Starts building a Worker, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Worker}. */
  public static class Builder extends ImmutableWorker.Builder {
    Builder() {}

    /** Sets the attributes from a JSON node (written minified, as Twilio counts its size). */
    public Builder attributes(JsonNode attributes) {
      return attributesJson(JsonText.write(attributes, "Worker.attributes"));
    }
  }

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The {@code friendly_name} of the Worker's current Activity. */
  @JsonProperty("activity_name")
  public abstract Optional<String> activityName();

  /** The SID of the Worker's current Activity. */
  @JsonProperty("activity_sid")
  public abstract Optional<ActivitySid> activitySid();

  /**
   * The attributes exactly as Twilio sent them: JSON text. Read them with {@link #attributes()}.
   * The JSON string that describes the Worker. For example: {@code { "email":
   * "Bob{@literal @}example.com", "phone": "+5095551234" }}. Note If this property has been
   * assigned a value, it will only be displayed in FETCH actions that return a single resource.
   * Otherwise, this property will be null, even if it has a value. This data is passed to the
   * {@code assignment_callback_url} when TaskRouter assigns a Task to the Worker.
   */
  @JsonProperty("attributes")
  public abstract Optional<String> attributesJson();

  /** Whether the Worker is available to perform tasks. */
  @JsonProperty("available")
  public abstract Optional<Boolean> available();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /**
   * The date and time in GMT of the last change to the Worker's activity specified in ISO 8601
   * format. Used to calculate Workflow statistics.
   */
  @JsonProperty("date_status_changed")
  public abstract Optional<Instant> dateStatusChanged();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /**
   * The string that you assigned to describe the resource. Friendly names are case insensitive, and
   * unique within the TaskRouter Workspace.
   */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The unique string that we created to identify the Worker resource. */
  @JsonProperty("sid")
  public abstract WorkerSid sid();

  /** The SID of the Workspace that contains the Worker. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Worker resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * The {@code ETag} header Twilio sent with this Worker, if any; pass it back as {@code If-Match}
   * to update only if nobody changed it since. Not part of the JSON body.
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<String> etag();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * The worker's attributes as JSON, parsed from {@link #attributesJson()}; an empty object when
   * Twilio sent none (list answers leave them out).
   *
   * <pre>{@code
   * String team = worker.attributes().path("team").asText();
   * }</pre>
   *
   * @throws IllegalArgumentException if Twilio's text is not a JSON object
   */
  @JsonIgnore
  @Value.Lazy
  public JsonNode attributes() {
    return JsonText.parseObject(attributesJson(), "Worker.attributes");
  }

  /**
   * The worker's attributes decoded as the caller's own type, e.g. {@code
   * worker.attributes(Agent.class)}.
   *
   * @throws IllegalArgumentException if the attributes do not fit {@code type}
   */
  public <T> T attributes(Class<T> type) {
    return JsonText.convert(attributes(), type, "Worker.attributes");
  }

  /**
   * This Worker with the {@code ETag} Twilio sent alongside it; the client calls it, so a fetched
   * value can be updated with {@code If-Match}.
   */
  public Worker withEtag(String etag) {
    return ImmutableWorker.copyOf(this).withEtag(etag);
  }
}
