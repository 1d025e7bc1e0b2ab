package io.github.taskrouter4j.emulator.internal.console;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ServerExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events telling open console pages that the state changed. The request thread only
 * registers the stream and returns, so open pages never hold the HTTP executor's threads; one
 * daemon thread polls a cheap fingerprint of the state and writes to every stream.
 */
final class LiveUpdates implements AutoCloseable {
  static final int MAX_STREAMS = 64;
  private static final long POLL_MILLIS = 150;
  private static final long PING_EVERY_POLLS = 100;
  private static final byte[] CHANGE = "data: change\n\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

  private final Emulation emulation;
  private final ConsoleClock clock;
  private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService poller;
  private long lastFingerprint;
  private long polls;

  LiveUpdates(Emulation emulation, ConsoleClock clock) {
    this.emulation = emulation;
    this.clock = clock;
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "taskrouter-emulator-console-live");
              t.setDaemon(true);
              return t;
            });
    this.lastFingerprint = fingerprint();
    poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Opens an event stream on {@code exchange}; false (nothing written) when too many are open. */
  boolean open(ServerExchange exchange) throws IOException {
    if (streams.size() >= MAX_STREAMS) {
      return false;
    }
    exchange.setHeader("Cache-Control", "no-store");
    OutputStream out = exchange.stream(200, "text/event-stream; charset=utf-8");
    out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    streams.add(out);
    return true;
  }

  int openStreams() {
    return streams.size();
  }

  private void poll() {
    if (streams.isEmpty()) {
      // Nobody to tell: skip reading every workspace. A page opened later loads the state whole.
      return;
    }
    try {
      long now = fingerprint();
      boolean changed = now != lastFingerprint;
      lastFingerprint = now;
      if (changed) {
        broadcast(CHANGE);
      } else if (++polls % PING_EVERY_POLLS == 0) {
        broadcast(PING); // finds closed tabs, and keeps proxies from timing the stream out
      }
    } catch (RuntimeException e) {
      // a workspace deleted mid-poll: the next poll sees the new state
    }
  }

  private void broadcast(byte[] message) {
    for (OutputStream out : streams) {
      try {
        out.write(message);
        out.flush();
      } catch (IOException e) {
        streams.remove(out);
        close(out);
      }
    }
  }

  /** Changes whenever an event is logged, a resource is added or removed, or manual time moves. */
  private long fingerprint() {
    // real time moves constantly; only manual time is a change worth a refresh
    long hash = clock.isManual() ? clock.instant().hashCode() : 0;
    for (WorkspaceState ws : emulation.workspaces()) {
      // A read: polling every workspace must not queue behind, or hold up, the API's changes.
      long h =
          ws.read(
              () ->
                  31L * ws.events.size()
                      + (ws.events.isEmpty() ? 0 : ws.events.peekLast().sid.hashCode())
                      + 131L * ws.workers.size()
                      + 1_031L * ws.tasks.size()
                      + 10_031L * ws.reservations.size()
                      + 100_031L * ws.queues.size()
                      + 1_000_031L * ws.workflows.size()
                      + ws.updated.hashCode());
      hash = hash * 17 + ws.sid.hashCode() + h;
    }
    return hash;
  }

  /** Ends every stream and stops polling. */
  @Override
  public void close() {
    poller.shutdownNow();
    for (OutputStream out : streams) {
      close(out);
    }
    streams.clear();
  }

  private static void close(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // the page is gone already
    }
  }
}
