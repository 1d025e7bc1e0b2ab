package io.github.taskrouter4j.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every TaskRouter event type Twilio documents, with its wire name and {@link EventCategory}. A
 * type Twilio adds later parses to {@link #UNKNOWN} (the event keeps its raw name in {@link
 * TaskRouterEvent#typeName()}) instead of failing.
 */
public enum EventType {
  /** {@code activity.created}. */
  ACTIVITY_CREATED("activity.created", EventCategory.ACTIVITY),
  /** {@code activity.updated}. */
  ACTIVITY_UPDATED("activity.updated", EventCategory.ACTIVITY),
  /** {@code activity.deleted}. */
  ACTIVITY_DELETED("activity.deleted", EventCategory.ACTIVITY),
  /** {@code reservation.created}. */
  RESERVATION_CREATED("reservation.created", EventCategory.RESERVATION),
  /** {@code reservation.accepted}. */
  RESERVATION_ACCEPTED("reservation.accepted", EventCategory.RESERVATION),
  /** {@code reservation.rejected}. */
  RESERVATION_REJECTED("reservation.rejected", EventCategory.RESERVATION),
  /** {@code reservation.timeout}. */
  RESERVATION_TIMEOUT("reservation.timeout", EventCategory.RESERVATION),
  /** {@code reservation.canceled}. */
  RESERVATION_CANCELED("reservation.canceled", EventCategory.RESERVATION),
  /** {@code reservation.rescinded}. */
  RESERVATION_RESCINDED("reservation.rescinded", EventCategory.RESERVATION),
  /** {@code reservation.completed}. */
  RESERVATION_COMPLETED("reservation.completed", EventCategory.RESERVATION),
  /** {@code reservation.failed}. */
  RESERVATION_FAILED("reservation.failed", EventCategory.RESERVATION),
  /** {@code reservation.wrapup}. */
  RESERVATION_WRAPUP("reservation.wrapup", EventCategory.RESERVATION),
  /** {@code task.created}. */
  TASK_CREATED("task.created", EventCategory.TASK),
  /** {@code task.updated}. */
  TASK_UPDATED("task.updated", EventCategory.TASK),
  /** {@code task.canceled}. */
  TASK_CANCELED("task.canceled", EventCategory.TASK),
  /** {@code task.wrapup}. */
  TASK_WRAPUP("task.wrapup", EventCategory.TASK),
  /** {@code task.completed}. */
  TASK_COMPLETED("task.completed", EventCategory.TASK),
  /** {@code task.deleted}. */
  TASK_DELETED("task.deleted", EventCategory.TASK),
  /** {@code task.system-deleted}. */
  TASK_SYSTEM_DELETED("task.system-deleted", EventCategory.TASK),
  /** {@code task.transfer-initiated}. */
  TASK_TRANSFER_INITIATED("task.transfer-initiated", EventCategory.TASK),
  /** {@code task.transfer-attempt-failed}. */
  TASK_TRANSFER_ATTEMPT_FAILED("task.transfer-attempt-failed", EventCategory.TASK),
  /** {@code task.transfer-failed}. */
  TASK_TRANSFER_FAILED("task.transfer-failed", EventCategory.TASK),
  /** {@code task.transfer-canceled}. */
  TASK_TRANSFER_CANCELED("task.transfer-canceled", EventCategory.TASK),
  /** {@code task.transfer-completed}. */
  TASK_TRANSFER_COMPLETED("task.transfer-completed", EventCategory.TASK),
  /** {@code task-channel.created}. */
  TASK_CHANNEL_CREATED("task-channel.created", EventCategory.TASK_CHANNEL),
  /** {@code task-channel.updated}. */
  TASK_CHANNEL_UPDATED("task-channel.updated", EventCategory.TASK_CHANNEL),
  /** {@code task-channel.deleted}. */
  TASK_CHANNEL_DELETED("task-channel.deleted", EventCategory.TASK_CHANNEL),
  /** {@code task-queue.created}. */
  TASK_QUEUE_CREATED("task-queue.created", EventCategory.TASK_QUEUE),
  /** {@code task-queue.deleted}. */
  TASK_QUEUE_DELETED("task-queue.deleted", EventCategory.TASK_QUEUE),
  /** {@code task-queue.entered}. */
  TASK_QUEUE_ENTERED("task-queue.entered", EventCategory.TASK_QUEUE),
  /** {@code task-queue.timeout}. */
  TASK_QUEUE_TIMEOUT("task-queue.timeout", EventCategory.TASK_QUEUE),
  /** {@code task-queue.moved}. */
  TASK_QUEUE_MOVED("task-queue.moved", EventCategory.TASK_QUEUE),
  /** {@code task-queue.expression.updated}. */
  TASK_QUEUE_EXPRESSION_UPDATED("task-queue.expression.updated", EventCategory.TASK_QUEUE),
  /** {@code worker.created}. */
  WORKER_CREATED("worker.created", EventCategory.WORKER),
  /** {@code worker.activity.update}. */
  WORKER_ACTIVITY_UPDATE("worker.activity.update", EventCategory.WORKER),
  /** {@code worker.attributes.update}. */
  WORKER_ATTRIBUTES_UPDATE("worker.attributes.update", EventCategory.WORKER),
  /** {@code worker.capacity.update}. */
  WORKER_CAPACITY_UPDATE("worker.capacity.update", EventCategory.WORKER),
  /** {@code worker.channel.availability.update}. */
  WORKER_CHANNEL_AVAILABILITY_UPDATE("worker.channel.availability.update", EventCategory.WORKER),
  /** {@code worker.deleted}. */
  WORKER_DELETED("worker.deleted", EventCategory.WORKER),
  /** {@code workflow.created}. */
  WORKFLOW_CREATED("workflow.created", EventCategory.WORKFLOW),
  /** {@code workflow.updated}. */
  WORKFLOW_UPDATED("workflow.updated", EventCategory.WORKFLOW),
  /** {@code workflow.deleted}. */
  WORKFLOW_DELETED("workflow.deleted", EventCategory.WORKFLOW),
  /** {@code workflow.target-matched}. */
  WORKFLOW_TARGET_MATCHED("workflow.target-matched", EventCategory.WORKFLOW),
  /** {@code workflow.entered}. */
  WORKFLOW_ENTERED("workflow.entered", EventCategory.WORKFLOW),
  /** {@code workflow.timeout}. */
  WORKFLOW_TIMEOUT("workflow.timeout", EventCategory.WORKFLOW),
  /** {@code workflow.skipped}. */
  WORKFLOW_SKIPPED("workflow.skipped", EventCategory.WORKFLOW),
  /** {@code workspace.created}. */
  WORKSPACE_CREATED("workspace.created", EventCategory.WORKSPACE),
  /** {@code workspace.updated}. */
  WORKSPACE_UPDATED("workspace.updated", EventCategory.WORKSPACE),
  /** {@code workspace.deleted}. */
  WORKSPACE_DELETED("workspace.deleted", EventCategory.WORKSPACE),
  /** A type this version does not know; see {@link TaskRouterEvent#typeName()}. */
  UNKNOWN("", EventCategory.UNKNOWN);

  private static final Map<String, EventType> BY_NAME = new HashMap<>();

  static {
    for (EventType type : values()) {
      if (type != UNKNOWN) {
        BY_NAME.put(type.wireName, type);
      }
    }
  }

  private final String wireName;
  private final EventCategory category;

  EventType(String wireName, EventCategory category) {
    this.wireName = wireName;
    this.category = category;
  }

  /** The {@code EventType} parameter's value, for example {@code reservation.accepted}. */
  public String wireName() {
    return wireName;
  }

  /** The kind of resource the event is about. */
  public EventCategory category() {
    return category;
  }

  /**
   * Finds a documented type by its wire name.
   *
   * @param wireName for example {@code task.created}
   * @return the type, or empty for a name this version does not know
   */
  public static Optional<EventType> fromWireName(String wireName) {
    return Optional.ofNullable(BY_NAME.get(wireName));
  }
}
