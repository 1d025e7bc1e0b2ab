package io.github.taskrouter4j.webhook;

/** The resource an {@link EventType} is about; decides the {@link TaskRouterEvent} subclass. */
public enum EventCategory {
  /** {@code activity.*}: {@link ActivityEvent}. */
  ACTIVITY,
  /** {@code reservation.*}: {@link ReservationEvent}. */
  RESERVATION,
  /** {@code task.*}: {@link TaskEvent}. */
  TASK,
  /** {@code task-channel.*}: {@link TaskChannelEvent}. */
  TASK_CHANNEL,
  /** {@code task-queue.*}: {@link TaskQueueEvent}. */
  TASK_QUEUE,
  /** {@code worker.*}: {@link WorkerEvent}. */
  WORKER,
  /** {@code workflow.*}: {@link WorkflowEvent}. */
  WORKFLOW,
  /** {@code workspace.*}: {@link WorkspaceEvent}. */
  WORKSPACE,
  /** A type this version does not know: {@link UnknownEvent}. */
  UNKNOWN
}
