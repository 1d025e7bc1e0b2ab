package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** One task of a {@link RoutingDiff} sample that the change routes differently. Immutable. */
public final class TaskChange {
  /** What changed for the task. */
  public enum Aspect {
    /** The matched filter (by name), or default filter / no match. */
    FILTER,
    /** The escalation steps: queue, priority, timeout or skipping of any step, or their number. */
    STEPS,
    /** The worker who would be reserved first. */
    FIRST_WORKER
  }

  private final int index;
  private final JsonNode task;
  private final RouteSummary before;
  private final RouteSummary after;
  private final Set<Aspect> aspects;

  TaskChange(int index, JsonNode task, RouteSummary before, RouteSummary after) {
    this.index = index;
    this.task = task;
    this.before = before;
    this.after = after;
    EnumSet<Aspect> changed = EnumSet.noneOf(Aspect.class);
    if (!before.filter().equals(after.filter())) {
      changed.add(Aspect.FILTER);
    }
    if (!before.steps().equals(after.steps())) {
      changed.add(Aspect.STEPS);
    }
    if (!before.firstWorker().equals(after.firstWorker())) {
      changed.add(Aspect.FIRST_WORKER);
    }
    this.aspects = Collections.unmodifiableSet(changed);
  }

  /** The task's position in the sample (0-based). */
  public int index() {
    return index;
  }

  /** A copy of the task's attributes. */
  public JsonNode task() {
    return task.deepCopy();
  }

  JsonNode taskView() {
    return task;
  }

  /** Where the task goes under the configuration before the change. */
  public RouteSummary before() {
    return before;
  }

  /** Where the task goes under the changed configuration. */
  public RouteSummary after() {
    return after;
  }

  /** What changed; never empty. */
  public Set<Aspect> aspects() {
    return aspects;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TaskChange)) {
      return false;
    }
    TaskChange other = (TaskChange) o;
    return index == other.index
        && task.equals(other.task)
        && before.equals(other.before)
        && after.equals(other.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, task, before, after);
  }

  /** {@code task 3 {"type":"billing"}: Support: Tier 1 … -> Billing: Billing …}. */
  @Override
  public String toString() {
    return "task " + index + " " + task + ": " + before + " -> " + after;
  }
}
