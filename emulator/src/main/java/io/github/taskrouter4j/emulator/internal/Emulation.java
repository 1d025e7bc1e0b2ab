package io.github.taskrouter4j.emulator.internal;

import io.github.taskrouter4j.emulator.EmulatorClock;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/** Everything one running emulator holds: its workspaces, clock, identity and callback sender. */
public final class Emulation {
  final String accountSid;
  final String authToken;
  final EmulatorClock clock;
  final String baseUrl;
  final Callbacks callbacks;
  private final Map<String, WorkspaceState> workspaces = new ConcurrentHashMap<>();
  private final Object createLock = new Object();

  /** Makes the emulation; {@code baseUri} is where its resources' URLs point. */
  public Emulation(
      String accountSid,
      String authToken,
      EmulatorClock clock,
      URI baseUri,
      Executor callbackExecutor) {
    this.accountSid = accountSid;
    this.authToken = authToken;
    this.clock = clock;
    String text = baseUri.toString();
    this.baseUrl = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.callbacks = new Callbacks(this, callbackExecutor);
  }

  WorkspaceState workspace(String sid) {
    WorkspaceState ws = workspaces.get(sid);
    if (ws == null) {
      throw ApiError.notFound("The requested resource /v1/Workspaces/" + sid + " was not found");
    }
    return ws;
  }

  Collection<WorkspaceState> workspaces() {
    return workspaces.values();
  }

  Object createLock() {
    return createLock;
  }

  void add(WorkspaceState ws) {
    workspaces.put(ws.sid, ws);
  }

  void remove(String sid) {
    workspaces.remove(sid);
  }

  /** The earliest pending timer over all workspaces. */
  public java.util.Optional<java.time.Instant> nextDue() {
    java.time.Instant best = null;
    for (WorkspaceState ws : workspaces.values()) {
      java.util.Optional<java.time.Instant> due = ws.call(() -> ws.timers.nextDue());
      if (due.isPresent() && (best == null || due.get().isBefore(best))) {
        best = due.get();
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Fires every timer due at {@code now}, workspace by workspace. */
  public void fireDue(java.time.Instant now) {
    for (WorkspaceState ws : workspaces.values()) {
      ws.call(
          () -> {
            ws.timers.fireDue(now);
            return null;
          });
    }
  }
}
