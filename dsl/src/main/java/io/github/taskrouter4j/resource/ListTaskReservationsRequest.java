package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists the Reservations of a Task: immutable, checked when built, rendered as
 * Twilio's query parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListTaskReservationsRequest request = ListTaskReservationsRequest.builder()
 *     .reservationStatus(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTaskReservationsRequest {
  ListTaskReservationsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ListTaskReservationsRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableListTaskReservationsRequest.Builder {
    Builder() {}
  }

  /** Only reservations in this status. Sent as {@code ReservationStatus}. */
  public abstract Optional<ReservationStatus> reservationStatus();

  /** Only reservations of this worker. Sent as {@code WorkerSid}. */
  public abstract Optional<WorkerSid> workerSid();

  /**
   * How many items Twilio returns per page (1 to 1000; Twilio's default is 50). Sent as {@code
   * PageSize}.
   */
  public abstract OptionalInt pageSize();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .put("ReservationStatus", reservationStatus())
        .put("WorkerSid", workerSid())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.range("ListTaskReservationsRequest.pageSize", pageSize(), 1, 1000L);
  }
}
