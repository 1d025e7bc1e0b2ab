package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
 * The fields a Task Reservation and a Worker Reservation share (schemas {@code
 * taskrouter.v1.workspace.task.task_reservation} and {@code
 * taskrouter.v1.workspace.worker.worker_reservation} are the same shape): one definition of the
 * JSON mapping for {@link TaskReservation} and {@link WorkerReservation}.
 */
abstract class AbstractReservation {
  AbstractReservation() {}

  /** The SID of the Account that created the Reservation resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The date and time in GMT when the resource was created specified in ISO 8601 format. */
  @JsonProperty("date_created")
  public abstract Optional<Instant> dateCreated();

  /** The date and time in GMT when the resource was last updated specified in ISO 8601 format. */
  @JsonProperty("date_updated")
  public abstract Optional<Instant> dateUpdated();

  /**
   * The current status of the reservation: {@code pending}, {@code accepted}, {@code rejected},
   * {@code timeout}, and for a Worker Reservation also {@code canceled} or {@code rescinded}.
   */
  @JsonProperty("reservation_status")
  public abstract ReservationStatus reservationStatus();

  /** The unique string that we created to identify the Reservation resource. */
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

  /** The SID of the Workspace that contains the Reservation. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Reservation resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /** The URLs of related resources. */
  @JsonProperty("links")
  public abstract Map<String, URI> links();

  /**
   * The {@code ETag} header Twilio sent with this Reservation, if any; pass it back as {@code
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
}
