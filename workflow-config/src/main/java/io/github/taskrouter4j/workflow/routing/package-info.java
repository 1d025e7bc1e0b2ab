/**
 * Local routing simulation: {@link io.github.taskrouter4j.workflow.routing.Router} routes task
 * attributes through a {@link io.github.taskrouter4j.workflow.WorkflowConfiguration} over given
 * queues and workers and returns a {@link io.github.taskrouter4j.workflow.routing.RoutingDecision}:
 * the matched filter, the escalation steps with their start offsets, priorities and eligible
 * workers, and a trace of the filters that did not take the task. {@link
 * io.github.taskrouter4j.workflow.routing.RoutingDiff} compares two configurations over a sample of
 * tasks: which tasks a change moves, and where.
 *
 * <p>Pure: no I/O, no threads, no global state; time comes from a {@link java.time.Clock} passed
 * in. Every type here is immutable and thread-safe.
 */
package io.github.taskrouter4j.workflow.routing;
