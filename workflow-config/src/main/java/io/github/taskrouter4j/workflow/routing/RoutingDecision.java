package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a task goes and to whom: the result of {@link Router#route(JsonNode)}.
 *
 * <p>Holds the matched filter (or the default filter, or none), the escalation {@link #steps()} in
 * the order the task would go through them if nobody accepted it, and a {@link #trace()} saying why
 * each filter before the match did not take the task. Steps continue into the next matching filter
 * when a filter's last step times out, as TaskRouter does. Immutable; {@link #toString()} prints a
 * decision table.
 */
public final class RoutingDecision {
  /** Which part of the workflow took the task. */
  public enum Match {
    /** A filter of {@code task_routing.filters} matched. */
    FILTER,
    /** No filter took the task (none matched, or the matched ones were skipped). */
    DEFAULT_FILTER,
    /** No filter matched and the workflow has no default filter. */
    NONE
  }

  /** How the task leaves the workflow if no reservation is ever accepted. */
  public enum Ending {
    /** The last step has no timeout: the task waits there until accepted or its TTL expires. */
    WAITS_IN_LAST_STEP,
    /**
     * The last step timed out with no later matching filter: {@code workflow.timeout}, canceled.
     */
    CANCELED_AFTER_TIMEOUT,
    /**
     * {@code skip_if} skipped the last step and no default filter exists: {@code workflow.skipped}.
     */
    SKIPPED_OUT,
    /**
     * Nothing matched and there is no default filter (undocumented by Twilio: treated as canceled).
     */
    NO_MATCH
  }

  private final JsonNode task;
  private final Instant evaluatedAt;
  private final Match match;
  private final Optional<String> filterName;
  private final OptionalInt filterIndex;
  private final List<RoutingStep> steps;
  private final List<FilterEvaluation> trace;
  private final Ending ending;
  private final Optional<Duration> endsAfter;

  RoutingDecision(
      JsonNode task,
      Instant evaluatedAt,
      Match match,
      Optional<String> filterName,
      OptionalInt filterIndex,
      List<RoutingStep> steps,
      List<FilterEvaluation> trace,
      Ending ending,
      Optional<Duration> endsAfter) {
    this.task = task;
    this.evaluatedAt = evaluatedAt;
    this.match = match;
    this.filterName = filterName;
    this.filterIndex = filterIndex;
    this.steps = List.copyOf(steps);
    this.trace = List.copyOf(trace);
    this.ending = ending;
    this.endsAfter = endsAfter;
  }

  /** A copy of the task attributes that were routed. */
  public JsonNode task() {
    return task.deepCopy();
  }

  /** The instant routing began (the router's clock). */
  public Instant evaluatedAt() {
    return evaluatedAt;
  }

  /** Which part of the workflow took the task. */
  public Match match() {
    return match;
  }

  /**
   * The name of the first filter whose expression matched the task, even if its steps were later
   * skipped; empty when none matched.
   */
  public Optional<String> filterName() {
    return filterName;
  }

  /** The position of that filter in {@code task_routing.filters}; empty when none matched. */
  public OptionalInt filterIndex() {
    return filterIndex;
  }

  /** The escalation steps in order; empty when {@link #match()} is {@link Match#NONE}. */
  public List<RoutingStep> steps() {
    return steps;
  }

  /** One line per filter evaluated, in order, saying what it did with the task and why. */
  public List<FilterEvaluation> trace() {
    return trace;
  }

  /** How the task leaves the workflow if nobody accepts it. */
  public Ending ending() {
    return ending;
  }

  /**
   * When the task leaves the workflow (canceled or skipped out) if nobody accepts it; empty when it
   * waits in its last step.
   */
  public Optional<Duration> endsAfter() {
    return endsAfter;
  }

  /** Whether any step would offer the task to somebody. */
  public boolean hasEligibleWorkers() {
    return firstStepWithWorkers().isPresent();
  }

  /** The first step, in escalation order, with at least one eligible worker. */
  public Optional<RoutingStep> firstStepWithWorkers() {
    for (RoutingStep step : steps) {
      if (!step.eligibleWorkers().isEmpty()) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The worker who would be reserved first: the best worker of the first step with any. */
  public Optional<WorkerState> firstWorker() {
    return firstStepWithWorkers().flatMap(RoutingStep::firstWorker);
  }

  /**
   * The step the task is in {@code elapsed} after routing began, if nobody accepted it; empty once
   * it has left the workflow. Skipped steps take no time and are never returned.
   */
  public Optional<RoutingStep> stepAt(Duration elapsed) {
    Objects.requireNonNull(elapsed, "elapsed == null");
    for (RoutingStep step : steps) {
      if (step.skipped() || elapsed.compareTo(step.startOffset()) < 0) {
        continue;
      }
      Optional<Duration> end = step.endOffset();
      if (end.isEmpty() || elapsed.compareTo(end.get()) < 0) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RoutingDecision)) {
      return false;
    }
    RoutingDecision other = (RoutingDecision) o;
    return task.equals(other.task)
        && evaluatedAt.equals(other.evaluatedAt)
        && match == other.match
        && filterIndex.equals(other.filterIndex)
        && steps.equals(other.steps)
        && trace.equals(other.trace)
        && ending == other.ending
        && endsAfter.equals(other.endsAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(task, evaluatedAt, match, filterIndex, steps, ending);
  }

  /** A decision table: task, trace, one line per step, and the ending. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append("route ").append(task).append(" at ").append(evaluatedAt).append('\n');
    switch (match) {
      case FILTER:
        out.append("  matched filter [")
            .append(filterIndex.getAsInt())
            .append("] \"")
            .append(filterName.orElse(""))
            .append("\"\n");
        break;
      case DEFAULT_FILTER:
        out.append("  taken by the default filter\n");
        break;
      default:
        out.append("  no filter matched and there is no default filter\n");
        break;
    }
    for (FilterEvaluation line : trace) {
      out.append("  ").append(line).append('\n');
    }
    for (RoutingStep step : steps) {
      out.append("  ").append(step).append('\n');
      for (String note : step.notes()) {
        out.append("      ").append(note).append('\n');
      }
    }
    out.append("  then: ").append(endingText());
    return out.toString();
  }

  private String endingText() {
    String after = endsAfter.map(d -> " at +" + Durations.format(d)).orElse("");
    switch (ending) {
      case WAITS_IN_LAST_STEP:
        return "waits in step " + (steps.size() - 1) + " until accepted or its TTL expires";
      case CANCELED_AFTER_TIMEOUT:
        return "canceled (workflow.timeout)" + after;
      case SKIPPED_OUT:
        return "removed (workflow.skipped)" + after;
      default:
        return "canceled: nothing matched" + after;
    }
  }
}
