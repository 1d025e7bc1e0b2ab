package io.github.taskrouter4j.emulator;

import java.time.Instant;
import java.util.Optional;

/**
 * Timers an {@link EmulatorClock} fires as it advances. {@link TaskRouterEmulator} registers one
 * for its emulation, so the clock never needs to know what the timers belong to.
 */
interface DueTimers {
  /** The earliest pending timer, if any. */
  Optional<Instant> nextDue();

  /** Fires every timer due at or before {@code now}. */
  void fireDue(Instant now);
}
