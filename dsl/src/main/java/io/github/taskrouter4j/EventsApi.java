package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.Event;
import io.github.taskrouter4j.resource.ListEventsRequest;
import io.github.taskrouter4j.sid.EventSid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The events of a workspace: fetch and list.
 *
 * <p>Get it from {@code tr.workspace(sid).events()}; it is immutable and thread-safe, like the
 * client.
 */
public final class EventsApi {
  private final Calls calls;
  private final String base;

  EventsApi(Calls calls, String base) {
    this.calls = calls;
    this.base = base;
  }

  /**
   * Fetches one event ({@code GET /v1/Workspaces/{WorkspaceSid}/Events/{Sid}}).
   *
   * @throws io.github.taskrouter4j.http.NotFoundException if there is none with that SID
   */
  public Event fetch(EventSid sid) {
    return calls.get(path(sid), Map.of(), Event.class);
  }

  /** Like {@link #fetch(EventSid)} without blocking. */
  public CompletableFuture<Event> fetchAsync(EventSid sid) {
    return calls.getAsync(path(sid), Map.of(), Event.class);
  }

  /**
   * Every event, read lazily page by page ({@code GET /v1/Workspaces/{WorkspaceSid}/Events}): a
   * page is requested only when the stream reaches it, so {@code limit(10)} or {@code findFirst()}
   * stop early.
   */
  public Stream<Event> list() {
    return list(ListEventsRequest.builder().build());
  }

  /**
   * The events matching a filter, read lazily.
   *
   * <pre>{@code
   * workspace.events().list(q -> q.taskSid(taskSid).period(Duration.ofHours(1))).forEach(System.out::println);
   * }</pre>
   */
  public Stream<Event> list(Consumer<ListEventsRequest.Builder> spec) {
    return list(Calls.build(ListEventsRequest::builder, spec, ListEventsRequest.Builder::build));
  }

  /** The events matching a request value, read lazily. */
  public Stream<Event> list(ListEventsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.list(base, request.toQuery(), "events", Event.class);
  }

  /**
   * Like {@link #list(ListEventsRequest)} without blocking: completes with every item of every
   * page.
   */
  public CompletableFuture<List<Event>> listAsync(ListEventsRequest request) {
    Objects.requireNonNull(request, "request == null");
    return calls.listAsync(base, request.toQuery(), "events", Event.class);
  }

  /** Like {@link #list(Consumer)} without blocking: completes with every item of every page. */
  public CompletableFuture<List<Event>> listAsync(Consumer<ListEventsRequest.Builder> spec) {
    return listAsync(
        Calls.build(ListEventsRequest::builder, spec, ListEventsRequest.Builder::build));
  }

  private String path(EventSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    return base + "/" + sid.value();
  }
}
