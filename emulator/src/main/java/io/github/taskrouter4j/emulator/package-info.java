/**
 * A local TaskRouter: {@link io.github.taskrouter4j.emulator.TaskRouterEmulator} serves the
 * TaskRouter v1 REST API on 127.0.0.1 and routes tasks for real, on a clock tests can control
 * ({@link io.github.taskrouter4j.emulator.EmulatorClock}).
 */
package io.github.taskrouter4j.emulator;
