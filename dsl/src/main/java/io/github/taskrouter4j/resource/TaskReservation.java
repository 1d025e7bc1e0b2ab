package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Task Reservation, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.task.task_reservation}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskReservation.class)
@JsonDeserialize(as = ImmutableTaskReservation.class)
public abstract class TaskReservation {
  TaskReservation() {}

  /** Starts building a Task Reservation, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskReservation}. */
  public static class Builder extends ImmutableTaskReservation.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the TaskReservation resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /**
   * The current status of the reservation. Can be: {@code pending}, {@code accepted}, {@code
   * rejected}, or {@code timeout}.
   */
  @JsonProperty("reservation_status")
  public abstract ReservationStatus reservationStatus();

  /** The unique string that we created to identify the TaskReservation resource. */
  @JsonProperty("sid")
  public abstract ReservationSid sid();

  /** The SID of the reserved Task resource. */
  @JsonProperty("task_sid")
  public abstract Optional<TaskSid> taskSid();

  /** The {@code friendly_name} of the Worker that is reserved. */
  @JsonProperty("worker_name")
  public abstract Optional<String> workerName();

  /** The SID of the reserved Worker resource. */
  @JsonProperty("worker_sid")
  public abstract Optional<WorkerSid> workerSid();

  /** The SID of the Workspace that this task is contained within. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the TaskReservation reservation. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * The {@code ETag} header Twilio sent with this TaskReservation, if any; pass it back as {@code
   * If-Match} to update only if nobody changed it since. Not part of the JSON body.
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
   * This TaskReservation with the {@code ETag} Twilio sent alongside it; the client calls it, so a
   * fetched value can be updated with {@code If-Match}.
   */
  public TaskReservation withEtag(String etag) {
    return ImmutableTaskReservation.copyOf(this).withEtag(etag);
  }
}
