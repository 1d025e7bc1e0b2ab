package io.github.taskrouter4j;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.CreateTaskQueueRequest;
import io.github.taskrouter4j.resource.ListTaskQueuesRequest;
import io.github.taskrouter4j.resource.ListTaskQueuesStatisticsRequest;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskQueueBulkRealTimeStatistics;
import io.github.taskrouter4j.resource.TaskQueuesStatistics;
import io.github.taskrouter4j.resource.UpdateTaskQueueRequest;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The task queues of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).taskQueues()}; it is immutable and thread-safe, like the
 * client.
 */
public final class TaskQueuesApi {
  private final Calls calls;
  private final String base;

  TaskQueuesApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a task queue.
   *
   * <pre>{@code
   * TaskQueue created = workspace.taskQueues().create(r -> r.friendlyName("Sales").targetWorkers("languages HAS \"en\""));
   * }</pre>
   *
   * @param spec fills in the {@link CreateTaskQueueRequest}; {@code build()} checks it before
   *     anything is sent
   * @return the task queue Twilio created
   */
  public TaskQueue create(Consumer<CreateTaskQueueRequest.Builder> spec) {
    return create(
        Calls.build(CreateTaskQueueRequest::builder, spec, CreateTaskQueueRequest.Builder::build));
  }

  /**
   * Creates a task queue from a request value ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/TaskQueues}).
   */
  public TaskQueue create(CreateTaskQueueRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), TaskQueue.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<TaskQueue> createAsync(Consumer<CreateTaskQueueRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateTaskQueueRequest::builder, spec, CreateTaskQueueRequest.Builder::build));
  }

  /** Like {@link #create(CreateTaskQueueRequest)} without blocking. */
  public CompletableFuture<TaskQueue> createAsync(CreateTaskQueueRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), TaskQueue.class);
  }

  /**
   * Fetches one task queue ({@code GET /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public TaskQueue fetch(TaskQueueSid sid) {
    return calls.get(path(sid), Map.of(), TaskQueue.class);
  }

  /** Like {@link #fetch(TaskQueueSid)} without blocking. */
  public CompletableFuture<TaskQueue> fetchAsync(TaskQueueSid sid) {
    return calls.getAsync(path(sid), Map.of(), TaskQueue.class);
  }

  /**
   * Every task queue, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/TaskQueues}): a page is requested only when the stream reaches
   * it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<TaskQueue> list() {
    return list(ListTaskQueuesRequest.builder().build());
  }

  /**
   * The task queues matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.taskQueues().list(q -> q.friendlyName("Sales")).forEach(System.out::println);
   * }</pre>
   */
  public Stream<TaskQueue> list(Consumer<ListTaskQueuesRequest.Builder> spec) {
    return list(
        Calls.build(ListTaskQueuesRequest::builder, spec, ListTaskQueuesRequest.Builder::build));
  }

  /** The task queues matching a request value, read lazily. */
  public Stream<TaskQueue> list(ListTaskQueuesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "task_queues", TaskQueue.class);
  }

  /**
   * Like {@link #list(ListTaskQueuesRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<TaskQueue>> listAsync(ListTaskQueuesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "task_queues", TaskQueue.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<TaskQueue>> listAsync(
      Consumer<ListTaskQueuesRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListTaskQueuesRequest::builder, spec, ListTaskQueuesRequest.Builder::build));
  }

  /**
   * Updates a task queue ({@code POST /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}}).
   *
   * <pre>{@code
   * workspace.taskQueues().update(sid, u -> u.maxReservedWorkers(3));
   * }</pre>
   */
  public TaskQueue update(TaskQueueSid sid, Consumer<UpdateTaskQueueRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(UpdateTaskQueueRequest::builder, spec, UpdateTaskQueueRequest.Builder::build));
  }

  /** Updates a task queue with a request value. */
  public TaskQueue update(TaskQueueSid sid, UpdateTaskQueueRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), TaskQueue.class);
  }

  /** Like {@link #update(TaskQueueSid, Consumer)} without blocking. */
  public CompletableFuture<TaskQueue> updateAsync(
      TaskQueueSid sid, Consumer<UpdateTaskQueueRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(UpdateTaskQueueRequest::builder, spec, UpdateTaskQueueRequest.Builder::build));
  }

  /** Like {@link #update(TaskQueueSid, UpdateTaskQueueRequest)} without blocking. */
  public CompletableFuture<TaskQueue> updateAsync(
      TaskQueueSid sid, UpdateTaskQueueRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), TaskQueue.class);
  }

  /**
   * Deletes a task queue ({@code DELETE /v1/Workspaces/{WorkspaceSid}/TaskQueues/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(TaskQueueSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(TaskQueueSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(TaskQueueSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(TaskQueueSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }

  /**
   * The statistics of every task queue, read lazily page by page ({@code GET
   * …/TaskQueues/Statistics}).
   */
  public Stream<TaskQueuesStatistics> statistics(
      Consumer<ListTaskQueuesStatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(
            ListTaskQueuesStatisticsRequest::builder,
            spec,
            ListTaskQueuesStatisticsRequest.Builder::build));
  }

  /** Like {@link #statistics(Consumer)} for a request value. */
  public Stream<TaskQueuesStatistics> statistics(ListTaskQueuesStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(
        base + "/Statistics",
        request.toQuery(),
        "task_queues_statistics",
        TaskQueuesStatistics.class);
  }

  /** Like {@link #statistics(ListTaskQueuesStatisticsRequest)} without blocking. */
  public CompletableFuture<List<TaskQueuesStatistics>> statisticsAsync(
      ListTaskQueuesStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(
        base + "/Statistics",
        request.toQuery(),
        "task_queues_statistics",
        TaskQueuesStatistics.class);
  }

  /**
   * The real-time statistics of up to 50 queues in one call ({@code POST
   * …/TaskQueues/RealTimeStatistics} with a JSON body). The spec describes the body only as a JSON
   * object and names none of its fields, so it is passed through as given.
   *
   * @param body the JSON object Twilio's documentation describes for this call
   * @throws IllegalArgumentException if {@code body} is not a JSON object
   */
  public TaskQueueBulkRealTimeStatistics realTimeStatistics(ObjectNode body) {
    return calls.postJson(
        base + "/RealTimeStatistics", body, TaskQueueBulkRealTimeStatistics.class);
  }

  /** Like {@link #realTimeStatistics(ObjectNode)} without blocking. */
  public CompletableFuture<TaskQueueBulkRealTimeStatistics> realTimeStatisticsAsync(
      ObjectNode body) {
    return calls.postJsonAsync(
        base + "/RealTimeStatistics", body, TaskQueueBulkRealTimeStatistics.class);
  }
}
