package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.EventSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A TaskRouter Event, as Twilio returns it (schema {@code taskrouter.v1.workspace.event}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event {
  Event() {}

  /** Starts building a Event, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Event}. */
  public static class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Event resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The SID of the resource that triggered the event. */
  @JsonProperty("actor_sid")
  public abstract Optional<String> actorSid();

  /** The type of resource that triggered the event. */
  @JsonProperty("actor_type")
  public abstract Optional<String> actorType();

  /** The absolute URL of the resource that triggered the event. */
  @JsonProperty("actor_url")
  public abstract Optional<URI> actorUrl();

  /** A description of the event. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** Data about the event. For more information, see Event types. */
  @JsonProperty("event_data")
  public abstract Optional<JsonNode> eventData();

  /** The time the event was sent, specified in ISO 8601 format. */
  @JsonProperty("event_date")
  public abstract Optional<Instant> eventDate();

  /** The time the event was sent in milliseconds. */
  @JsonProperty("event_date_ms")
  public abstract OptionalLong eventDateMs();

  /** The identifier for the event. */
  @JsonProperty("event_type")
  public abstract Optional<String> eventType();

  /**
   * The SID of the object the event is most relevant to, such as a TaskSid, ReservationSid, or a
   * WorkerSid.
   */
  @JsonProperty("resource_sid")
  public abstract Optional<String> resourceSid();

  /**
   * The type of object the event is most relevant to, such as a Task, Reservation, or a Worker).
   */
  @JsonProperty("resource_type")
  public abstract Optional<String> resourceType();

  /** The URL of the resource the event is most relevant to. */
  @JsonProperty("resource_url")
  public abstract Optional<URI> resourceUrl();

  /** The unique string that we created to identify the Event resource. */
  @JsonProperty("sid")
  public abstract EventSid sid();

  /** Where the Event originated. */
  @JsonProperty("source")
  public abstract Optional<String> source();

  /** The IP from which the Event originated. */
  @JsonProperty("source_ip_address")
  public abstract Optional<String> sourceIpAddress();

  /** The absolute URL of the Event resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The SID of the Workspace that contains the Event. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
