package io.github.taskrouter4j.workflow.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The order in which a TaskQueue offers its waiting tasks to workers (the queue's {@code
 * task_order}).
 *
 * <p>{@link #FIFO} (Twilio's default) offers the highest priority first and, among equal
 * priorities, the task that has waited longest (oldest {@code virtual_start_time}). {@link #LIFO}
 * offers the newest task first and ignores priority entirely, as Twilio documents.
 */
public enum TaskOrdering {
  /** Highest priority first, then oldest {@code virtual_start_time} first. */
  FIFO,
  /** Newest {@code virtual_start_time} first; task priority is not considered. */
  LIFO;

  /**
   * A comparator that sorts waiting tasks in the order this queue offers them: the first element is
   * offered first.
   *
   * <pre>{@code
   * pending.sort(TaskOrdering.FIFO.comparator(PendingTask::priority, PendingTask::virtualStartTime));
   * }</pre>
   *
   * @param priority reads a task's current priority (higher is offered first under FIFO)
   * @param virtualStartTime reads the instant a task counts as having entered the queue
   * @param <T> the caller's task type
   * @return a comparator consistent with TaskRouter's documented queue ordering; ties (same
   *     priority and instant) compare as equal, so use a stable sort to keep insertion order
   */
  public <T> Comparator<T> comparator(
      ToIntFunction<? super T> priority, Function<? super T, Instant> virtualStartTime) {
    Objects.requireNonNull(priority, "priority == null");
    Objects.requireNonNull(virtualStartTime, "virtualStartTime == null");
    Comparator<T> byStart = Comparator.comparing(virtualStartTime);
    if (this == LIFO) {
      return byStart.reversed();
    }
    Comparator<T> byPriority = Comparator.comparingInt(priority);
    return byPriority.reversed().thenComparing(byStart);
  }

  /**
   * Reads Twilio's spelling ({@code FIFO} or {@code LIFO}, any case).
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static TaskOrdering fromTwilio(String value) {
    Objects.requireNonNull(value, "value == null");
    for (TaskOrdering order : values()) {
      if (order.name().equalsIgnoreCase(value.trim())) {
        return order;
      }
    }
    throw new IllegalArgumentException("task_order must be FIFO or LIFO, was \"" + value + "\"");
  }
}
