package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.CanonicalJson;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a configuration change does to a sample of tasks: each task is routed through the
 * configuration before and after the change, over the same queues and workers (the inputs of a
 * {@link Router}), and every task whose matched filter, steps (queue, priority, timeout) or first
 * reserved worker differs is listed, with a summary grouped by filter and by first queue.
 *
 * <pre>{@code
 * RoutingDiff diff = RoutingDiff.between(before, after)
 *     .queues(queues)
 *     .workers(workers)
 *     .at(Instant.parse("2024-01-01T09:00:00Z"))
 *     .forTasks(tasks);
 * System.out.println(diff);          // a text table
 * Files.writeString(report, diff.toJson());   // for CI tools
 * }</pre>
 *
 * <p>Immutable. Pure: no I/O, and time is the instant given (default {@link Builder#DEFAULT_AT}).
 */
public final class RoutingDiff {
  private final int total;
  private final List<TaskChange> changes;
  private final List<Group> byFilter;
  private final List<Group> byFirstQueue;

  private RoutingDiff(int total, List<TaskChange> changes) {
    this.total = total;
    this.changes = List.copyOf(changes);
    this.byFilter = group(changes, c -> c.before().filter(), c -> c.after().filter());
    this.byFirstQueue =
        group(changes, c -> c.before().firstQueueLabel(), c -> c.after().firstQueueLabel());
  }

  /**
   * Starts a diff between two configurations.
   *
   * @param before the configuration deployed now
   * @param after the changed configuration
   * @return a builder; give it queues and workers if the diff should name them, then the tasks
   */
  public static Builder between(WorkflowConfiguration before, WorkflowConfiguration after) {
    return new Builder(
        Objects.requireNonNull(before, "before == null"),
        Objects.requireNonNull(after, "after == null"));
  }

  /** The number of tasks in the sample. */
  public int total() {
    return total;
  }

  /** The number of tasks routed differently. */
  public int changedCount() {
    return changes.size();
  }

  /** Whether no task of the sample is routed differently. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The tasks routed differently, in sample order. */
  public List<TaskChange> changes() {
    return changes;
  }

  /** The changed tasks grouped by (filter before, filter after), largest group first. */
  public List<Group> byFilter() {
    return byFilter;
  }

  /** The changed tasks grouped by (first queue before, first queue after), largest group first. */
  public List<Group> byFirstQueue() {
    return byFirstQueue;
  }

  /** The summary and up to {@code maxTasks} changed tasks as a text table. */
  public String toText(int maxTasks) {
    return RoutingDiffReport.text(this, maxTasks);
  }

  /**
   * The diff as canonical pretty JSON, for CI tools: {@code total}, {@code changed}, {@code
   * by_filter}, {@code by_first_queue} and every changed task with {@code before} and {@code
   * after}.
   */
  public String toJson() {
    return CanonicalJson.prettyPrint(toJsonTree());
  }

  /** The JSON of {@link #toJson()} as a tree the caller owns. */
  public ObjectNode toJsonTree() {
    return RoutingDiffReport.json(this);
  }

  /** The summary and the first 20 changed tasks ({@link #toText(int)}). */
  @Override
  public String toString() {
    return toText(RoutingDiffReport.DEFAULT_ROWS);
  }

  private static List<Group> group(
      List<TaskChange> changes,
      Function<TaskChange, String> from,
      Function<TaskChange, String> to) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (TaskChange change : changes) {
      counts.merge(List.of(from.apply(change), to.apply(change)), 1, Integer::sum);
    }
    List<Group> groups = new ArrayList<>();
    counts.forEach((key, n) -> groups.add(new Group(key.get(0), key.get(1), n)));
    groups.sort(Comparator.comparingInt(Group::count).reversed());
    return List.copyOf(groups);
  }

  /** A number of changed tasks that went from one filter (or queue) to another. */
  public static final class Group {
    private final String before;
    private final String after;
    private final int count;

    Group(String before, String after, int count) {
      this.before = before;
      this.after = after;
      this.count = count;
    }

    /** The filter name (or first queue name) before the change. */
    public String before() {
      return before;
    }

    /** The filter name (or first queue name) after the change. */
    public String after() {
      return after;
    }

    /** How many changed tasks went this way. */
    public int count() {
      return count;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Group
          && before.equals(((Group) o).before)
          && after.equals(((Group) o).after)
          && count == ((Group) o).count;
    }

    @Override
    public int hashCode() {
      return Objects.hash(before, after, count);
    }

    /** {@code Support -> Billing: 12}. */
    @Override
    public String toString() {
      return before + " -> " + after + ": " + count;
    }
  }

  /** Collects the queues, workers and instant, then routes the sample ({@link #forTasks}). */
  public static final class Builder {
    /**
     * The instant routing begins when {@link #at(Instant)} is not called: 2024-01-01T09:00:00Z, a
     * Monday morning, so time-of-day filters see business hours.
     */
    public static final Instant DEFAULT_AT = Instant.parse("2024-01-01T09:00:00Z");

    private final WorkflowConfiguration before;
    private final WorkflowConfiguration after;
    private final List<QueueDefinition> queues = new ArrayList<>();
    private final List<WorkerState> workers = new ArrayList<>();
    private Instant at = DEFAULT_AT;

    Builder(WorkflowConfiguration before, WorkflowConfiguration after) {
      this.before = before;
      this.after = after;
    }

    /**
     * Adds a queue definition (name, {@code target_workers}). Queues either configuration routes to
     * but not given here admit every worker and are named by their SID.
     */
    public Builder queue(QueueDefinition queue) {
      queues.add(Objects.requireNonNull(queue, "queue == null"));
      return this;
    }

    /** Adds queue definitions; see {@link #queue(QueueDefinition)}. */
    public Builder queues(Collection<QueueDefinition> values) {
      Objects.requireNonNull(values, "queues == null").forEach(this::queue);
      return this;
    }

    /** Adds a worker, as it is when routing begins. */
    public Builder worker(WorkerState worker) {
      workers.add(Objects.requireNonNull(worker, "worker == null"));
      return this;
    }

    /** Adds workers. */
    public Builder workers(Collection<WorkerState> values) {
      Objects.requireNonNull(values, "workers == null").forEach(this::worker);
      return this;
    }

    /** The instant routing begins, read by {@code taskrouter.*} time variables. */
    public Builder at(Instant instant) {
      this.at = Objects.requireNonNull(instant, "at == null");
      return this;
    }

    /**
     * Routes every task through both configurations and collects the differences.
     *
     * @param tasks task attributes, each a JSON object; not changed
     * @return the diff
     * @throws IllegalArgumentException if a task is not a JSON object (naming its position), or a
     *     queue or worker is given twice
     */
    public RoutingDiff forTasks(Iterable<? extends JsonNode> tasks) {
      Objects.requireNonNull(tasks, "tasks == null");
      Router old = router(before);
      Router changed = router(after);
      List<TaskChange> changes = new ArrayList<>();
      int index = 0;
      for (JsonNode task : tasks) {
        RoutingJson.requireObject(task, "tasks[" + index + "]");
        RoutingDecision a = old.routeForDiff(task, at);
        RoutingDecision b = changed.routeForDiff(task, at);
        if (!same(a, b)) {
          changes.add(new TaskChange(index, task, RouteSummary.of(a), RouteSummary.of(b)));
        }
        index++;
      }
      return new RoutingDiff(index, changes);
    }

    private Router router(WorkflowConfiguration configuration) {
      return Router.builder()
          .configuration(configuration)
          .queues(queues)
          .queuesFromConfiguration()
          .workers(workers)
          .clock(Clock.fixed(at, ZoneOffset.UTC))
          .build();
    }

    /** Compares without allocating summaries: most tasks of a sample do not change. */
    private static boolean same(RoutingDecision a, RoutingDecision b) {
      if (!RouteSummary.filterLabel(a).equals(RouteSummary.filterLabel(b))) {
        return false;
      }
      List<RoutingStep> x = a.steps();
      List<RoutingStep> y = b.steps();
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!RouteSummary.StepSummary.sameAs(x.get(i), y.get(i))) {
          return false;
        }
      }
      return a.firstWorker().map(WorkerState::sid).equals(b.firstWorker().map(WorkerState::sid));
    }
  }
}
