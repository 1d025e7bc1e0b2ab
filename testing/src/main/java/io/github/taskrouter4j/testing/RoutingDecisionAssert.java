package io.github.taskrouter4j.testing;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on where a task goes: {@code assertThat(config).routes(task).toFilter("Gold
 * Tickets").toQueue(gold).withPriority(2)}. Every failure message shows what was expected, what the
 * task actually did, and the whole decision table.
 */
public class RoutingDecisionAssert extends AbstractAssert<RoutingDecisionAssert, RoutingDecision> {

  /** Starts assertions on {@code actual}; prefer {@code TaskRouterAssertions.assertThat}. */
  public RoutingDecisionAssert(RoutingDecision actual) {
    super(actual, RoutingDecisionAssert.class);
  }

  /** Verifies that the filter named {@code name} took the task (not skipped to the default). */
  public RoutingDecisionAssert toFilter(String name) {
    isNotNull();
    if (actual.match() != RoutingDecision.Match.FILTER
        || !actual.filterName().equals(Optional.of(name))) {
      fail("to route to filter \"" + name + "\"", "it " + wentTo());
    }
    return this;
  }

  /** Verifies that the default filter took the task. */
  public RoutingDecisionAssert toDefaultFilter() {
    isNotNull();
    if (actual.match() != RoutingDecision.Match.DEFAULT_FILTER) {
      fail("to route to the default filter", "it " + wentTo());
    }
    return this;
  }

  /** Verifies that no filter matched and there is no default filter. */
  public RoutingDecisionAssert toNoFilter() {
    isNotNull();
    if (actual.match() != RoutingDecision.Match.NONE) {
      fail("to match no filter", "it " + wentTo());
    }
    return this;
  }

  /** Verifies that the task first waits in {@code queue} (its first step that is not skipped). */
  public RoutingDecisionAssert toQueue(TaskQueueSid queue) {
    isNotNull();
    Optional<RoutingStep> first = firstStep();
    if (first.isEmpty() || !first.get().queue().equals(queue)) {
      fail(
          "to wait first in queue " + queue,
          first
              .map(s -> "it waits first in " + s.queueName() + " (" + s.queue() + ")")
              .orElse("it enters no queue"));
    }
    return this;
  }

  /**
   * Verifies that the task reaches {@code queue} exactly {@code after} routing began, in some
   * escalation step that is not skipped.
   */
  public RoutingDecisionAssert escalatesTo(TaskQueueSid queue, Duration after) {
    isNotNull();
    boolean found =
        actual.steps().stream()
            .anyMatch(
                s -> !s.skipped() && s.queue().equals(queue) && s.startOffset().equals(after));
    if (!found) {
      String steps =
          actual.steps().stream()
              .map(
                  s ->
                      s.queueName()
                          + " at +"
                          + s.startOffset().getSeconds()
                          + "s"
                          + (s.skipped() ? " (skipped)" : ""))
              .collect(Collectors.joining(", "));
      fail(
          "to reach queue " + queue + " at +" + after.getSeconds() + "s",
          "its steps are " + (steps.isEmpty() ? "none" : steps));
    }
    return this;
  }

  /** Verifies the priority of the first step that is not skipped. */
  public RoutingDecisionAssert withPriority(int priority) {
    isNotNull();
    Optional<RoutingStep> first = firstStep();
    String got =
        first
            .map(
                s ->
                    s.priority().isPresent()
                        ? String.valueOf(s.priority().getAsInt())
                        : "unchanged")
            .orElse("no step");
    if (!got.equals(String.valueOf(priority))) {
      fail("to have priority " + priority, "its priority is " + got);
    }
    return this;
  }

  /** Verifies that {@code worker} would be reserved first. */
  public RoutingDecisionAssert toWorker(WorkerSid worker) {
    isNotNull();
    Optional<WorkerState> first = actual.firstWorker();
    if (first.isEmpty() || !first.get().sid().equals(worker)) {
      fail(
          "to be offered first to worker " + worker,
          first
              .map(w -> "it is offered first to " + w.friendlyName() + " (" + w.sid() + ")")
              .orElse("no worker is eligible in any step"));
    }
    return this;
  }

  /** Verifies the eligible workers of the first step that has any, by friendly name, in order. */
  public RoutingDecisionAssert toWorkersNamed(String... friendlyNames) {
    isNotNull();
    List<String> expected = Arrays.asList(friendlyNames);
    List<String> got =
        actual
            .firstStepWithWorkers()
            .map(
                s ->
                    s.eligibleWorkers().stream()
                        .map(WorkerState::friendlyName)
                        .collect(Collectors.toList()))
            .orElse(List.of());
    if (!got.equals(expected)) {
      fail("to be offered to " + expected + " in that order", "it is offered to " + got);
    }
    return this;
  }

  /** Verifies that no step has an eligible worker. */
  public RoutingDecisionAssert toNobody() {
    isNotNull();
    if (actual.hasEligibleWorkers()) {
      fail(
          "to have no eligible worker",
          "it is offered to " + actual.firstWorker().get().friendlyName());
    }
    return this;
  }

  /** Verifies how the task leaves the workflow if nobody accepts it. */
  public RoutingDecisionAssert ends(RoutingDecision.Ending ending) {
    isNotNull();
    if (actual.ending() != ending) {
      fail("to end " + ending, "it ends " + actual.ending());
    }
    return this;
  }

  private Optional<RoutingStep> firstStep() {
    return actual.steps().stream().filter(s -> !s.skipped()).findFirst();
  }

  private String wentTo() {
    switch (actual.match()) {
      case FILTER:
        return "went to filter \"" + actual.filterName().orElse("") + "\"";
      case DEFAULT_FILTER:
        return actual.filterName().isPresent()
            ? "matched filter \"" + actual.filterName().get() + "\" but went to the default filter"
            : "went to the default filter";
      default:
        return "matched no filter";
    }
  }

  private void fail(String expected, String got) {
    failWithMessage(
        "%nExpecting task%n  %s%n%s%nbut %s.%nDecision:%n%s", actual.task(), expected, got, actual);
  }
}
