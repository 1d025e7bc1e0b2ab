package io.github.taskrouter4j.emulator.internal.engine;

import io.github.taskrouter4j.emulator.internal.http.ApiError;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** Everything one running emulator holds: its workspaces, clock, identity and callback sender. */
public final class Emulation {
  /** The account SID every resource belongs to (and the HTTP Basic user name). */
  public final String accountSid;

  /** The auth token: the HTTP Basic password and the callback signing key. */
  public final String authToken;

  /** The emulator's time; timers fire when {@link #fireDue(Instant)} is called. */
  public final Clock clock;

  /** Where the emulator answers, without a trailing slash (e.g. {@code http://127.0.0.1:8080}). */
  public final String baseUrl;

  /** Default cap on each workspace's event log; the oldest events are dropped beyond it. */
  public static final int DEFAULT_MAX_EVENTS = 10_000;

  /** Default age after which events are dropped: Twilio keeps events for 30 days. */
  public static final Duration DEFAULT_MAX_EVENT_AGE = Duration.ofDays(30);

  final Callbacks callbacks;
  private volatile int maxEvents = DEFAULT_MAX_EVENTS;
  private volatile Duration maxEventAge = DEFAULT_MAX_EVENT_AGE;
  private final Map<String, WorkspaceState> workspaces = new ConcurrentHashMap<>();
  private final Object createLock = new Object();

  /**
   * Makes the emulation; {@code baseUri} is where its resources' URLs point. The clock only tells
   * the time: whoever owns it calls {@link #fireDue(Instant)} as it moves.
   */
  public Emulation(
      String accountSid, String authToken, Clock clock, URI baseUri, Executor callbackExecutor) {
    this.accountSid = accountSid;
    this.authToken = authToken;
    this.clock = clock;
    String text = baseUri.toString();
    this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.callbacks = new Callbacks(this, callbackExecutor);
  }

  /** How many events each workspace keeps, and for how long (measured on the emulator's clock). */
  public void retainEvents(int maxEvents, Duration maxAge) {
    this.maxEvents = maxEvents;
    this.maxEventAge = maxAge;
  }

  int maxEvents() {
    return maxEvents;
  }

  Duration maxEventAge() {
    return maxEventAge;
  }

  public WorkspaceState workspace(String sid) {
    WorkspaceState ws = workspaces.get(sid);
    if (ws == null) {
      throw ApiError.notFound("The requested resource /v1/Workspaces/" + sid + " was not found");
    }
    return ws;
  }

  public Collection<WorkspaceState> workspaces() {
    return workspaces.values();
  }

  Object createLock() {
    return createLock;
  }

  public void add(WorkspaceState ws) {
    workspaces.put(ws.sid, ws);
  }

  public void remove(String sid) {
    workspaces.remove(sid);
  }

  /** The earliest pending timer over all workspaces. */
  public Optional<Instant> nextDue() {
    Instant best = null;
    for (WorkspaceState ws : workspaces.values()) {
      Optional<Instant> due = ws.call(() -> ws.timers.nextDue());
      if (due.isPresent() && (best == null || due.get().isBefore(best))) {
        best = due.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Fires every timer due at {@code now}, workspace by workspace. */
  public void fireDue(Instant now) {
    for (WorkspaceState ws : workspaces.values()) {
      ws.call(
          () -> {
            ws.timers.fireDue(now);
            return null;
          });
    }
  }
}
