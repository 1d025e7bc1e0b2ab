package io.github.taskrouter4j.emulator.internal.console;

import java.time.Duration;
import java.time.Instant;

/**
 * The emulator's clock as the console sees it: what time it is, and whether the console may move
 * it. {@code TaskRouterEmulator} hands in its {@code EmulatorClock} through this interface, so this
 * package never imports the public emulator package (that would make a package cycle).
 */
public interface ConsoleClock {
  /** The emulator's current time. */
  Instant instant();

  /** Whether the clock is manual, so the console offers to advance it. */
  boolean isManual();

  /**
   * Moves a manual clock forward, firing what falls due.
   *
   * @param by how far
   */
  void advance(Duration by);
}
