package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Activity, as Twilio returns it (schema {@code taskrouter.v1.workspace.activity}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
public abstract class Activity {
  Activity() {}

  /** Starts building a Activity, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Activity}. */
  public static class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Activity resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /**
   * Whether the Worker is eligible to receive a Task when it occupies the Activity. A value of
   * {@code true}, {@code 1}, or {@code yes} indicates the Activity is available. All other values
   * indicate that it is not. The value cannot be changed after the Activity is created.
   */
  @JsonProperty("available")
  public abstract Optional<Boolean> available();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /** The string that you assigned to describe the Activity resource. */
  @JsonProperty("friendly_name")
  public abstract Optional<String> friendlyName();

  /** The unique string that we created to identify the Activity resource. */
  @JsonProperty("sid")
  public abstract ActivitySid sid();

  /** The SID of the Workspace that contains the Activity. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Activity resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The {@code links} field. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
