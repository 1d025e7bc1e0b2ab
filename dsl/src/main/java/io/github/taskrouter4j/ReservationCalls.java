package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.ReservationStatus;
import io.github.taskrouter4j.resource.Transitions;
import io.github.taskrouter4j.resource.UpdateReservationRequest;
import io.github.taskrouter4j.sid.ReservationSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The calls a task's and a worker's reservations share: the two endpoints differ only in the
 * resource they return and in the update parameters they refuse.
 */
final class ReservationCalls<R> {
  private final Calls calls;
  private final String base;
  private final Class<R> type;
  private final Consumer<Map<String, List<String>>> refuse;

  /**
   * @param refuse throws for the update parameters this endpoint does not take
   */
  ReservationCalls(
      Calls calls, String base, Class<R> type, Consumer<Map<String, List<String>>> refuse) {
    this.calls = calls;
    this.base = base;
    this.type = type;
    this.refuse = refuse;
  }

  R fetch(ReservationSid sid) {
    return calls.get(path(sid), Map.of(), type);
  }

  CompletableFuture<R> fetchAsync(ReservationSid sid) {
    return calls.getAsync(path(sid), Map.of(), type);
  }

  Stream<R> list(Map<String, List<String>> query) {
    return calls.list(base, query, "reservations", type);
  }

  CompletableFuture<List<R>> listAsync(Map<String, List<String>> query) {
    return calls.listAsync(base, query, "reservations", type);
  }

  R update(ReservationSid sid, UpdateReservationRequest request) {
    Objects.requireNonNull(request, "request == null");
    Map<String, List<String>> form = request.toForm();
    refuse.accept(form);
    return calls.post(path(sid), form, request.ifMatch(), type);
  }

  CompletableFuture<R> updateAsync(ReservationSid sid, UpdateReservationRequest request) {
    Objects.requireNonNull(request, "request == null");
    Map<String, List<String>> form = request.toForm();
    refuse.accept(form);
    return calls.postAsync(path(sid), form, request.ifMatch(), type);
  }

  /**
   * Updates a reservation fetched earlier (its SID, ETag and status): sends {@code If-Match} with
   * the ETag and first refuses locally what Twilio would refuse from the status.
   */
  R update(
      ReservationSid sid,
      Optional<String> etag,
      ReservationStatus status,
      Consumer<UpdateReservationRequest.Builder> spec) {
    UpdateReservationRequest.Builder builder = UpdateReservationRequest.builder();
    etag.ifPresent(builder::ifMatch);
    UpdateReservationRequest request =
        Calls.build(() -> builder, spec, UpdateReservationRequest.Builder::build);
    Transitions.checkReservation(sid, status, request);
    return update(sid, request);
  }

  /** The update request {@code spec} builds. */
  static UpdateReservationRequest request(Consumer<UpdateReservationRequest.Builder> spec) {
    return Calls.build(
        UpdateReservationRequest::builder, spec, UpdateReservationRequest.Builder::build);
  }

  private String path(ReservationSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }
}
