package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.CreateWorkflowRequest;
import io.github.taskrouter4j.resource.ListWorkflowsRequest;
import io.github.taskrouter4j.resource.UpdateWorkflowRequest;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The workflows of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).workflows()}; it is immutable and thread-safe, like the
 * client.
 */
public final class WorkflowsApi {
  private final Calls calls;
  private final String base;

  WorkflowsApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a workflow.
   *
   * <pre>{@code
   * Workflow created = workspace.workflows().create(r -> r.friendlyName("Incoming Call Flow").configuration(config));
   * }</pre>
   *
   * @param spec fills in the {@link CreateWorkflowRequest}; {@code build()} checks it before
   *     anything is sent
   * @return the workflow Twilio created
   */
  public Workflow create(Consumer<CreateWorkflowRequest.Builder> spec) {
    return create(
        Calls.build(CreateWorkflowRequest::builder, spec, CreateWorkflowRequest.Builder::build));
  }

  /**
   * Creates a workflow from a request value ({@code POST /v1/Workspaces/{WorkspaceSid}/Workflows}).
   */
  public Workflow create(CreateWorkflowRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), Workflow.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<Workflow> createAsync(Consumer<CreateWorkflowRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateWorkflowRequest::builder, spec, CreateWorkflowRequest.Builder::build));
  }

  /** Like {@link #create(CreateWorkflowRequest)} without blocking. */
  public CompletableFuture<Workflow> createAsync(CreateWorkflowRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), Workflow.class);
  }

  /**
   * Fetches one workflow ({@code GET /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Workflow fetch(WorkflowSid sid) {
    return calls.get(path(sid), Map.of(), Workflow.class);
  }

  /** Like {@link #fetch(WorkflowSid)} without blocking. */
  public CompletableFuture<Workflow> fetchAsync(WorkflowSid sid) {
    return calls.getAsync(path(sid), Map.of(), Workflow.class);
  }

  /**
   * Every workflow, read lazily page by page ({@code GET /v1/Workspaces/{WorkspaceSid}/Workflows}):
   * a page is requested only when the stream reaches it, so {@code limit(10)} or {@code
   * findFirst()} stop early.
   */
  public Stream<Workflow> list() {
    return list(ListWorkflowsRequest.builder().build());
  }

  /**
   * The workflows matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.workflows().list(q -> q.friendlyName("Incoming Call Flow")).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Workflow> list(Consumer<ListWorkflowsRequest.Builder> spec) {
    return list(
        Calls.build(ListWorkflowsRequest::builder, spec, ListWorkflowsRequest.Builder::build));
  }

  /** The workflows matching a request value, read lazily. */
  public Stream<Workflow> list(ListWorkflowsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "workflows", Workflow.class);
  }

  /**
   * Like {@link #list(ListWorkflowsRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<Workflow>> listAsync(ListWorkflowsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "workflows", Workflow.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Workflow>> listAsync(Consumer<ListWorkflowsRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListWorkflowsRequest::builder, spec, ListWorkflowsRequest.Builder::build));
  }

  /**
   * Updates a workflow ({@code POST /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}}).
   *
   * <pre>{@code
   * workspace.workflows().update(sid, u -> u.configuration(config).reEvaluateTasks(true));
   * }</pre>
   */
  public Workflow update(WorkflowSid sid, Consumer<UpdateWorkflowRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(UpdateWorkflowRequest::builder, spec, UpdateWorkflowRequest.Builder::build));
  }

  /** Updates a workflow with a request value. */
  public Workflow update(WorkflowSid sid, UpdateWorkflowRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), Workflow.class);
  }

  /** Like {@link #update(WorkflowSid, Consumer)} without blocking. */
  public CompletableFuture<Workflow> updateAsync(
      WorkflowSid sid, Consumer<UpdateWorkflowRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(UpdateWorkflowRequest::builder, spec, UpdateWorkflowRequest.Builder::build));
  }

  /** Like {@link #update(WorkflowSid, UpdateWorkflowRequest)} without blocking. */
  public CompletableFuture<Workflow> updateAsync(WorkflowSid sid, UpdateWorkflowRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), Workflow.class);
  }

  /**
   * Deletes a workflow ({@code DELETE /v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(WorkflowSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(WorkflowSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(WorkflowSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(WorkflowSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }
}
