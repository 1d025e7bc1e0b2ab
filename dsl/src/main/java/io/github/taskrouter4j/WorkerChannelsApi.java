package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.ListWorkerChannelsRequest;
import io.github.taskrouter4j.resource.UpdateWorkerChannelRequest;
import io.github.taskrouter4j.resource.WorkerChannel;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The worker channels of a worker: fetch, list and update.
 *
 * <p>Get it from {@code tr.workspace(ws).worker(sid).channels()}; it is immutable and thread-safe,
 * like the client.
 */
public final class WorkerChannelsApi {
  private final Calls calls;
  private final String base;

  WorkerChannelsApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Fetches one worker channel ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public WorkerChannel fetch(WorkerChannelSid sid) {
    return calls.get(path(sid), Map.of(), WorkerChannel.class);
  }

  /** Like {@link #fetch(WorkerChannelSid)} without blocking. */
  public CompletableFuture<WorkerChannel> fetchAsync(WorkerChannelSid sid) {
    return calls.getAsync(path(sid), Map.of(), WorkerChannel.class);
  }

  /**
   * Every worker channel, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels}): a page is requested only when the
   * stream reaches it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<WorkerChannel> list() {
    return list(ListWorkerChannelsRequest.builder().build());
  }

  /**
   * The worker channels matching a filter, read lazily.
   *
   * <pre>{@code
   * worker.channels().list(q -> q.pageSize(50)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<WorkerChannel> list(Consumer<ListWorkerChannelsRequest.Builder> spec) {
    return list(
        Calls.build(
            ListWorkerChannelsRequest::builder, spec, ListWorkerChannelsRequest.Builder::build));
  }

  /** The worker channels matching a request value, read lazily. */
  public Stream<WorkerChannel> list(ListWorkerChannelsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "channels", WorkerChannel.class);
  }

  /**
   * Like {@link #list(ListWorkerChannelsRequest)} without blocking: completes with every item of
   * every page.
   */
  public CompletableFuture<List<WorkerChannel>> listAsync(ListWorkerChannelsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "channels", WorkerChannel.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<WorkerChannel>> listAsync(
      Consumer<ListWorkerChannelsRequest.Builder> spec) {
    return listAsync(
        Calls.build(
            ListWorkerChannelsRequest::builder, spec, ListWorkerChannelsRequest.Builder::build));
  }

  /**
   * Updates a worker channel ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/Workers/{WorkerSid}/Channels/{Sid}}).
   *
   * <pre>{@code
   * worker.channels().update(sid, u -> u.capacity(2).available(true));
   * }</pre>
   */
  public WorkerChannel update(
      WorkerChannelSid sid, Consumer<UpdateWorkerChannelRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(
            UpdateWorkerChannelRequest::builder, spec, UpdateWorkerChannelRequest.Builder::build));
  }

  /** Updates a worker channel with a request value. */
  public WorkerChannel update(WorkerChannelSid sid, UpdateWorkerChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), WorkerChannel.class);
  }

  /** Like {@link #update(WorkerChannelSid, Consumer)} without blocking. */
  public CompletableFuture<WorkerChannel> updateAsync(
      WorkerChannelSid sid, Consumer<UpdateWorkerChannelRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(
            UpdateWorkerChannelRequest::builder, spec, UpdateWorkerChannelRequest.Builder::build));
  }

  /** Like {@link #update(WorkerChannelSid, UpdateWorkerChannelRequest)} without blocking. */
  public CompletableFuture<WorkerChannel> updateAsync(
      WorkerChannelSid sid, UpdateWorkerChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), WorkerChannel.class);
  }

  private String path(WorkerChannelSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }

  /**
   * Fetches the worker's channel for a task channel by its unique name, e.g. {@code
   * fetch("voice")}.
   */
  public WorkerChannel fetch(String taskChannelUniqueName) {
    Objects.requireNonNull(taskChannelUniqueName, "taskChannelUniqueName == null");
    return calls.get(
        base + "/" + Calls.segment(taskChannelUniqueName), Map.of(), WorkerChannel.class);
  }

  /** Updates the worker's channel for a task channel by its unique name, e.g. {@code "chat"}. */
  public WorkerChannel update(
      String taskChannelUniqueName, Consumer<UpdateWorkerChannelRequest.Builder> spec) {
    Objects.requireNonNull(taskChannelUniqueName, "taskChannelUniqueName == null");
    UpdateWorkerChannelRequest request =
        Calls.build(
            UpdateWorkerChannelRequest::builder, spec, UpdateWorkerChannelRequest.Builder::build);
    return calls.post(
        base + "/" + Calls.segment(taskChannelUniqueName),
        request.toForm(),
        Optional.empty(),
        WorkerChannel.class);
  }
}
