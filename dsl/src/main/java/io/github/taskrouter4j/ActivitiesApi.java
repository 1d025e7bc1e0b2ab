package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.CreateActivityRequest;
import io.github.taskrouter4j.resource.ListActivitiesRequest;
import io.github.taskrouter4j.resource.UpdateActivityRequest;
import io.github.taskrouter4j.sid.ActivitySid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The activitys of a workspace: create, fetch, list, update and delete.
 *
 * <p>Get it from {@code tr.workspace(sid).activities()}; it is immutable and thread-safe, like the
 * client.
 */
public final class ActivitiesApi {
  private final Calls calls;
  private final String base;

  ActivitiesApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Creates a activity.
   *
   * <pre>{@code
   * Activity created = workspace.activities().create(r -> r.friendlyName("On Break").available(false));
   * }</pre>
   *
   * @param spec fills in the {@link CreateActivityRequest}; {@code build()} checks it before
   *     anything is sent
   * @return the activity Twilio created
   */
  public Activity create(Consumer<CreateActivityRequest.Builder> spec) {
    return create(
        Calls.build(CreateActivityRequest::builder, spec, CreateActivityRequest.Builder::build));
  }

  /**
   * Creates a activity from a request value ({@code POST
   * /v1/Workspaces/{WorkspaceSid}/Activities}).
   */
  public Activity create(CreateActivityRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(base, request.toForm(), Optional.empty(), Activity.class);
  }

  /** Like {@link #create(Consumer)} without blocking. */
  public CompletableFuture<Activity> createAsync(Consumer<CreateActivityRequest.Builder> spec) {
    return createAsync(
        Calls.build(CreateActivityRequest::builder, spec, CreateActivityRequest.Builder::build));
  }

  /** Like {@link #create(CreateActivityRequest)} without blocking. */
  public CompletableFuture<Activity> createAsync(CreateActivityRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(base, request.toForm(), Optional.empty(), Activity.class);
  }

  /**
   * Fetches one activity ({@code GET /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Activity fetch(ActivitySid sid) {
    return calls.get(path(sid), Map.of(), Activity.class);
  }

  /** Like {@link #fetch(ActivitySid)} without blocking. */
  public CompletableFuture<Activity> fetchAsync(ActivitySid sid) {
    return calls.getAsync(path(sid), Map.of(), Activity.class);
  }

  /**
   * Every activity, read lazily page by page ({@code GET
   * /v1/Workspaces/{WorkspaceSid}/Activities}): a page is requested only when the stream reaches
   * it, so {@code limit(10)} or {@code findFirst()} stop early.
   */
  public Stream<Activity> list() {
    return list(ListActivitiesRequest.builder().build());
  }

  /**
   * The activitys matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.activities().list(q -> q.available(true)).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Activity> list(Consumer<ListActivitiesRequest.Builder> spec) {
    return list(
        Calls.build(ListActivitiesRequest::builder, spec, ListActivitiesRequest.Builder::build));
  }

  /** The activitys matching a request value, read lazily. */
  public Stream<Activity> list(ListActivitiesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "activities", Activity.class);
  }

  /**
   * Like {@link #list(ListActivitiesRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<Activity>> listAsync(ListActivitiesRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "activities", Activity.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Activity>> listAsync(Consumer<ListActivitiesRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListActivitiesRequest::builder, spec, ListActivitiesRequest.Builder::build));
  }

  /**
   * Updates a activity ({@code POST /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}}).
   *
   * <pre>{@code
   * workspace.activities().update(sid, u -> u.friendlyName("Lunch"));
   * }</pre>
   */
  public Activity update(ActivitySid sid, Consumer<UpdateActivityRequest.Builder> spec) {
    return update(
        sid,
        Calls.build(UpdateActivityRequest::builder, spec, UpdateActivityRequest.Builder::build));
  }

  /** Updates a activity with a request value. */
  public Activity update(ActivitySid sid, UpdateActivityRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.post(path(sid), request.toForm(), Optional.empty(), Activity.class);
  }

  /** Like {@link #update(ActivitySid, Consumer)} without blocking. */
  public CompletableFuture<Activity> updateAsync(
      ActivitySid sid, Consumer<UpdateActivityRequest.Builder> spec) {
    return updateAsync(
        sid,
        Calls.build(UpdateActivityRequest::builder, spec, UpdateActivityRequest.Builder::build));
  }

  /** Like {@link #update(ActivitySid, UpdateActivityRequest)} without blocking. */
  public CompletableFuture<Activity> updateAsync(ActivitySid sid, UpdateActivityRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.postAsync(path(sid), request.toForm(), Optional.empty(), Activity.class);
  }

  /**
   * Deletes a activity ({@code DELETE /v1/Workspaces/{WorkspaceSid}/Activities/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public void delete(ActivitySid sid) {
    calls.delete(path(sid), Optional.empty());
  }

  /** Like {@link #delete(ActivitySid)} without blocking. */
  public CompletableFuture<Void> deleteAsync(ActivitySid sid) {
    return calls.deleteAsync(path(sid), Optional.empty());
  }

  private String path(ActivitySid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }
}
