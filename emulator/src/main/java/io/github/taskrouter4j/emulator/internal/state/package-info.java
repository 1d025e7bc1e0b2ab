/**
 * The records of what one workspace holds: {@code ActivityRec}, {@code TaskChannelRec}, {@code
 * WorkerRec}, {@code WorkerChannelRec}, {@code QueueRec}, {@code WorkflowRec}, {@code TaskRec},
 * {@code ReservationRec} and {@code EventRec}, plus the workspace's {@code Timers} and the
 * target_workers {@code Conditions} a queue keeps. Plain mutable fields, guarded by the workspace's
 * lock; no behaviour beyond small queries on one record.
 *
 * <p>May use: {@code internal.http} (parsed attributes, errors) and {@code workflow-config}. Never
 * imports {@code internal.engine} or {@code internal.api}.
 */
package io.github.taskrouter4j.emulator.internal.state;
