/**
 * What makes the emulator behave like TaskRouter: {@code Emulation} (every workspace, the clock,
 * the identity), {@code WorkspaceState} (one workspace's records, lock, timers and event log), and
 * the parts that act on it under its lock: {@code WorkspaceRouting} (one {@code workflow.routing}
 * router per workflow, kept in step), {@code RoutingLoop} (queues, reservations, step and
 * reservation timers), {@code Membership} (who is in and ready for each queue), {@code Lifecycle}
 * (task, reservation and worker transitions, each logged once), {@code Callbacks} (signed
 * assignment and event callbacks, sent after the lock is released) and {@code EventData}.
 *
 * <p>May use: {@code internal.state}, {@code internal.http}, {@code workflow-config} and the
 * webhook types. Never imports {@code internal.api} or the public emulator package; time comes in
 * as a {@link java.time.Clock} and timers fire when the owner calls {@code Emulation.fireDue}.
 */
package io.github.taskrouter4j.emulator.internal.engine;
