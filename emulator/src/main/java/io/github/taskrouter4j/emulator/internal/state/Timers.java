package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/** Due-time actions of one workspace; guarded by its workspace's lock. */
public final class Timers {
  private static final class Entry implements Comparable<Entry> {
    final Instant due;
    final long seq;
    final Runnable action;

    Entry(Instant due, long seq, Runnable action) {
      this.due = due;
      this.seq = seq;
      this.action = action;
    }

    @Override
    public int compareTo(Entry other) {
      int c = due.compareTo(other.due);
      return c != 0 ? c : Long.compare(seq, other.seq);
    }
  }

  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private long seq;

  public void at(Instant due, Runnable action) {
    queue.add(new Entry(due, seq++, action));
  }

  public Optional<Instant> nextDue() {
    Entry head = queue.peek();
    return head == null ? Optional.empty() : Optional.of(head.due);
  }

  /** Runs every action due at or before {@code now}, in due order (actions may add more). */
  public void fireDue(Instant now) {
    Entry head;
    while ((head = queue.peek()) != null && !head.due.isAfter(now)) {
      queue.poll();
      head.action.run();
    }
  }

  int size() {
    return queue.size();
  }
}
