/**
 * Runnable examples of taskrouter4j: the {@link io.github.taskrouter4j.examples.Quickstart} and one
 * small program per capability. Each runs offline against the embedded emulator; its {@code main}
 * delegates to a {@code run(PrintStream, ...)} method that returns the process exit code, so the
 * tests call it in-process and check what it printed.
 */
package io.github.taskrouter4j.examples;
