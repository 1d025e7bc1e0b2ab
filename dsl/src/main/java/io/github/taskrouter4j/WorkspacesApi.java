package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.CreateWorkspaceRequest;
import io.github.taskrouter4j.resource.ListWorkspacesRequest;
import io.github.taskrouter4j.resource.UpdateWorkspaceRequest;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The workspaces of the account: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspaces()}; it is immutable and thread-safe, like the client.
 */
public final class WorkspacesApi {
  private final Calls calls;
  private final String base;

  WorkspacesApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a workspace.
   *
   * <pre>{@code
   * Workspace created = tr.workspaces().create(r -> r.friendlyName("Customer Support").template(WorkspaceTemplate.FIFO));
   * }</pre>
   *
   * @param spec fills in the {@link CreateWorkspaceRequest}; {@code build()} checks it before
   *     anything is sent
   * @return the workspace Twilio created
   */
  public Workspace create(Consumer<CreateWorkspaceRequest.Builder> spec) {
    return create(
        Calls.build(CreateWorkspaceRequest::builder, spec, CreateWorkspaceRequest.Builder::build));
  }

  /** Creates a workspace from a request value ({@code POST /v1/Workspaces}). */
  public Workspace create(CreateWorkspaceRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), Workspace.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<Workspace> createAsync(Consumer<CreateWorkspaceRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateWorkspaceRequest::builder, spec, CreateWorkspaceRequest.Builder::build));
  }

  /** Like {@link #create(CreateWorkspaceRequest)} without blocking. */
  public CompletableFuture<Workspace> createAsync(CreateWorkspaceRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), Workspace.class);
  }

  /**
   * Fetches one workspace ({@code GET /v1/Workspaces/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Workspace fetch(WorkspaceSid sid) {
    return calls.get(path(sid), Map.of(), Workspace.class);
  }

  /** Like {@link #fetch(WorkspaceSid)} without blocking. */
  public CompletableFuture<Workspace> fetchAsync(WorkspaceSid sid) {
    return calls.getAsync(path(sid), Map.of(), Workspace.class);
  }

  /**
   * Every workspace, read lazily page by page ({@code GET /v1/Workspaces}): a page is requested
   * only when the stream reaches it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<Workspace> list() {
    return list(ListWorkspacesRequest.builder().build());
  }

  /**
   * The workspaces matching a filter, read lazily.
   *
   * <pre>{@code
   * tr.workspaces().list(q -> q.friendlyName("Customer Support")).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Workspace> list(Consumer<ListWorkspacesRequest.Builder> spec) {
    return list(
        Calls.build(ListWorkspacesRequest::builder, spec, ListWorkspacesRequest.Builder::build));
  }

  /** The workspaces matching a request value, read lazily. */
  public Stream<Workspace> list(ListWorkspacesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "workspaces", Workspace.class);
  }

  /**
   * Like {@link #list(ListWorkspacesRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<Workspace>> listAsync(ListWorkspacesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "workspaces", Workspace.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Workspace>> listAsync(
      Consumer<ListWorkspacesRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListWorkspacesRequest::builder, spec, ListWorkspacesRequest.Builder::build));
  }

  /**
   * Updates a workspace ({@code POST /v1/Workspaces/{Sid}}).
   *
   * <pre>{@code
   * tr.workspaces().update(sid, u -> u.eventCallbackUrl(URI.create("https://example.com/events")));
   * }</pre>
   */
  public Workspace update(WorkspaceSid sid, Consumer<UpdateWorkspaceRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(UpdateWorkspaceRequest::builder, spec, UpdateWorkspaceRequest.Builder::build));
  }

  /** Updates a workspace with a request value. */
  public Workspace update(WorkspaceSid sid, UpdateWorkspaceRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), Workspace.class);
  }

  /** Like {@link #update(WorkspaceSid, Consumer)} without blocking. */
  public CompletableFuture<Workspace> updateAsync(
      WorkspaceSid sid, Consumer<UpdateWorkspaceRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(UpdateWorkspaceRequest::builder, spec, UpdateWorkspaceRequest.Builder::build));
  }

  /** Like {@link #update(WorkspaceSid, UpdateWorkspaceRequest)} without blocking. */
  public CompletableFuture<Workspace> updateAsync(
      WorkspaceSid sid, UpdateWorkspaceRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), Workspace.class);
  }

  /**
   * Deletes a workspace ({@code DELETE /v1/Workspaces/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(WorkspaceSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(WorkspaceSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(WorkspaceSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(WorkspaceSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }
}
