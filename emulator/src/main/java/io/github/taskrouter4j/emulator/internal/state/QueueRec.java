package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** A task queue with its waiting tasks in assignment order; guarded by its workspace's lock. */
public final class QueueRec {
  /** FIFO: higher priority first, then older first. */
  private static final Comparator<TaskRec> FIFO =
      Comparator.<TaskRec>comparingInt(t -> -t.priority)
          .thenComparing(t -> t.virtualStartTime)
          .thenComparingLong(t -> t.seq);

  /** LIFO: newest first, priority ignored (as TaskRouter documents). */
  private static final Comparator<TaskRec> LIFO =
      Comparator.<TaskRec, Instant>comparing(t -> t.virtualStartTime)
          .thenComparingLong(t -> t.seq)
          .reversed();

  /** Longest idle first, then creation order. */
  static final Comparator<WorkerRec> IDLE_ORDER =
      Comparator.<WorkerRec, Instant>comparing(w -> w.idleSince).thenComparingLong(w -> w.seq);

  public final String sid;
  public String friendlyName;
  public String targetWorkersText;
  public Conditions.WorkerCondition targetWorkers;
  public String taskOrder;
  public int maxReservedWorkers;
  public ActivityRec reservationActivity;
  public ActivityRec assignmentActivity;
  public final Instant created;
  public Instant updated;

  /** Tasks currently in a routing step on this queue and not assigned. */
  public final WaitingTasks waiting;

  /** Workers whose attributes match target_workers. */
  public final Set<WorkerRec> members = new LinkedHashSet<>();

  /** Members that are available with room for work, longest idle first. */
  public final TreeSet<WorkerRec> ready = new TreeSet<>(IDLE_ORDER);

  public QueueRec(String sid, String friendlyName, String taskOrder, Instant now) {
    this.sid = sid;
    this.friendlyName = friendlyName;
    this.taskOrder = taskOrder;
    this.created = now;
    this.updated = now;
    this.waiting = new WaitingTasks(this, comparator(taskOrder));
  }

  static Comparator<TaskRec> comparator(String taskOrder) {
    return "LIFO".equals(taskOrder) ? LIFO : FIFO;
  }

  public void reorder(String newOrder) {
    waiting.reorder(comparator(newOrder));
    taskOrder = newOrder;
  }
}
