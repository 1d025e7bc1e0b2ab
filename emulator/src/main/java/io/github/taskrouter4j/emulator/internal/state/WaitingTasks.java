package io.github.taskrouter4j.emulator.internal.state;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tasks waiting in one queue, in assignment order, and the same tasks grouped by {@link
 * TaskRec#shape}: tasks of one shape have the same eligible workers, so a worker that frees up is
 * tested once per shape, not once per waiting task. Each group keeps, in assignment order, only its
 * <em>open</em> tasks (fewer pending reservations than the queue's max_reserved_workers), the ones
 * a worker could still be offered. Guarded by its workspace's lock.
 *
 * <p>A task's shape and its place in the order must not change while it is here: remove it, change
 * it, add it again ({@code RoutingLoop.requeue}).
 */
public final class WaitingTasks extends AbstractCollection<TaskRec> {
  /** The open tasks of one shape, in assignment order. */
  public static final class Group {
    private final Object shape;
    private final TreeSet<TaskRec> open;
    private int size;

    private Group(Object shape, Comparator<TaskRec> order) {
      this.shape = shape;
      this.open = new TreeSet<>(order);
    }

    /** The shape every task of the group has. */
    public Object shape() {
      return shape;
    }

    /** The group's open tasks, first to be assigned first; read-only. */
    public NavigableSet<TaskRec> open() {
      return Collections.unmodifiableNavigableSet(open);
    }
  }

  private final QueueRec queue;
  private Comparator<TaskRec> order;
  private TreeSet<TaskRec> all;
  private final Map<Object, Group> groups = new HashMap<>();

  WaitingTasks(QueueRec queue, Comparator<TaskRec> order) {
    this.queue = queue;
    this.order = order;
    this.all = new TreeSet<>(order);
  }

  /** Adds {@code t} under its current {@link TaskRec#shape}; false if it is here already. */
  @Override
  public boolean add(TaskRec t) {
    if (!all.add(t)) {
      return false;
    }
    Group group = groups.computeIfAbsent(t.shape, s -> new Group(s, order));
    group.size++;
    if (isOpen(t)) {
      group.open.add(t);
    }
    return true;
  }

  @Override
  public boolean remove(Object o) {
    if (!(o instanceof TaskRec) || !all.remove(o)) {
      return false;
    }
    TaskRec t = (TaskRec) o;
    Group group = groups.get(t.shape);
    group.open.remove(t);
    if (--group.size == 0) {
      groups.remove(t.shape);
    }
    return true;
  }

  @Override
  public boolean contains(Object o) {
    return all.contains(o);
  }

  /**
   * Moves {@code t} in or out of its group's open tasks after its pending reservations changed;
   * nothing if it does not wait here.
   */
  public void refresh(TaskRec t) {
    if (!all.contains(t)) {
      return;
    }
    Group group = groups.get(t.shape);
    if (isOpen(t)) {
      group.open.add(t);
    } else {
      group.open.remove(t);
    }
  }

  /** {@link #refresh} for every task, after the queue's max_reserved_workers changed. */
  public void refreshAll() {
    all.forEach(this::refresh);
  }

  /** Gives every task the shape {@code shapeOf} says (after the workflow or queues changed). */
  public void regroup(Function<TaskRec, Object> shapeOf) {
    groups.clear();
    TreeSet<TaskRec> tasks = all;
    all = new TreeSet<>(order);
    for (TaskRec t : tasks) {
      t.shape = shapeOf.apply(t);
      add(t);
    }
  }

  /** Sorts the tasks by {@code order} from now on (the queue's task_order changed). */
  void reorder(Comparator<TaskRec> newOrder) {
    TreeSet<TaskRec> tasks = all;
    order = newOrder;
    all = new TreeSet<>(order);
    groups.clear();
    tasks.forEach(this::add);
  }

  private boolean isOpen(TaskRec t) {
    return t.pendingReservations < queue.maxReservedWorkers;
  }

  /** The assignment order: negative when the first task is assigned before the second. */
  public Comparator<TaskRec> order() {
    return order;
  }

  /** The groups, one per shape, in no particular order. */
  public Collection<Group> groups() {
    return Collections.unmodifiableCollection(groups.values());
  }

  /** The task to be assigned first. */
  public TaskRec first() {
    return all.first();
  }

  /** In assignment order; {@link Iterator#remove()} is not supported. */
  @Override
  public Iterator<TaskRec> iterator() {
    return Collections.unmodifiableSet(all).iterator();
  }

  @Override
  public int size() {
    return all.size();
  }
}
