package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.ListWorkerReservationsRequest;
import io.github.taskrouter4j.resource.UpdateReservationRequest;
import io.github.taskrouter4j.resource.WorkerReservation;
import io.github.taskrouter4j.sid.ReservationSid;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The worker reservations of a worker: fetch, list and update.
 *
 * <p>Get it from {@code tr.workspace(ws).worker(sid).reservations()}; it is immutable and
 * thread-safe, like the client.
 */
public final class WorkerReservationsApi {
  private final ReservationCalls<WorkerReservation> calls;

  WorkerReservationsApi(Calls calls, String base) {
    this.calls =
        new ReservationCalls<>(
            calls,
            base,
            WorkerReservation.class,
            form ->
                Calls.refuse(
                    form,
                    "a worker's reservation (supervise only exists on task reservations)",
                    "SupervisorMode",
                    "Supervisor"));
  }

  /**
   * Fetches one worker reservation ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public WorkerReservation fetch(ReservationSid sid) {
    return calls.fetch(sid);
  }

  /** Like {@link #fetch(ReservationSid)} without blocking. */
  public CompletableFuture<WorkerReservation> fetchAsync(ReservationSid sid) {
    return calls.fetchAsync(sid);
  }

  /**
   * Every worker reservation, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations}): a page is requested only when
   * the stream reaches it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<WorkerReservation> list() {
    return list(ListWorkerReservationsRequest.builder().build());
  }

  /**
   * The worker reservations matching a filter, read lazily.
   *
   * <pre>{@code
   * worker.reservations().list(q -> q.reservationStatus(ReservationStatus.PENDING)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<WorkerReservation> list(Consumer<ListWorkerReservationsRequest.Builder> spec) {
    return list(
        Calls.build(
            ListWorkerReservationsRequest::builder,
            spec,
            ListWorkerReservationsRequest.Builder::build));
  }

  /** The worker reservations matching a request value, read lazily. */
  public Stream<WorkerReservation> list(ListWorkerReservationsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(request.toQuery());
  }

  /**
   * Like {@link #list(ListWorkerReservationsRequest)} without blocking: completes with every item
   * of every page.
   */
  public CompletableFuture<List<WorkerReservation>> listAsync(
      ListWorkerReservationsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(request.toQuery());
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<WorkerReservation>> listAsync(
      Consumer<ListWorkerReservationsRequest.Builder> spec) {
    return listAsync(
        Calls.build(
            ListWorkerReservationsRequest::builder,
            spec,
            ListWorkerReservationsRequest.Builder::build));
  }

  /**
   * Updates a worker reservation ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Reservations/{Sid}}).
   *
   * <pre>{@code
   * worker.reservations().update(sid, u -> u.accept());
   * }</pre>
   */
  public WorkerReservation update(
      ReservationSid sid, Consumer<UpdateReservationRequest.Builder> spec) {
    return update(sid, ReservationCalls.request(spec));
  }

  /** Updates a worker reservation with a request value. */
  public WorkerReservation update(ReservationSid sid, UpdateReservationRequest request) {
    return calls.update(sid, request);
  }

  /** Like {@link #update(ReservationSid, Consumer)} without blocking. */
  public CompletableFuture<WorkerReservation> updateAsync(
      ReservationSid sid, Consumer<UpdateReservationRequest.Builder> spec) {
    return updateAsync(sid, ReservationCalls.request(spec));
  }

  /** Like {@link #update(ReservationSid, UpdateReservationRequest)} without blocking. */
  public CompletableFuture<WorkerReservation> updateAsync(
      ReservationSid sid, UpdateReservationRequest request) {
    return calls.updateAsync(sid, request);
  }

  /**
   * Updates a reservation fetched earlier: sends {@code If-Match} with its ETag, and first refuses
   * locally what Twilio would refuse from its status, e.g. accepting a reservation that is already
   * accepted.
   *
   * <pre>{@code
   * WorkerReservation r = api.fetch(sid);
   * api.update(r, u -> u.accept());
   * }</pre>
   *
   * @throws IllegalStateException with Twilio's wording, if the change cannot happen from its
   *     status
   */
  public WorkerReservation update(
      WorkerReservation current, Consumer<UpdateReservationRequest.Builder> spec) {
    Objects.requireNonNull(current, "current == null");
    return calls.update(current.sid(), current.etag(), current.reservationStatus(), spec);
  }
}
