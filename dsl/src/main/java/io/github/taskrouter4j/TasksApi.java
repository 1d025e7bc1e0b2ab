package io.github.taskrouter4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.CreateTaskRequest;
import io.github.taskrouter4j.resource.ListTasksRequest;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.Transitions;
import io.github.taskrouter4j.resource.UpdateTaskRequest;
import io.github.taskrouter4j.sid.TaskSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The tasks of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).tasks()}; it is immutable and thread-safe, like the
 * client.
 */
public final class TasksApi {
  private final Calls calls;
  private final String base;

  TasksApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a task.
   *
   * <pre>{@code
   * Task created = workspace.tasks().create(r -> r.workflowSid(workflowSid).attributes(Map.of("type", "support")));
   * }</pre>
   *
   * @param spec fills in the {@link CreateTaskRequest}; {@code build()} checks it before anything
   *     is sent
   * @return the task Twilio created
   */
  public Task create(Consumer<CreateTaskRequest.Builder> spec) {
    return create(Calls.build(CreateTaskRequest::builder, spec, CreateTaskRequest.Builder::build));
  }

  /** Creates a task from a request value ({@code POST /v1/Workspaces/{WorkspaceSid}/Tasks}). */
  public Task create(CreateTaskRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), Task.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<Task> createAsync(Consumer<CreateTaskRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateTaskRequest::builder, spec, CreateTaskRequest.Builder::build));
  }

  /** Like {@link #create(CreateTaskRequest)} without blocking. */
  public CompletableFuture<Task> createAsync(CreateTaskRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), Task.class);
  }

  /**
   * Fetches one task ({@code GET /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Task fetch(TaskSid sid) {
    return calls.get(path(sid), Map.of(), Task.class);
  }

  /** Like {@link #fetch(TaskSid)} without blocking. */
  public CompletableFuture<Task> fetchAsync(TaskSid sid) {
    return calls.getAsync(path(sid), Map.of(), Task.class);
  }

  /**
   * Every task, read lazily page by page ({@code GET /v1/Workspaces/{WorkspaceSid}/Tasks}): a page
   * is requested only when the stream reaches it, so {@code limit(10)} or {@code findFirst()} stop
   * early.
   */
  public Stream<Task> list() {
    return list(ListTasksRequest.builder().build());
  }

  /**
   * The tasks matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.tasks().list(q -> q.addAssignmentStatus(TaskAssignmentStatus.PENDING)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Task> list(Consumer<ListTasksRequest.Builder> spec) {
    return list(Calls.build(ListTasksRequest::builder, spec, ListTasksRequest.Builder::build));
  }

  /** The tasks matching a request value, read lazily. */
  public Stream<Task> list(ListTasksRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "tasks", Task.class);
  }

  /**
   * Like {@link #list(ListTasksRequest)} without blocking: completes with every item of every page.
   */
  public CompletableFuture<List<Task>> listAsync(ListTasksRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "tasks", Task.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Task>> listAsync(Consumer<ListTasksRequest.Builder> spec) {
    return listAsync(Calls.build(ListTasksRequest::builder, spec, ListTasksRequest.Builder::build));
  }

  /**
   * Updates a task ({@code POST /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}}).
   *
   * <pre>{@code
   * workspace.tasks().update(sid, u -> u.priority(10));
   * }</pre>
   */
  public Task update(TaskSid sid, Consumer<UpdateTaskRequest.Builder> spec) {
    return update(
        sid, Calls.build(UpdateTaskRequest::builder, spec, UpdateTaskRequest.Builder::build));
  }

  /** Updates a task with a request value. */
  public Task update(TaskSid sid, UpdateTaskRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), request.ifMatch(), Task.class);
  }

  /** Like {@link #update(TaskSid, Consumer)} without blocking. */
  public CompletableFuture<Task> updateAsync(
      TaskSid sid, Consumer<UpdateTaskRequest.Builder> spec) {
    return updateAsync(
        sid, Calls.build(UpdateTaskRequest::builder, spec, UpdateTaskRequest.Builder::build));
  }

  /** Like {@link #update(TaskSid, UpdateTaskRequest)} without blocking. */
  public CompletableFuture<Task> updateAsync(TaskSid sid, UpdateTaskRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), request.ifMatch(), Task.class);
  }

  /**
   * Deletes a task ({@code DELETE /v1/Workspaces/{WorkspaceSid}/Tasks/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(TaskSid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(TaskSid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(TaskSid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(TaskSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }

  /**
   * Updates a task fetched earlier: sends {@code If-Match} with its {@link Task#etag()} (so Twilio
   * refuses with {@link io.github.taskrouter4j.http.PreconditionFailedException} if someone changed
   * it meanwhile), and first refuses locally a status change Twilio would refuse, e.g. canceling an
   * assigned task.
   *
   * <pre>{@code
   * Task task = tasks.fetch(sid);
   * tasks.update(task, u -> u.assignmentStatus(TaskAssignmentStatus.COMPLETED).reason("resolved"));
   * }</pre>
   *
   * @throws IllegalStateException if the status change is one Twilio refuses from the task's status
   */
  public Task update(Task current, Consumer<UpdateTaskRequest.Builder> spec) {
    Objects.requireNonNull(current, "current == null");
    UpdateTaskRequest.Builder builder = UpdateTaskRequest.builder();
    current.etag().ifPresent(builder::ifMatch);
    UpdateTaskRequest request = Calls.build(() -> builder, spec, UpdateTaskRequest.Builder::build);
    request
        .assignmentStatus()
        .ifPresent(to -> Transitions.checkTask(current.sid(), current.assignmentStatus(), to));
    return update(current.sid(), request);
  }

  /**
   * Cancels a task: {@code AssignmentStatus=canceled&Reason=…}.
   *
   * @param reason why, kept in the task's events
   */
  public Task cancel(TaskSid sid, String reason) {
    return update(sid, u -> u.assignmentStatus(TaskAssignmentStatus.CANCELED).reason(reason));
  }

  /** Completes a task: {@code AssignmentStatus=completed&Reason=…}. */
  public Task complete(TaskSid sid, String reason) {
    return update(sid, u -> u.assignmentStatus(TaskAssignmentStatus.COMPLETED).reason(reason));
  }

  /**
   * Changes a task's attributes safely under concurrent writers: fetches the task, applies {@code
   * change} to a copy of its attributes, and updates with {@code If-Match}; when Twilio answers 412
   * because someone else changed the task in between, it starts over, up to {@value #MAX_ATTEMPTS}
   * times.
   *
   * <pre>{@code
   * tasks.updateAttributes(sid, a -> a.put("escalated", true));
   * }</pre>
   *
   * @param change gets a mutable copy of the current attributes, returns the new ones
   * @throws io.github.taskrouter4j.http.PreconditionFailedException if every attempt collided
   * @throws IllegalStateException if Twilio sent no ETag to guard the update with
   */
  public Task updateAttributes(TaskSid sid, Function<ObjectNode, ? extends JsonNode> change) {
    Objects.requireNonNull(change, "change == null");
    return Attempts.readModifyWrite(
        MAX_ATTEMPTS,
        () -> fetch(sid),
        task -> {
          String etag = Attempts.etag(task.etag(), "task " + sid);
          JsonNode next = change.apply(task.attributes().deepCopy());
          return update(sid, u -> u.attributes(next).ifMatch(etag));
        });
  }

  /** How often {@link #updateAttributes} tries before giving up. */
  public static final int MAX_ATTEMPTS = 5;

  /**
   * Deletes a task fetched earlier, only if it is unchanged since ({@code If-Match} with its ETag).
   */
  public void delete(Task current) {
    Objects.requireNonNull(current, "current == null");
    calls.delete(path(current.sid()), current.etag());
  }
}
