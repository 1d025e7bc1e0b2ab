package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.CreateTaskChannelRequest;
import io.github.taskrouter4j.resource.ListTaskChannelsRequest;
import io.github.taskrouter4j.resource.TaskChannel;
import io.github.taskrouter4j.resource.UpdateTaskChannelRequest;
import io.github.taskrouter4j.sid.TaskChannelSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The task channels of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).taskChannels()}; it is immutable and thread-safe, like
 * the client.
 */
public final class TaskChannelsApi {
  private final Calls calls;
  private final String base;

  TaskChannelsApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a task channel.
   *
   * <pre>{@code
   * TaskChannel created = workspace.taskChannels().create(r -> r.friendlyName("Chat").uniqueName("chat"));
   * }</pre>
   *
   * @param spec fills in the {@link CreateTaskChannelRequest}; {@code build()} checks it before
   *     anything is sent
   * @return the task channel Twilio created
   */
  public TaskChannel create(Consumer<CreateTaskChannelRequest.Builder> spec) {
    return create(
        Calls.build(
            CreateTaskChannelRequest::builder, spec, CreateTaskChannelRequest.Builder::build));
  }

  /**
   * Creates a task channel from a request value ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/TaskChannels}).
   */
  public TaskChannel create(CreateTaskChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), TaskChannel.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<TaskChannel> createAsync(
      Consumer<CreateTaskChannelRequest.Builder> spec) {
    return createAsync(
        Calls.build(
            CreateTaskChannelRequest::builder, spec, CreateTaskChannelRequest.Builder::build));
  }

  /** Like {@link #create(CreateTaskChannelRequest)} without blocking. */
  public CompletableFuture<TaskChannel> createAsync(CreateTaskChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), TaskChannel.class);
  }

  /**
   * Fetches one task channel ({@code GET /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public TaskChannel fetch(TaskChannelSid sid) {
    return calls.get(path(sid), Map.of(), TaskChannel.class);
  }

  /** Like {@link #fetch(TaskChannelSid)} without blocking. */
  public CompletableFuture<TaskChannel> fetchAsync(TaskChannelSid sid) {
    return calls.getAsync(path(sid), Map.of(), TaskChannel.class);
  }

  /**
   * Every task channel, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/TaskChannels}): a page is requested only when the stream reaches
   * it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<TaskChannel> list() {
    return list(ListTaskChannelsRequest.builder().build());
  }

  /**
   * The task channels matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.taskChannels().list(q -> q.pageSize(100)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<TaskChannel> list(Consumer<ListTaskChannelsRequest.Builder> spec) {
    return list(
        Calls.build(
            ListTaskChannelsRequest::builder, spec, ListTaskChannelsRequest.Builder::build));
  }

  /** The task channels matching a request value, read lazily. */
  public Stream<TaskChannel> list(ListTaskChannelsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "channels", TaskChannel.class);
  }

  /**
   * Like {@link #list(ListTaskChannelsRequest)} without blocking: completes with every item of
   * every page.
   */
  public CompletableFuture<List<TaskChannel>> listAsync(ListTaskChannelsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "channels", TaskChannel.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<TaskChannel>> listAsync(
      Consumer<ListTaskChannelsRequest.Builder> spec) {
    return listAsync(
        Calls.build(
            ListTaskChannelsRequest::builder, spec, ListTaskChannelsRequest.Builder::build));
  }

  /**
   * Updates a task channel ({@code POST /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}}).
   *
   * <pre>{@code
   * workspace.taskChannels().update(sid, u -> u.channelOptimizedRouting(true));
   * }</pre>
   */
  public TaskChannel update(TaskChannelSid sid, Consumer<UpdateTaskChannelRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(
            UpdateTaskChannelRequest::builder, spec, UpdateTaskChannelRequest.Builder::build));
  }

  /** Updates a task channel with a request value. */
  public TaskChannel update(TaskChannelSid sid, UpdateTaskChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), TaskChannel.class);
  }

  /** Like {@link #update(TaskChannelSid, Consumer)} without blocking. */
  public CompletableFuture<TaskChannel> updateAsync(
      TaskChannelSid sid, Consumer<UpdateTaskChannelRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(
            UpdateTaskChannelRequest::builder, spec, UpdateTaskChannelRequest.Builder::build));
  }

  /** Like {@link #update(TaskChannelSid, UpdateTaskChannelRequest)} without blocking. */
  public CompletableFuture<TaskChannel> updateAsync(
      TaskChannelSid sid, UpdateTaskChannelRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), TaskChannel.class);
  }

  /**
   * Deletes a task channel ({@code DELETE /v1/Workspaces/{WorkspaceSid}/TaskChannels/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(TaskChannelSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(TaskChannelSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(TaskChannelSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(TaskChannelSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }

  /**
   * Fetches a task channel by its unique name, e.g. {@code fetch("voice")} ({@code GET
   * …/TaskChannels/voice}).
   */
  public TaskChannel fetch(String uniqueName) {
    Objects.requireNonNull(uniqueName, "uniqueName == null");
    return calls.get(base + "/" + Calls.segment(uniqueName), Map.of(), TaskChannel.class);
  }
}
