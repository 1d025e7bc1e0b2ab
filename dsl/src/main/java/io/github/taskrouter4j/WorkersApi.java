package io.github.taskrouter4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.CreateWorkerRequest;
import io.github.taskrouter4j.resource.ListWorkersRequest;
import io.github.taskrouter4j.resource.RealTimeStatisticsRequest;
import io.github.taskrouter4j.resource.StatisticsRequest;
import io.github.taskrouter4j.resource.UpdateWorkerRequest;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.WorkerStatistics;
import io.github.taskrouter4j.resource.WorkersCumulativeStatistics;
import io.github.taskrouter4j.resource.WorkersRealTimeStatistics;
import io.github.taskrouter4j.resource.WorkersStatisticsRequest;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The workers of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).workers()}; it is immutable and thread-safe, like the
 * client.
 */
public final class WorkersApi {
  private final Calls calls;
  private final String base;

  WorkersApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a worker.
   *
   * <pre>{@code
   * Worker created = workspace.workers().create(r -> r.friendlyName("Alice").attributes(Map.of("skills", List.of("support"))));
   * }</pre>
   *
   * @param spec fills in the {@link CreateWorkerRequest}; {@code build()} checks it before anything
   *     is sent
   * @return the worker Twilio created
   */
  public Worker create(Consumer<CreateWorkerRequest.Builder> spec) {
    return create(
        Calls.build(CreateWorkerRequest::builder, spec, CreateWorkerRequest.Builder::build));
  }

  /** Creates a worker from a request value ({@code POST /v1/Workspaces/{WorkspaceSid}/Workers}). */
  public Worker create(CreateWorkerRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), Worker.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<Worker> createAsync(Consumer<CreateWorkerRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateWorkerRequest::builder, spec, CreateWorkerRequest.Builder::build));
  }

  /** Like {@link #create(CreateWorkerRequest)} without blocking. */
  public CompletableFuture<Worker> createAsync(CreateWorkerRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), Worker.class);
  }

  /**
   * Fetches one worker ({@code GET /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Worker fetch(WorkerSid sid) {
    return calls.get(path(sid), Map.of(), Worker.class);
  }

  /** Like {@link #fetch(WorkerSid)} without blocking. */
  public CompletableFuture<Worker> fetchAsync(WorkerSid sid) {
    return calls.getAsync(path(sid), Map.of(), Worker.class);
  }

  /**
   * Every worker, read lazily page by page ({@code GET /v1/Workspaces/{WorkspaceSid}/Workers}): a
   * page is requested only when the stream reaches it, so {@code limit(10)} or {@code findFirst()}
   * stop early.
   */
  public Stream<Worker> list() {
    return list(ListWorkersRequest.builder().build());
  }

  /**
   * The workers matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.workers().list(q -> q.targetWorkersExpression("skills HAS \"support\"")).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Worker> list(Consumer<ListWorkersRequest.Builder> spec) {
    return list(Calls.build(ListWorkersRequest::builder, spec, ListWorkersRequest.Builder::build));
  }

  /** The workers matching a request value, read lazily. */
  public Stream<Worker> list(ListWorkersRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "workers", Worker.class);
  }

  /**
   * Like {@link #list(ListWorkersRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<Worker>> listAsync(ListWorkersRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "workers", Worker.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Worker>> listAsync(Consumer<ListWorkersRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListWorkersRequest::builder, spec, ListWorkersRequest.Builder::build));
  }

  /**
   * Updates a worker ({@code POST /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}}).
   *
   * <pre>{@code
   * workspace.workers().update(sid, u -> u.activity(available));
   * }</pre>
   */
  public Worker update(WorkerSid sid, Consumer<UpdateWorkerRequest.Builder> spec) {
    return update(
        sid, Calls.build(UpdateWorkerRequest::builder, spec, UpdateWorkerRequest.Builder::build));
  }

  /** Updates a worker with a request value. */
  public Worker update(WorkerSid sid, UpdateWorkerRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), request.ifMatch(), Worker.class);
  }

  /** Like {@link #update(WorkerSid, Consumer)} without blocking. */
  public CompletableFuture<Worker> updateAsync(
      WorkerSid sid, Consumer<UpdateWorkerRequest.Builder> spec) {
    return updateAsync(
        sid, Calls.build(UpdateWorkerRequest::builder, spec, UpdateWorkerRequest.Builder::build));
  }

  /** Like {@link #update(WorkerSid, UpdateWorkerRequest)} without blocking. */
  public CompletableFuture<Worker> updateAsync(WorkerSid sid, UpdateWorkerRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), request.ifMatch(), Worker.class);
  }

  /**
   * Deletes a worker ({@code DELETE /v1/Workspaces/{WorkspaceSid}/Workers/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(WorkerSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(WorkerSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(WorkerSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(WorkerSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }

  /**
   * Updates a worker fetched earlier, sending {@code If-Match} with its {@link Worker#etag()}, so
   * Twilio refuses with {@link io.github.taskrouter4j.http.PreconditionFailedException} if someone
   * changed it meanwhile.
   */
  public Worker update(Worker current, Consumer<UpdateWorkerRequest.Builder> spec) {
    Objects.requireNonNull(current, "current == null");
    UpdateWorkerRequest.Builder builder = UpdateWorkerRequest.builder();
    current.etag().ifPresent(builder::ifMatch);
    return update(
        current.sid(), Calls.build(() -> builder, spec, UpdateWorkerRequest.Builder::build));
  }

  /**
   * Changes a worker's attributes safely under concurrent writers: fetches the worker, applies
   * {@code change} to a copy of its attributes, and updates with {@code If-Match}; when Twilio
   * answers 412 because someone else changed the worker in between, it starts over, up to {@value
   * #MAX_ATTEMPTS} times.
   *
   * <pre>{@code
   * workers.updateAttributes(sid, a -> a.put("level", 3));
   * }</pre>
   *
   * @param change gets a mutable copy of the current attributes, returns the new ones
   * @throws io.github.taskrouter4j.http.PreconditionFailedException if every attempt collided
   * @throws IllegalStateException if Twilio sent no ETag to guard the update with
   */
  public Worker updateAttributes(WorkerSid sid, Function<ObjectNode, ? extends JsonNode> change) {
    Objects.requireNonNull(change, "change == null");
    return Attempts.readModifyWrite(
        MAX_ATTEMPTS,
        () -> fetch(sid),
        worker -> {
          String etag = Attempts.etag(worker.etag(), "worker " + sid);
          JsonNode next = change.apply(worker.attributes().deepCopy());
          return update(sid, u -> u.attributes(next).ifMatch(etag));
        });
  }

  /** How often {@link #updateAttributes} tries before giving up. */
  public static final int MAX_ATTEMPTS = 5;

  /**
   * Deletes a worker fetched earlier, only if it is unchanged since ({@code If-Match} with its
   * ETag).
   */
  public void delete(Worker current) {
    Objects.requireNonNull(current, "current == null");
    calls.delete(path(current.sid()), current.etag());
  }

  /** The statistics of all workers with Twilio's defaults ({@code GET …/Statistics}). */
  public WorkerStatistics statistics() {
    return statistics(WorkersStatisticsRequest.builder().build());
  }

  /**
   * The statistics of all workers.
   *
   * <pre>{@code
   * WorkerStatistics stats = api.statistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkerStatistics statistics(Consumer<WorkersStatisticsRequest.Builder> spec) {
    return statistics(
        Calls.build(
            WorkersStatisticsRequest::builder, spec, WorkersStatisticsRequest.Builder::build));
  }

  /** The statistics of all workers, for a request value. */
  public WorkerStatistics statistics(WorkersStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(base + "/Statistics", request.toQuery(), WorkerStatistics.class);
  }

  /** Like {@link #statistics(WorkersStatisticsRequest)} without blocking. */
  public CompletableFuture<WorkerStatistics> statisticsAsync(WorkersStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(base + "/Statistics", request.toQuery(), WorkerStatistics.class);
  }

  /**
   * The cumulative statistics of all workers with Twilio's defaults ({@code GET
   * …/CumulativeStatistics}).
   */
  public WorkersCumulativeStatistics cumulativeStatistics() {
    return cumulativeStatistics(StatisticsRequest.builder().build());
  }

  /**
   * The cumulative statistics of all workers.
   *
   * <pre>{@code
   * WorkersCumulativeStatistics stats = api.cumulativeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkersCumulativeStatistics cumulativeStatistics(
      Consumer<StatisticsRequest.Builder> spec) {
    return cumulativeStatistics(
        Calls.build(StatisticsRequest::builder, spec, StatisticsRequest.Builder::build));
  }

  /** The cumulative statistics of all workers, for a request value. */
  public WorkersCumulativeStatistics cumulativeStatistics(StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    Calls.refuse(request.toQuery(), "cumulative statistics of all workers", "SplitByWaitTime");
    return calls.get(
        base + "/CumulativeStatistics", request.toQuery(), WorkersCumulativeStatistics.class);
  }

  /** Like {@link #cumulativeStatistics(StatisticsRequest)} without blocking. */
  public CompletableFuture<WorkersCumulativeStatistics> cumulativeStatisticsAsync(
      StatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    Calls.refuse(request.toQuery(), "cumulative statistics of all workers", "SplitByWaitTime");
    return calls.getAsync(
        base + "/CumulativeStatistics", request.toQuery(), WorkersCumulativeStatistics.class);
  }

  /**
   * The real-time statistics of all workers with Twilio's defaults ({@code GET
   * …/RealTimeStatistics}).
   */
  public WorkersRealTimeStatistics realTimeStatistics() {
    return realTimeStatistics(RealTimeStatisticsRequest.builder().build());
  }

  /**
   * The real-time statistics of all workers.
   *
   * <pre>{@code
   * WorkersRealTimeStatistics stats = api.realTimeStatistics(q -> q.taskChannel("voice"));
   * }</pre>
   */
  public WorkersRealTimeStatistics realTimeStatistics(
      Consumer<RealTimeStatisticsRequest.Builder> spec) {
    return realTimeStatistics(
        Calls.build(
            RealTimeStatisticsRequest::builder, spec, RealTimeStatisticsRequest.Builder::build));
  }

  /** The real-time statistics of all workers, for a request value. */
  public WorkersRealTimeStatistics realTimeStatistics(RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.get(
        base + "/RealTimeStatistics", request.toQuery(), WorkersRealTimeStatistics.class);
  }

  /** Like {@link #realTimeStatistics(RealTimeStatisticsRequest)} without blocking. */
  public CompletableFuture<WorkersRealTimeStatistics> realTimeStatisticsAsync(
      RealTimeStatisticsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.getAsync(
        base + "/RealTimeStatistics", request.toQuery(), WorkersRealTimeStatistics.class);
  }
}
