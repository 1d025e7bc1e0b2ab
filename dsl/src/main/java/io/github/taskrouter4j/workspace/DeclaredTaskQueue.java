package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.resource.TaskOrder;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task queue as declared in a {@link WorkspaceDefinition}. Fields left out are not managed: the
 * plan leaves the live value alone (and a new queue gets Twilio's default).
 *
 * <pre>{@code
 * DeclaredTaskQueue.builder(QueueKey.of("Sales"))
 *     .targetWorkers("languages HAS \"en\"")
 *     .reservationActivity(busy)
 *     .assignmentActivity(busy)
 *     .build()
 * }</pre>
 */
@Value.Immutable
public abstract class DeclaredTaskQueue {
  private static final int MAX_RESERVED_WORKERS = 50;

  DeclaredTaskQueue() {}

  /** Starts a queue with this key. */
  public static Builder builder(QueueKey key) {
    return new Builder().key(key);
  }

  /** Builds a {@link DeclaredTaskQueue}. */
  public static class Builder extends ImmutableDeclaredTaskQueue.Builder {
    Builder() {}

    /** Sets the worker expression from a typed one: {@code targetWorkers(parseWorkers("…"))}. */
    public Builder targetWorkers(WorkerExpression expression) {
      return targetWorkers(expression.toString());
    }
  }

  /** The queue's key; its name is the friendly name. */
  public abstract QueueKey key();

  /** Which workers may take the queue's tasks, e.g. {@code languages HAS "en"}. */
  public abstract Optional<String> targetWorkers();

  /** How many workers may be reserved at once for one task, 1 to 50. */
  public abstract Optional<Integer> maxReservedWorkers();

  /** FIFO or LIFO. */
  public abstract Optional<TaskOrder> taskOrder();

  /** The activity a worker moves to when a task of this queue is reserved for them. */
  public abstract Optional<ActivityKey> reservationActivity();

  /** The activity a worker moves to when a task of this queue is assigned to them. */
  public abstract Optional<ActivityKey> assignmentActivity();

  /** The SID of the live queue this declaration was imported from, matched first. */
  public abstract Optional<TaskQueueSid> sid();

  /** This declaration bound to a live queue's SID. */
  public DeclaredTaskQueue withSid(TaskQueueSid sid) {
    return ImmutableDeclaredTaskQueue.copyOf(this).withSid(sid);
  }

  @Value.Check
  void check() {
    maxReservedWorkers()
        .filter(n -> n < 1 || n > MAX_RESERVED_WORKERS)
        .ifPresent(
            n -> {
              throw new IllegalArgumentException(
                  key()
                      + ": max_reserved_workers must be between 1 and "
                      + MAX_RESERVED_WORKERS
                      + ", was "
                      + n);
            });
  }
}
