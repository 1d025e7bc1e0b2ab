package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.ListTaskReservationsRequest;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.UpdateReservationRequest;
import io.github.taskrouter4j.sid.ReservationSid;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The task reservations of a task: fetch, list and update.
 *
 * <p>Get it from {@code tr.workspace(ws).task(sid).reservations()}; it is immutable and
 * thread-safe, like the client.
 */
public final class TaskReservationsApi {
  private final ReservationCalls<TaskReservation> calls;

  TaskReservationsApi(Calls calls, String base) {
    this.calls = new ReservationCalls<>(calls, base, TaskReservation.class, form -> {});
  }

  /**
   * Fetches one task reservation ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public TaskReservation fetch(ReservationSid sid) {
    return calls.fetch(sid);
  }

  /** Like {@link #fetch(ReservationSid)} without blocking. */
  public CompletableFuture<TaskReservation> fetchAsync(ReservationSid sid) {
    return calls.fetchAsync(sid);
  }

  /**
   * Every task reservation, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations}): a page is requested only when the
   * stream reaches it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<TaskReservation> list() {
    return list(ListTaskReservationsRequest.builder().build());
  }

  /**
   * The task reservations matching a filter, read lazily.
   *
   * <pre>{@code
   * task.reservations().list(q -> q.reservationStatus(ReservationStatus.PENDING)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<TaskReservation> list(Consumer<ListTaskReservationsRequest.Builder> spec) {
    return list(
        Calls.build(
            ListTaskReservationsRequest::builder,
            spec,
            ListTaskReservationsRequest.Builder::build));
  }

  /** The task reservations matching a request value, read lazily. */
  public Stream<TaskReservation> list(ListTaskReservationsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(request.toQuery());
  }

  /**
   * Like {@link #list(ListTaskReservationsRequest)} without blocking: completes with every item of
   * every page.
   */
  public CompletableFuture<List<TaskReservation>> listAsync(ListTaskReservationsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(request.toQuery());
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<TaskReservation>> listAsync(
      Consumer<ListTaskReservationsRequest.Builder> spec) {
    return listAsync(
        Calls.build(
            ListTaskReservationsRequest::builder,
            spec,
            ListTaskReservationsRequest.Builder::build));
  }

  /**
   * Updates a task reservation ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}}).
   *
   * <pre>{@code
   * task.reservations().update(sid, u -> u.accept());
   * }</pre>
   */
  public TaskReservation update(
      ReservationSid sid, Consumer<UpdateReservationRequest.Builder> spec) {
    return update(sid, ReservationCalls.request(spec));
  }

  /** Updates a task reservation with a request value. */
  public TaskReservation update(ReservationSid sid, UpdateReservationRequest request) {
    return calls.update(sid, request);
  }

  /** Like {@link #update(ReservationSid, Consumer)} without blocking. */
  public CompletableFuture<TaskReservation> updateAsync(
      ReservationSid sid, Consumer<UpdateReservationRequest.Builder> spec) {
    return updateAsync(sid, ReservationCalls.request(spec));
  }

  /** Like {@link #update(ReservationSid, UpdateReservationRequest)} without blocking. */
  public CompletableFuture<TaskReservation> updateAsync(
      ReservationSid sid, UpdateReservationRequest request) {
    return calls.updateAsync(sid, request);
  }

  /**
   * Updates a reservation fetched earlier: sends {@code If-Match} with its ETag, and first refuses
   * locally what Twilio would refuse from its status, e.g. accepting a reservation that is already
   * accepted.
   *
   * <pre>{@code
   * TaskReservation r = api.fetch(sid);
   * api.update(r, u -> u.accept());
   * }</pre>
   *
   * @throws IllegalStateException with Twilio's wording, if the change cannot happen from its
   *     status
   */
  public TaskReservation update(
      TaskReservation current, Consumer<UpdateReservationRequest.Builder> spec) {
    Objects.requireNonNull(current, "current == null");
    return calls.update(current.sid(), current.etag(), current.reservationStatus(), spec);
  }
}
