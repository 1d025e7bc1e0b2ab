package io.github.taskrouter4j.workflow.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a task waits in one routing step: every worker the router knows with its {@link
 * WorkerVerdict}, eligible workers first (best first), then the others by SID. Made by {@link
 * Router#explain(com.fasterxml.jackson.databind.JsonNode, RoutingStep, Instant, Instant)}.
 *
 * <pre>{@code
 * StepExplanation why = router.explain(task, step, enteredAt, now);
 * why.eligible();         // who could take the task now
 * why.nextStepAt();       // when the step times out and the next one starts
 * why.verdicts();         // everyone, with the reason they are not eligible
 * }</pre>
 */
public final class StepExplanation {
  private final RoutingStep step;
  private final Instant evaluatedAt;
  private final Optional<Instant> nextStepAt;
  private final List<WorkerVerdict> verdicts;

  StepExplanation(
      RoutingStep step,
      Instant evaluatedAt,
      Optional<Instant> nextStepAt,
      List<WorkerVerdict> verdicts) {
    this.step = step;
    this.evaluatedAt = evaluatedAt;
    this.nextStepAt = nextStepAt;
    this.verdicts = List.copyOf(verdicts);
  }

  /** The step explained. */
  public RoutingStep step() {
    return step;
  }

  /** The instant the workers were judged at. */
  public Instant evaluatedAt() {
    return evaluatedAt;
  }

  /**
   * When the step times out and the task moves on (the step's entry plus its timeout); empty for a
   * step without a timeout (the default filter).
   */
  public Optional<Instant> nextStepAt() {
    return nextStepAt;
  }

  /** Every worker with its verdict: eligible workers first, best first, then the others. */
  public List<WorkerVerdict> verdicts() {
    return verdicts;
  }

  /** The eligible workers, best first. */
  public List<WorkerState> eligible() {
    return verdicts.stream()
        .filter(WorkerVerdict::eligible)
        .map(WorkerVerdict::worker)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The verdict on the worker with {@code friendlyName} (compared case-insensitively). */
  public Optional<WorkerVerdict> verdict(String friendlyName) {
    Objects.requireNonNull(friendlyName, "friendlyName == null");
    return verdicts.stream()
        .filter(v -> v.worker().friendlyName().equalsIgnoreCase(friendlyName))
        .findFirst();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StepExplanation)) {
      return false;
    }
    StepExplanation other = (StepExplanation) o;
    return step.equals(other.step)
        && evaluatedAt.equals(other.evaluatedAt)
        && nextStepAt.equals(other.nextStepAt)
        && verdicts.equals(other.verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, evaluatedAt, nextStepAt, verdicts);
  }

  /** The step's path, then one line per worker. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(step.path()).append(" at ").append(evaluatedAt);
    nextStepAt.ifPresent(at -> out.append(", next step at ").append(at));
    for (WorkerVerdict v : verdicts) {
      out.append("\n  ").append(v);
    }
    return out.toString();
  }
}
