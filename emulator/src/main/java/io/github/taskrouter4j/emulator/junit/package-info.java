/**
 * The JUnit 5 extension: {@link io.github.taskrouter4j.emulator.junit.TaskRouterTest} on a test
 * class (or a {@link io.github.taskrouter4j.emulator.junit.TaskRouterExtension} registered with
 * {@code @RegisterExtension}) starts an emulator and injects it, a client, a fresh workspace and
 * the clock as parameters.
 *
 * <p>Needs {@code junit-jupiter-api} on the test classpath; the emulator declares it as a provided
 * dependency only, so nothing of JUnit reaches a production classpath.
 */
package io.github.taskrouter4j.emulator.junit;
