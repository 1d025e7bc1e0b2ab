package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.RealTimeStatisticsRequest;
import io.github.taskrouter4j.resource.StatisticsRequest;
import io.github.taskrouter4j.resource.UpdateWorkspaceRequest;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkspaceRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkspaceStatistics;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One workspace and everything in it; from {@code tr.workspace(sid)}. Nothing is sent until an
 * operation is called.
 *
 * <pre>{@code
 * WorkspaceApi ws = tr.workspace(WorkspaceSid.of("WS…"));
 * ws.workers().update(workerSid, w -> w.activity(available));
 * }</pre>
 */
public final class WorkspaceApi {
  private final Calls calls;
  private final WorkspaceSid sid;
  private final String base;
  private final WorkspacesApi workspaces;

  WorkspaceApi(Calls calls, WorkspaceSid sid) {
    this.calls = calls;
    this.sid = Objects.requireNonNull(sid, "sid == null");
    this.base = "/v1/Workspaces/" + sid.value();
    this.workspaces = new WorkspacesApi(calls, "/v1/Workspaces");
  }

  /** The workspace's SID. */
  public WorkspaceSid sid() {
    return sid;
  }

  /** Fetches the workspace ({@code GET /v1/Workspaces/WS…}). */
  public Workspace fetch() {
    return workspaces.fetch(sid);
  }

  /** Updates the workspace: {@code update(w -> w.timeoutActivity(offline))}. */
  public Workspace update(Consumer<UpdateWorkspaceRequest.Builder> spec) {
    return workspaces.update(sid, spec);
  }

  /** Deletes the workspace and everything in it. */
  public void delete() {
    workspaces.delete(sid);
  }

  /** The workspace's activities. */
  public ActivitiesApi activities() {
    return new ActivitiesApi(calls, base + "/Activities");
  }

  /** The workspace's tasks. */
  public TasksApi tasks() {
    return new TasksApi(calls, base + "/Tasks");
  }

  /** One task, for its reservations: {@code task(sid).reservations().list()}. */
  public TaskApi task(TaskSid task) {
    return new TaskApi(calls, base, task);
  }

  /** The workspace's task queues. */
  public TaskQueuesApi taskQueues() {
    return new TaskQueuesApi(calls, base + "/TaskQueues");
  }

  /** One task queue, for its statistics. */
  public TaskQueueApi taskQueue(TaskQueueSid queue) {
    return new TaskQueueApi(calls, base, queue);
  }

  /** The workspace's workers. */
  public WorkersApi workers() {
    return new WorkersApi(calls, base + "/Workers");
  }

  /** One worker, for its reservations, channels and statistics. */
  public WorkerApi worker(WorkerSid worker) {
    return new WorkerApi(calls, base, worker);
  }

  /** The workspace's workflows. */
  public WorkflowsApi workflows() {
    return new WorkflowsApi(calls, base + "/Workflows");
  }

  /** One workflow, for its statistics. */
  public WorkflowApi workflow(WorkflowSid workflow) {
    return new WorkflowApi(calls, base, workflow);
  }

  /** The workspace's task channels. */
  public TaskChannelsApi taskChannels() {
    return new TaskChannelsApi(calls, base + "/TaskChannels");
  }

  /** The workspace's events (kept 30 days). */
  public EventsApi events() {
    return new EventsApi(calls, base + "/Events");
  }

  /**
   * The statistics (cumulative and real-time) of this workspace with Twilio's defaults ({@code GET
   * …/Statistics}).
   */
  public WorkspaceStatistics statistics() {
    return statistics(StatisticsRequest.builder().build());
  }

  /**
   * The statistics (cumulative and real-time) of this workspace.
   *
   * <pre>{@code
   * WorkspaceStatistics stats = api.statistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkspaceStatistics statistics(Consumer<StatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The statistics (cumulative and real-time) of this workspace, for a request value. */
  public WorkspaceStatistics statistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(base + "/Statistics", request.toQuery(), WorkspaceStatistics.class);
  }

  /** Like {@link #statistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkspaceStatistics> statisticsAsync(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(base + "/Statistics", request.toQuery(), WorkspaceStatistics.class);
  }

  /**
   * The cumulative statistics of this workspace with Twilio's defaults ({@code GET
   * …/CumulativeStatistics}).
   */
  public WorkspaceCumulativeStatistics cumulativeStatistics() {
    return cumulativeStatistics(StatisticsRequest.builder().build());
  }

  /**
   * The cumulative statistics of this workspace.
   *
   * <pre>{@code
   * WorkspaceCumulativeStatistics stats = api.cumulativeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkspaceCumulativeStatistics cumulativeStatistics(
      Consumer<StatisticsRequest.Builder> spec) {
    return cumulativeStatistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The cumulative statistics of this workspace, for a request value. */
  public WorkspaceCumulativeStatistics cumulativeStatistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/CumulativeStatistics", request.toQuery(), WorkspaceCumulativeStatistics.class);
  }

  /** Like {@link #cumulativeStatistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkspaceCumulativeStatistics> cumulativeStatisticsAsync(
      StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/CumulativeStatistics", request.toQuery(), WorkspaceCumulativeStatistics.class);
  }

  /**
   * The real-time statistics of this workspace with Twilio's defaults ({@code GET
   * …/RealTimeStatistics}).
   */
  public WorkspaceRealTimeStatistics realTimeStatistics() {
    return realTimeStatistics(RealTimeStatisticsRequest.builder().build());
  }

  /**
   * The real-time statistics of this workspace.
   *
   * <pre>{@code
   * WorkspaceRealTimeStatistics stats = api.realTimeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkspaceRealTimeStatistics realTimeStatistics(
      Consumer<RealTimeStatisticsRequest.Builder> spec) {
    return realTimeStatistics(
        Calls.build(
            RealTimeStatisticsRequest::builder, spec, RealTimeStatisticsRequest.Builder::build));
  }

  /** The real-time statistics of this workspace, for a request value. */
  public WorkspaceRealTimeStatistics realTimeStatistics(RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/RealTimeStatistics", request.toQuery(), WorkspaceRealTimeStatistics.class);
  }

  /** Like {@link #realTimeStatistics(RealTimeStatisticsRequest)} without blocking. */
  public CompletableFuture<WorkspaceRealTimeStatistics> realTimeStatisticsAsync(
      RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/RealTimeStatistics", request.toQuery(), WorkspaceRealTimeStatistics.class);
  }
}
