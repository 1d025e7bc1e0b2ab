package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Due-time actions of one workspace; guarded by its workspace's lock. A timer whose purpose is gone
 * (its task finished or was deleted, its reservation was answered) is cancelled, so neither the
 * timer nor what its action references stays reachable until it would have fired.
 */
public final class Timers {
  /** One scheduled action; {@link #cancel()} removes it from its workspace's timers. */
  public final class Timer implements Comparable<Timer> {
    final Instant due;
    final long seq;
    final Runnable action;

    Timer(Instant due, long seq, Runnable action) {
      this.due = due;
      this.seq = seq;
      this.action = action;
    }

    /** Drops this timer if it has not fired yet; cancelling twice does nothing. */
    public void cancel() {
      queue.remove(this);
    }

    @Override
    public int compareTo(Timer other) {
      int c = due.compareTo(other.due);
      return c != 0 ? c : Long.compare(seq, other.seq);
    }
  }

  private final TreeSet<Timer> queue = new TreeSet<>();
  private long seq;

  /** Schedules {@code action} at {@code due}; returns the timer, to cancel it. */
  public Timer at(Instant due, Runnable action) {
    Timer timer = new Timer(due, seq++, action);
    queue.add(timer);
    return timer;
  }

  public Optional<Instant> nextDue() {
    return queue.isEmpty() ? Optional.empty() : Optional.of(queue.first().due);
  }

  /** Runs every action due at or before {@code now}, in due order (actions may add more). */
  public void fireDue(Instant now) {
    while (!queue.isEmpty() && !queue.first().due.isAfter(now)) {
      queue.pollFirst().action.run();
    }
  }

  /** How many timers are scheduled and not yet fired or cancelled. */
  public int size() {
    return queue.size();
  }
}
