package io.github.taskrouter4j.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches response bodies being read and expires those past their deadline, from one daemon thread
 * shared by every client that checks the deadline on a fixed tick.
 *
 * <p>Why not {@code CompletableFuture.orTimeout}: it schedules a task per response on the JDK's
 * delay scheduler, and when that scheduler is idle each schedule wakes its thread: one more thread
 * switch per request, about a quarter of a loopback request's latency on a 2-core machine. Here a
 * response is only added to and removed from a set; the watcher wakes on its tick while bodies are
 * being read and parks for good when there are none, so a body that arrives with its headers
 * (almost every TaskRouter answer) costs no wake-up at all. The price is precision: a body is
 * expired within one {@link #TICK_MILLIS} after its deadline.
 */
final class BodyDeadlines {
  /** How often the watcher looks at the bodies being read. */
  static final long TICK_MILLIS = 50;

  /** A body being read. */
  interface Watched {
    /** When the body must have arrived, in {@link System#nanoTime()} terms. */
    long deadlineNanos();

    /** Fails the body: its deadline has passed. */
    void expire();
  }

  static final BodyDeadlines SHARED = new BodyDeadlines();

  private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
  private volatile Thread watcher;
  private volatile boolean parked;

  private BodyDeadlines() {}

  /** Starts watching a body: it is expired unless {@link #unwatch} comes first. */
  void watch(Watched body) {
    watched.add(body);
    Thread running = watcher;
    if (running == null) {
      start();
    } else if (parked) {
      LockSupport.unpark(running);
    }
  }

  /** Stops watching a body (it arrived, or failed). */
  void unwatch(Watched body) {
    watched.remove(body);
  }

  /** How many bodies are watched now. */
  int size() {
    return watched.size();
  }

  private synchronized void start() {
    if (watcher == null) {
      Thread thread = new Thread(this::run, "taskrouter4j-body-deadlines");
      thread.setDaemon(true);
      watcher = thread;
      thread.start();
    }
  }

  private void run() {
    while (true) {
      if (watched.isEmpty()) {
        parked = true;
        // A body added after this check sees parked == true and unparks us.
        if (watched.isEmpty()) {
          LockSupport.park(this);
        }
        parked = false;
        continue;
      }
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      long now = System.nanoTime();
      for (Watched body : watched) {
        if (now - body.deadlineNanos() >= 0 && watched.remove(body)) {
          try {
            body.expire();
          } catch (RuntimeException e) {
            // Expiring one body must not stop the watcher for all the others.
          }
        }
      }
    }
  }
}
