package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.util.Objects;

/**
 * A TaskQueue as the router sees it: SID, friendly name, {@code target_workers} expression (which
 * workers belong to the queue) and {@code task_order}.
 *
 * <pre>{@code
 * QueueDefinition gold = QueueDefinition.builder()
 *     .sid(goldSid)
 *     .friendlyName("Gold")
 *     .targetWorkers("skills HAS 'gold'")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QueueDefinition {
  private static final String EVERYONE = "1==1";

  private final TaskQueueSid sid;
  private final String friendlyName;
  private final WorkerExpression targetWorkers;
  private final TaskOrdering taskOrder;

  private QueueDefinition(Builder b) {
    this.sid = Objects.requireNonNull(b.sid, "QueueDefinition.sid is required");
    this.friendlyName =
        Objects.requireNonNull(b.friendlyName, "QueueDefinition.friendlyName is required");
    this.targetWorkers =
        b.targetWorkers != null ? b.targetWorkers : Expressions.parseWorkers(EVERYONE);
    this.taskOrder = b.taskOrder;
  }

  /**
   * A FIFO queue.
   *
   * @param sid the queue's SID
   * @param friendlyName the queue's name
   * @param targetWorkers which workers belong to it, for example {@code parseWorkers("1==1")}
   */
  public static QueueDefinition of(
      TaskQueueSid sid, String friendlyName, WorkerExpression targetWorkers) {
    return builder().sid(sid).friendlyName(friendlyName).targetWorkers(targetWorkers).build();
  }

  /** Starts a builder; {@code sid} and {@code friendlyName} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The queue's SID. */
  public TaskQueueSid sid() {
    return sid;
  }

  /** The queue's friendly name. */
  public String friendlyName() {
    return friendlyName;
  }

  /** Which workers belong to the queue; {@code 1==1} (everyone) by default, as in Twilio. */
  public WorkerExpression targetWorkers() {
    return targetWorkers;
  }

  /** The order the queue offers its tasks in; {@link TaskOrdering#FIFO} by default. */
  public TaskOrdering taskOrder() {
    return taskOrder;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof QueueDefinition)) {
      return false;
    }
    QueueDefinition other = (QueueDefinition) o;
    return sid.equals(other.sid)
        && friendlyName.equals(other.friendlyName)
        && targetWorkers.equals(other.targetWorkers)
        && taskOrder == other.taskOrder;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, friendlyName, targetWorkers, taskOrder);
  }

  /** For example {@code Gold (WQ…, FIFO, target_workers: skills HAS 'gold')}. */
  @Override
  public String toString() {
    return friendlyName
        + " ("
        + sid
        + ", "
        + taskOrder
        + ", target_workers: "
        + targetWorkers
        + ")";
  }

  /** Builds a {@link QueueDefinition}. */
  public static final class Builder {
    private TaskQueueSid sid;
    private String friendlyName;
    private WorkerExpression targetWorkers;
    private TaskOrdering taskOrder = TaskOrdering.FIFO;

    private Builder() {}

    /** The queue's SID (required). */
    public Builder sid(TaskQueueSid value) {
      this.sid = Objects.requireNonNull(value, "sid == null");
      return this;
    }

    /** The queue's friendly name (required). */
    public Builder friendlyName(String value) {
      this.friendlyName = Objects.requireNonNull(value, "friendlyName == null");
      return this;
    }

    /** The queue's {@code target_workers}. */
    public Builder targetWorkers(WorkerExpression value) {
      this.targetWorkers = Objects.requireNonNull(value, "targetWorkers == null");
      return this;
    }

    /**
     * The queue's {@code target_workers} as TaskRouter text, for example {@code languages HAS
     * "es"}.
     *
     * @throws io.github.taskrouter4j.workflow.expression.ExpressionSyntaxException with the column
     */
    public Builder targetWorkers(String expression) {
      Objects.requireNonNull(expression, "targetWorkers == null");
      this.targetWorkers = Expressions.parseWorkers(expression);
      return this;
    }

    /** The queue's {@code task_order}; default FIFO. */
    public Builder taskOrder(TaskOrdering value) {
      this.taskOrder = Objects.requireNonNull(value, "taskOrder == null");
      return this;
    }

    /** Builds the queue definition. */
    public QueueDefinition build() {
      return new QueueDefinition(this);
    }
  }
}
