package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@link RoutingDiff} compares of one task's {@link RoutingDecision}: the matched filter,
 * the escalation steps (queue, priority, timeout) and the worker reserved first. Immutable.
 */
public final class RouteSummary {
  /** The label of a task taken by the default filter. */
  public static final String DEFAULT_FILTER = "(default filter)";

  /** The label of a task no filter matched, in a workflow without a default filter. */
  public static final String NO_MATCH = "(no match)";

  private final String filter;
  private final List<StepSummary> steps;
  private final WorkerSid firstWorker;
  private final String firstWorkerName;

  private RouteSummary(
      String filter, List<StepSummary> steps, WorkerSid firstWorker, String firstWorkerName) {
    this.filter = filter;
    this.steps = steps;
    this.firstWorker = firstWorker;
    this.firstWorkerName = firstWorkerName;
  }

  /** Summarises a decision. */
  public static RouteSummary of(RoutingDecision decision) {
    List<StepSummary> steps = new ArrayList<>(decision.steps().size());
    for (RoutingStep step : decision.steps()) {
      steps.add(new StepSummary(step));
    }
    Optional<WorkerState> first = decision.firstWorker();
    return new RouteSummary(
        filterLabel(decision),
        List.copyOf(steps),
        first.map(WorkerState::sid).orElse(null),
        first.map(WorkerState::friendlyName).orElse(null));
  }

  static String filterLabel(RoutingDecision decision) {
    switch (decision.match()) {
      case FILTER:
        return decision.filterName().orElse("");
      case DEFAULT_FILTER:
        return DEFAULT_FILTER;
      default:
        return NO_MATCH;
    }
  }

  /**
   * The name of the matched filter, or {@link #DEFAULT_FILTER}, or {@link #NO_MATCH}. Filters are
   * told apart by name, so moving a filter up or down is not itself a change.
   */
  public String filter() {
    return filter;
  }

  /** The escalation steps, in order. */
  public List<StepSummary> steps() {
    return steps;
  }

  /** The queue of the first step, if there is a step. */
  public Optional<StepSummary> firstStep() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0));
  }

  /** The worker who would be reserved first, if anybody is eligible. */
  public Optional<WorkerSid> firstWorker() {
    return Optional.ofNullable(firstWorker);
  }

  /** That worker's friendly name. */
  public Optional<String> firstWorkerName() {
    return Optional.ofNullable(firstWorkerName);
  }

  /** The first queue's name, or {@code -} when the task has no step. */
  String firstQueueLabel() {
    return steps.isEmpty() ? "-" : steps.get(0).queueName();
  }

  /** The steps as {@code Tier 1 p1 60s > Tier 2 p5}. */
  String stepsLabel() {
    if (steps.isEmpty()) {
      return "-";
    }
    StringBuilder out = new StringBuilder();
    for (StepSummary step : steps) {
      if (out.length() > 0) {
        out.append(" > ");
      }
      out.append(step);
    }
    return out.toString();
  }

  String workerLabel() {
    return firstWorkerName == null ? "nobody" : firstWorkerName;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RouteSummary)) {
      return false;
    }
    RouteSummary other = (RouteSummary) o;
    return filter.equals(other.filter)
        && steps.equals(other.steps)
        && Objects.equals(firstWorker, other.firstWorker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filter, steps, firstWorker);
  }

  /** {@code Support: Tier 1 p1 60s > Tier 2 p5; first worker alice}. */
  @Override
  public String toString() {
    return filter + ": " + stepsLabel() + "; first worker " + workerLabel();
  }

  /**
   * One step of a {@link RouteSummary}: queue, priority, timeout and whether skip_if skipped it.
   */
  public static final class StepSummary {
    private final TaskQueueSid queue;
    private final String queueName;
    private final OptionalInt priority;
    private final Optional<Duration> timeout;
    private final boolean skipped;

    StepSummary(RoutingStep step) {
      this.queue = step.queue();
      this.queueName = step.queueName();
      this.priority = step.priority();
      this.timeout = step.timeout();
      this.skipped = step.skipped();
    }

    /** The step's queue. */
    public TaskQueueSid queue() {
      return queue;
    }

    /** The queue's friendly name (its SID when the diff was given no queue definitions). */
    public String queueName() {
      return queueName;
    }

    /** The task's priority in this step; empty when no target set one. */
    public OptionalInt priority() {
      return priority;
    }

    /** The step's timeout; empty when the task stays until accepted or its TTL. */
    public Optional<Duration> timeout() {
      return timeout;
    }

    /** Whether skip_if skipped the step. */
    public boolean skipped() {
      return skipped;
    }

    /** Whether {@code step} has this summary's queue, priority, timeout and skipping. */
    static boolean sameAs(RoutingStep a, RoutingStep b) {
      return a.queue().equals(b.queue())
          && a.priority().equals(b.priority())
          && a.timeout().equals(b.timeout())
          && a.skipped() == b.skipped();
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof StepSummary)) {
        return false;
      }
      StepSummary other = (StepSummary) o;
      return queue.equals(other.queue)
          && priority.equals(other.priority)
          && timeout.equals(other.timeout)
          && skipped == other.skipped;
    }

    @Override
    public int hashCode() {
      return Objects.hash(queue, priority, timeout, skipped);
    }

    /** {@code Tier 1 p5 60s}, {@code Sales skipped}. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(queueName);
      priority.ifPresent(p -> out.append(" p").append(p));
      timeout.ifPresent(t -> out.append(' ').append(Durations.format(t)));
      if (skipped) {
        out.append(" skipped");
      }
      return out.toString();
    }
  }
}
