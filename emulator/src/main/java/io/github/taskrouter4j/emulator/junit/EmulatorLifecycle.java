package io.github.taskrouter4j.emulator.junit;

/** How long one emulator lives under {@link TaskRouterExtension}. */
public enum EmulatorLifecycle {
  /**
   * One emulator for the whole test class (the default): fast, and every test still gets its own
   * workspace. Tests that advance the manual clock share it, so run them one at a time or use
   * {@link #PER_TEST}.
   */
  PER_CLASS,

  /** A new emulator, client and clock for every test: nothing is shared between tests. */
  PER_TEST
}
