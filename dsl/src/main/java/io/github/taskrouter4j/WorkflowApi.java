package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.RealTimeStatisticsRequest;
import io.github.taskrouter4j.resource.StatisticsRequest;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.WorkflowCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkflowRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkflowStatistics;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One workflow of a workspace and its statistics; from {@code tr.workspace(ws).workflow(sid)}. */
public final class WorkflowApi {
  private final Calls calls;
  private final WorkflowSid sid;
  private final String base;

  WorkflowApi(Calls calls, String workspacePath, WorkflowSid sid) {
    this.calls = calls;
    this.sid = Objects.requireNonNull(sid, "sid == null");
    this.base = workspacePath + "/Workflows/" + sid.value();
  }

  /** The workflow's SID. */
  public WorkflowSid sid() {
    return sid;
  }

  /** Fetches the workflow. */
  public Workflow fetch() {
    return calls.get(base, Map.of(), Workflow.class);
  }

  /**
   * The statistics (cumulative and real-time) of this workflow with Twilio's defaults ({@code GET
   * …/Statistics}).
   */
  public WorkflowStatistics statistics() {
    return statistics(StatisticsRequest.builder().build());
  }

  /**
   * The statistics (cumulative and real-time) of this workflow.
   *
   * <pre>{@code
   * WorkflowStatistics stats = api.statistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkflowStatistics statistics(Consumer<StatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The statistics (cumulative and real-time) of this workflow, for a request value. */
  public WorkflowStatistics statistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(base + "/Statistics", request.toQuery(), WorkflowStatistics.class);
  }

  /** Like {@link #statistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkflowStatistics> statisticsAsync(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(base + "/Statistics", request.toQuery(), WorkflowStatistics.class);
  }

  /**
   * The cumulative statistics of this workflow with Twilio's defaults ({@code GET
   * …/CumulativeStatistics}).
   */
  public WorkflowCumulativeStatistics cumulativeStatistics() {
    return cumulativeStatistics(StatisticsRequest.builder().build());
  }

  /**
   * The cumulative statistics of this workflow.
   *
   * <pre>{@code
   * WorkflowCumulativeStatistics stats = api.cumulativeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkflowCumulativeStatistics cumulativeStatistics(
      Consumer<StatisticsRequest.Builder> spec) {
    return cumulativeStatistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The cumulative statistics of this workflow, for a request value. */
  public WorkflowCumulativeStatistics cumulativeStatistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/CumulativeStatistics", request.toQuery(), WorkflowCumulativeStatistics.class);
  }

  /** Like {@link #cumulativeStatistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkflowCumulativeStatistics> cumulativeStatisticsAsync(
      StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/CumulativeStatistics", request.toQuery(), WorkflowCumulativeStatistics.class);
  }

  /**
   * The real-time statistics of this workflow with Twilio's defaults ({@code GET
   * …/RealTimeStatistics}).
   */
  public WorkflowRealTimeStatistics realTimeStatistics() {
    return realTimeStatistics(RealTimeStatisticsRequest.builder().build());
  }

  /**
   * The real-time statistics of this workflow.
   *
   * <pre>{@code
   * WorkflowRealTimeStatistics stats = api.realTimeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkflowRealTimeStatistics realTimeStatistics(
      Consumer<RealTimeStatisticsRequest.Builder> spec) {
    return realTimeStatistics(
        Calls.build(
            RealTimeStatisticsRequest::builder, spec, RealTimeStatisticsRequest.Builder::build));
  }

  /** The real-time statistics of this workflow, for a request value. */
  public WorkflowRealTimeStatistics realTimeStatistics(RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/RealTimeStatistics", request.toQuery(), WorkflowRealTimeStatistics.class);
  }

  /** Like {@link #realTimeStatistics(RealTimeStatisticsRequest)} without blocking. */
  public CompletableFuture<WorkflowRealTimeStatistics> realTimeStatisticsAsync(
      RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/RealTimeStatistics", request.toQuery(), WorkflowRealTimeStatistics.class);
  }
}
