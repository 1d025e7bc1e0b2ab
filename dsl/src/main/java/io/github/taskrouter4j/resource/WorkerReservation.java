package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A TaskRouter Worker Reservation, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.worker_reservation}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkerReservation.class)
@JsonDeserialize(as = ImmutableWorkerReservation.class)
public abstract class WorkerReservation extends AbstractReservation {
  WorkerReservation() {}

  /** Starts building a Worker Reservation, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerReservation}. */
  public static class Builder extends ImmutableWorkerReservation.Builder {
    Builder() {}
  }

  /**
   * This WorkerReservation with the {@code ETag} Twilio sent alongside it; the client calls it, so
   * a fetched value can be updated with {@code If-Match}.
   */
  public WorkerReservation withEtag(String etag) {
    return ImmutableWorkerReservation.copyOf(this).withEtag(etag);
  }
}
