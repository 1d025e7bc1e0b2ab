package io.github.taskrouter4j.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulator's time: the system clock by default, or a manual clock for tests. Advancing a manual
 * clock fires every timeout that falls due on the way (reservation timeouts, target timeouts, task
 * TTLs), in order and at their own instants, without sleeping.
 *
 * <pre>{@code
 * EmulatorClock clock = EmulatorClock.manual(Instant.parse("2024-01-01T09:00:00Z"));
 * try (TaskRouterEmulator emulator = TaskRouterEmulator.builder().clock(clock).start()) {
 *   // create a task, then let its 30-second target time out:
 *   clock.advance(Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class EmulatorClock extends Clock {
  private final boolean manual;
  private volatile Instant now;
  private final List<DueTimers> listeners = new CopyOnWriteArrayList<>();

  private EmulatorClock(boolean manual, Instant start) {
    this.manual = manual;
    this.now = start;
  }

  /** Real time (the default). */
  public static EmulatorClock system() {
    return new EmulatorClock(false, null);
  }

  /** A clock that stands still at {@code start} until {@link #advance(Duration)} moves it. */
  public static EmulatorClock manual(Instant start) {
    Objects.requireNonNull(start, "start == null");
    return new EmulatorClock(true, start);
  }

  /** A manual clock starting at 2024-01-01T00:00:00Z. */
  public static EmulatorClock manual() {
    return manual(Instant.parse("2024-01-01T00:00:00Z"));
  }

  /** Whether this clock only moves when told to. */
  public boolean isManual() {
    return manual;
  }

  @Override
  public Instant instant() {
    return manual ? now : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    Clock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  /**
   * Moves a manual clock forward by {@code amount}, firing every timeout due on the way at its own
   * instant.
   *
   * @throws IllegalStateException on the system clock
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public synchronized void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount == null");
    if (!manual) {
      throw new IllegalStateException("advance() needs a manual clock: EmulatorClock.manual(...)");
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, was " + amount);
    }
    Instant target = now.plus(amount);
    while (true) {
      Optional<Instant> next = nextDue();
      if (next.isEmpty() || next.get().isAfter(target)) {
        break;
      }
      if (next.get().isAfter(now)) {
        now = next.get();
      }
      listeners.forEach(l -> l.fireDue(now));
    }
    now = target;
  }

  private Optional<Instant> nextDue() {
    Instant best = null;
    for (DueTimers l : listeners) {
      Optional<Instant> due = l.nextDue();
      if (due.isPresent() && (best == null || due.get().isBefore(best))) {
        best = due.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** From now on, {@link #advance(Duration)} fires {@code timers} as it passes their instants. */
  void attach(DueTimers timers) {
    listeners.add(timers);
  }

  /** Stops firing {@code timers}. */
  void detach(DueTimers timers) {
    listeners.remove(timers);
  }

  @Override
  public String toString() {
    return manual ? "EmulatorClock.manual(" + now + ")" : "EmulatorClock.system()";
  }
}
