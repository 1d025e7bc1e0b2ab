/**
 * The web console at {@code /console}: server-rendered pages of what the emulator holds ({@code
 * ConsolePages}), form actions that go through the REST endpoints ({@code ConsoleActions}), live
 * updates over server-sent events ({@code LiveUpdates}), sessions with one-time login links and
 * CSRF tokens ({@code ConsoleSessions}), all behind one handler ({@code ConsoleHandler}).
 *
 * <p>May use: {@code internal.http}, {@code internal.engine}, {@code internal.state}, {@code
 * internal.api} (for its in-process {@code ApiHandler}), {@code workflow.routing} and {@code
 * workflow.diagram}. Nothing else imports this package except {@code TaskRouterEmulator}, which
 * registers {@link io.github.taskrouter4j.emulator.internal.console.Console#handler()}.
 */
package io.github.taskrouter4j.emulator.internal.console;
