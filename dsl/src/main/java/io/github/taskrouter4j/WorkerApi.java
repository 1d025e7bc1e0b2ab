package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.StatisticsRequest;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.WorkerInstanceStatistics;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One worker: its reservations, channels and statistics; from {@code tr.workspace(ws).worker(sid)}.
 */
public final class WorkerApi {
  private final Calls calls;
  private final WorkerSid sid;
  private final String base;

  WorkerApi(Calls calls, String workspacePath, WorkerSid sid) {
    this.calls = calls;
    this.sid = Objects.requireNonNull(sid, "sid == null");
    this.base = workspacePath + "/Workers/" + sid.value();
  }

  /** The worker's SID. */
  public WorkerSid sid() {
    return sid;
  }

  /** Fetches the worker, with its ETag. */
  public Worker fetch() {
    return calls.get(base, Map.of(), Worker.class);
  }

  /** The worker's reservations: {@code reservations().list(q -> q.reservationStatus(PENDING))}. */
  public WorkerReservationsApi reservations() {
    return new WorkerReservationsApi(calls, base + "/Reservations");
  }

  /** The worker's channels (capacity per task channel). */
  public WorkerChannelsApi channels() {
    return new WorkerChannelsApi(calls, base + "/Channels");
  }

  /** The statistics of this worker with Twilio's defaults ({@code GET …/Statistics}). */
  public WorkerInstanceStatistics statistics() {
    return statistics(StatisticsRequest.builder().build());
  }

  /**
   * The statistics of this worker.
   *
   * <pre>{@code
   * WorkerInstanceStatistics stats = api.statistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkerInstanceStatistics statistics(Consumer<StatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The statistics of this worker, for a request value. */
  public WorkerInstanceStatistics statistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    Calls.refuse(request.toQuery(), "statistics of this worker", "SplitByWaitTime");
    return calls.get(base + "/Statistics", request.toQuery(), WorkerInstanceStatistics.class);
  }

  /** Like {@link #statistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkerInstanceStatistics> statisticsAsync(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    Calls.refuse(request.toQuery(), "statistics of this worker", "SplitByWaitTime");
    return calls.getAsync(base + "/Statistics", request.toQuery(), WorkerInstanceStatistics.class);
  }
}
