package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
public abstract class TaskReservation extends AbstractReservation {
  TaskReservation() {}

  /** Starts building a Task Reservation, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskReservation}. */
  public static class Builder extends ImmutableTaskReservation.Builder {
    Builder() {}
  }

  /**
   * This TaskReservation with the {@code ETag} Twilio sent alongside it; the client calls it, so a
   * fetched value can be updated with {@code If-Match}.
   */
  public TaskReservation withEtag(String etag) {
    return ImmutableTaskReservation.copyOf(this).withEtag(etag);
  }
}
