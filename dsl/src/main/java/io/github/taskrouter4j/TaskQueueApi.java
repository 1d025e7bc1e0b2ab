package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.RealTimeStatisticsRequest;
import io.github.taskrouter4j.resource.StatisticsRequest;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskQueueCumulativeStatistics;
import io.github.taskrouter4j.resource.TaskQueueRealTimeStatistics;
import io.github.taskrouter4j.resource.TaskQueueStatistics;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One task queue of a workspace and its statistics; from {@code tr.workspace(ws).taskQueue(sid)}.
 */
public final class TaskQueueApi {
  private final Calls calls;
  private final TaskQueueSid sid;
  private final String base;

  TaskQueueApi(Calls calls, String workspacePath, TaskQueueSid sid) {
    this.calls = calls;
    this.sid = Objects.requireNonNull(sid, "sid == null");
    this.base = workspacePath + "/TaskQueues/" + sid.value();
  }

  /** The task queue's SID. */
  public TaskQueueSid sid() {
    return sid;
  }

  /** Fetches the task queue. */
  public TaskQueue fetch() {
    return calls.get(base, Map.of(), TaskQueue.class);
  }

  /**
   * The statistics (cumulative and real-time) of this taskqueue with Twilio's defaults ({@code GET
   * …/Statistics}).
   */
  public TaskQueueStatistics statistics() {
    return statistics(StatisticsRequest.builder().build());
  }

  /**
   * The statistics (cumulative and real-time) of this taskqueue.
   *
   * <pre>{@code
   * TaskQueueStatistics stats = api.statistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public TaskQueueStatistics statistics(Consumer<StatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The statistics (cumulative and real-time) of this taskqueue, for a request value. */
  public TaskQueueStatistics statistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(base + "/Statistics", request.toQuery(), TaskQueueStatistics.class);
  }

  /** Like {@link #statistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<TaskQueueStatistics> statisticsAsync(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(base + "/Statistics", request.toQuery(), TaskQueueStatistics.class);
  }

  /**
   * The cumulative statistics of this taskqueue with Twilio's defaults ({@code GET
   * …/CumulativeStatistics}).
   */
  public TaskQueueCumulativeStatistics cumulativeStatistics() {
    return cumulativeStatistics(StatisticsRequest.builder().build());
  }

  /**
   * The cumulative statistics of this taskqueue.
   *
   * <pre>{@code
   * TaskQueueCumulativeStatistics stats = api.cumulativeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public TaskQueueCumulativeStatistics cumulativeStatistics(
      Consumer<StatisticsRequest.Builder> spec) {
    return cumulativeStatistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The cumulative statistics of this taskqueue, for a request value. */
  public TaskQueueCumulativeStatistics cumulativeStatistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/CumulativeStatistics", request.toQuery(), TaskQueueCumulativeStatistics.class);
  }

  /** Like {@link #cumulativeStatistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<TaskQueueCumulativeStatistics> cumulativeStatisticsAsync(
      StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/CumulativeStatistics", request.toQuery(), TaskQueueCumulativeStatistics.class);
  }

  /**
   * The real-time statistics of this taskqueue with Twilio's defaults ({@code GET
   * …/RealTimeStatistics}).
   */
  public TaskQueueRealTimeStatistics realTimeStatistics() {
    return realTimeStatistics(RealTimeStatisticsRequest.builder().build());
  }

  /**
   * The real-time statistics of this taskqueue.
   *
   * <pre>{@code
   * TaskQueueRealTimeStatistics stats = api.realTimeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public TaskQueueRealTimeStatistics realTimeStatistics(
      Consumer<RealTimeStatisticsRequest.Builder> spec) {
    return realTimeStatistics(
        Calls.build(
            RealTimeStatisticsRequest::builder, spec, RealTimeStatisticsRequest.Builder::build));
  }

  /** The real-time statistics of this taskqueue, for a request value. */
  public TaskQueueRealTimeStatistics realTimeStatistics(RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/RealTimeStatistics", request.toQuery(), TaskQueueRealTimeStatistics.class);
  }

  /** Like {@link #realTimeStatistics(RealTimeStatisticsRequest)} without blocking. */
  public CompletableFuture<TaskQueueRealTimeStatistics> realTimeStatisticsAsync(
      RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/RealTimeStatistics", request.toQuery(), TaskQueueRealTimeStatistics.class);
  }
}
