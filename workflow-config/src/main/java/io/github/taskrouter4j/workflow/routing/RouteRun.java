package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.WorkerCounts;
import io.github.taskrouter4j.workflow.expression.WorkerExpression;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Routes one task through a {@link Plan} over a {@link WorkerIndex}: walks the filters in order,
 * follows timeouts from step to step and from a timed-out filter to the next matching one, applies
 * skip_if, and ends in the default filter when no filter took the task.
 */
final class RouteRun {
  private final Plan plan;
  private final WorkerIndex index;
  private final JsonNode task;
  private final Instant start;

  /** Whether each step needs only its best eligible worker (a diff), not all of them. */
  private final boolean firstOnly;

  private final List<RoutingStep> steps = new ArrayList<>();
  private final List<FilterEvaluation> trace = new ArrayList<>();
  private OptionalInt priority = OptionalInt.empty();
  private Duration offset = Duration.ZERO;

  RouteRun(Plan plan, WorkerIndex index, JsonNode task, Instant start) {
    this(plan, index, task, start, false);
  }

  /**
   * A run whose steps list at most the best eligible worker when {@code firstOnly}: the pools are
   * sorted best first, so the scan stops at the first worker who passes. Matching, skipping and
   * {@link RoutingDecision#firstWorker()} are the same as in a full run.
   */
  RouteRun(Plan plan, WorkerIndex index, JsonNode task, Instant start, boolean firstOnly) {
    this.plan = plan;
    this.index = index;
    this.task = task;
    this.start = start;
    this.firstOnly = firstOnly;
  }

  RoutingDecision run() {
    return walk(0, 0, false, OptionalInt.empty(), Optional.empty());
  }

  /**
   * Routes the task onwards from the moment it leaves {@code left} (timed out, or skipped by
   * skip_if): the next target of the same filter, else the next matching filter, else the ending.
   */
  RoutingDecision resume(Plan.Step left, OptionalInt leftPriority, boolean leftSkipped) {
    if (left.filterIndex.isEmpty()) {
      throw new IllegalArgumentException(
          "the default filter's step has no timeout: a task never leaves it by routing");
    }
    int filter = left.filterIndex.getAsInt();
    priority = leftPriority;
    return walk(
        filter,
        left.targetIndex + 1,
        leftSkipped,
        OptionalInt.of(filter),
        Optional.of(plan.filters.get(filter).name));
  }

  private RoutingDecision walk(
      int fromFilter,
      int fromTarget,
      boolean skippedBefore,
      OptionalInt firstMatch,
      Optional<String> firstMatchName) {
    boolean timedOut = false;
    for (int f = fromFilter; f < plan.filters.size(); f++) {
      Plan.CompiledFilter filter = plan.filters.get(f);
      boolean resumed = f == fromFilter && fromTarget > 0;
      Duration reached = offset;
      Instant at = start.plus(offset);
      if (!resumed && !filter.expression.test(task, at)) {
        trace.add(
            new FilterEvaluation(
                filter.index,
                filter.name,
                FilterEvaluation.Result.NOT_MATCHED,
                reached,
                () -> ExpressionFacts.explainFalse(filter.expression, filter.paths, task, at)));
        continue;
      }
      if (firstMatch.isEmpty()) {
        firstMatch = OptionalInt.of(filter.index);
        firstMatchName = Optional.of(filter.name);
      }
      boolean lastSkipped = resumed && skippedBefore;
      for (int j = resumed ? fromTarget : 0; j < filter.steps.size(); j++) {
        Plan.Step step = filter.steps.get(j);
        RoutingStep done = enter(step);
        lastSkipped = done.skipped();
        if (!lastSkipped && step.timeout.isEmpty()) {
          trace.add(
              new FilterEvaluation(
                  filter.index, filter.name, FilterEvaluation.Result.MATCHED, reached, ""));
          return decision(
              RoutingDecision.Match.FILTER,
              firstMatchName,
              firstMatch,
              RoutingDecision.Ending.WAITS_IN_LAST_STEP,
              Optional.empty());
        }
      }
      if (filter.steps.isEmpty() || lastSkipped) {
        String why =
            filter.steps.isEmpty()
                ? "the filter has no targets"
                : "skip_if skipped its last step at +" + Durations.format(offset);
        trace.add(
            new FilterEvaluation(
                filter.index, filter.name, FilterEvaluation.Result.SKIPPED, reached, why));
      } else {
        timedOut = true;
        trace.add(
            new FilterEvaluation(
                filter.index,
                filter.name,
                FilterEvaluation.Result.TIMED_OUT,
                reached,
                "its last step timed out at +"
                    + Durations.format(offset)
                    + "; the task moves to the next matching filter"));
      }
    }
    if (timedOut) {
      return decision(
          RoutingDecision.Match.FILTER,
          firstMatchName,
          firstMatch,
          RoutingDecision.Ending.CANCELED_AFTER_TIMEOUT,
          Optional.of(offset));
    }
    if (plan.defaultStep.isPresent()) {
      enter(plan.defaultStep.get());
      return decision(
          RoutingDecision.Match.DEFAULT_FILTER,
          firstMatchName,
          firstMatch,
          RoutingDecision.Ending.WAITS_IN_LAST_STEP,
          Optional.empty());
    }
    return firstMatch.isPresent()
        ? decision(
            RoutingDecision.Match.FILTER,
            firstMatchName,
            firstMatch,
            RoutingDecision.Ending.SKIPPED_OUT,
            Optional.of(offset))
        : decision(
            RoutingDecision.Match.NONE,
            Optional.empty(),
            OptionalInt.empty(),
            RoutingDecision.Ending.NO_MATCH,
            Optional.of(offset));
  }

  private RoutingDecision decision(
      RoutingDecision.Match match,
      Optional<String> name,
      OptionalInt filterIndex,
      RoutingDecision.Ending ending,
      Optional<Duration> endsAfter) {
    return new RoutingDecision(
        task, start, match, name, filterIndex, steps, trace, ending, endsAfter);
  }

  /** Adds the step the task enters now, and advances the clock past it if it times out. */
  private RoutingStep enter(Plan.Step step) {
    Instant at = start.plus(offset);
    if (step.priority.isPresent()) {
      priority = step.priority;
    }
    List<String> notes = new ArrayList<>(2);
    List<WorkerState> eligible = eligible(step, at, notes);
    boolean skipped = false;
    if (eligible.isEmpty() && step.skipIf.isPresent()) {
      WorkerCounts counts = counts(step.queue, at);
      skipped = step.skipIf.get().test(counts);
      notes.add(
          "skip_if "
              + step.skipIf.get()
              + " is "
              + skipped
              + " (workers.available = "
              + counts.available()
              + ", workers.unavailable = "
              + counts.unavailable()
              + ")");
    }
    step.pool.orderNote.ifPresent(notes::add);
    RoutingStep done =
        new RoutingStep(
            steps.size(),
            step.path,
            step.filterIndex,
            step.filterName,
            step.queue.definition,
            priority,
            offset,
            step.timeout,
            eligible,
            skipped,
            notes);
    steps.add(done);
    if (!skipped && step.timeout.isPresent()) {
      offset = offset.plus(step.timeout.get());
    }
    return done;
  }

  /** The workers {@code step} would reserve at {@code start}, best first. */
  List<WorkerState> eligibleNow(Plan.Step step) {
    return eligible(step, start, new ArrayList<>(2));
  }

  /** Whether {@code worker} is among the workers {@code step} would reserve at {@code start}. */
  boolean isEligible(Plan.Step step, WorkerSid worker) {
    Optional<WorkerIndex.Member> found = index.member(worker);
    if (found.isEmpty()) {
      return false;
    }
    WorkerIndex.Member member = found.get();
    if (step.knownWorker.isPresent()) {
      List<WorkerState> known =
          knownWorker(step, step.knownWorker.get(), start, new ArrayList<>(2));
      return !known.isEmpty() && known.get(0).sid().equals(worker);
    }
    return member.state.available()
        && member.inPool[step.pool.index]
        && passesPerTask(step, member, start);
  }

  private List<WorkerState> eligible(Plan.Step step, Instant at, List<String> notes) {
    if (step.knownWorker.isPresent()) {
      return knownWorker(step, step.knownWorker.get(), at, notes);
    }
    SortedMembers pool = index.poolMembers(step.pool);
    if (!step.queue.timeDependent && step.taskExpression.isEmpty()) {
      return WorkerIndex.view(pool);
    }
    if (step.taskKeys.isPresent()) {
      return index.eligibleByTask(
          step, taskValues(step.taskKeys.get()), () -> evaluate(step, pool, at));
    }
    return evaluate(step, pool, at);
  }

  private List<WorkerState> evaluate(Plan.Step step, SortedMembers pool, Instant at) {
    List<WorkerState> out = new ArrayList<>();
    for (WorkerIndex.Member member : pool) {
      if (passesPerTask(step, member, at)) {
        out.add(member.state);
        if (firstOnly) {
          break;
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The task's values of {@code keys}; a missing key as {@link MissingNode}, unlike JSON null. */
  private List<JsonNode> taskValues(List<String> keys) {
    JsonNode[] values = new JsonNode[keys.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = task.get(keys.get(i));
      values[i] = value == null ? MissingNode.getInstance() : value;
    }
    return Arrays.asList(values);
  }

  boolean passesPerTask(Plan.Step step, WorkerIndex.Member member, Instant at) {
    if (step.queue.timeDependent
        && !step.queue.definition.targetWorkers().test(member.state.attributesView(), at)) {
      return false;
    }
    return step.taskExpression.isEmpty()
        || step.taskExpression.get().test(task, member.state.targetView(), at);
  }

  private List<WorkerState> knownWorker(
      Plan.Step step, KnownWorkerRef ref, Instant at, List<String> notes) {
    Optional<String> value = ref.resolve(task);
    if (value.isEmpty()) {
      notes.add(ref.describe() + " is missing or null in the task: nobody is eligible");
      return List.of();
    }
    String id = value.get();
    Optional<WorkerIndex.Member> found;
    if (ref.kind == KnownWorkerRef.Kind.SID) {
      found =
          Sid.looksLikeSid(id) && id.startsWith("WK")
              ? index.member(WorkerSid.of(id))
              : Optional.empty();
    } else {
      found = index.memberNamed(id);
    }
    String who = ref.describe() + " = \"" + id + "\"";
    if (found.isEmpty()) {
      notes.add(who + " names no known worker: nobody is eligible");
      return List.of();
    }
    WorkerIndex.Member member = found.get();
    String name = member.state.friendlyName();
    if (!member.inQueue[step.queue.index]
        || (step.queue.timeDependent
            && !step.queue.definition.targetWorkers().test(member.state.attributesView(), at))) {
      notes.add(
          who
              + " is "
              + name
              + ", who is not in queue "
              + step.queue.definition.friendlyName()
              + " (Twilio error 40152)");
      return List.of();
    }
    if (!member.inPool[step.pool.index] || !passesPerTask(step, member, at)) {
      notes.add(who + " is " + name + ", who does not match the target expression");
      return List.of();
    }
    if (!member.state.available()) {
      notes.add(
          who + " is " + name + ", who is not available (" + member.state.activityName() + ")");
      return List.of();
    }
    notes.add(who + " is " + name);
    return List.of(member.state);
  }

  /** The skip_if variables: the step's queue members by availability and activity. */
  private WorkerCounts counts(Plan.QueueSlot queue, Instant at) {
    int available = 0;
    int unavailable = 0;
    Map<io.github.taskrouter4j.sid.ActivitySid, Integer> byActivity = new HashMap<>();
    WorkerExpression targetWorkers = queue.definition.targetWorkers();
    for (WorkerIndex.Member member : index.queueMembers(queue)) {
      WorkerState worker = member.state;
      if (queue.timeDependent && !targetWorkers.test(worker.attributesView(), at)) {
        continue;
      }
      if (worker.available()) {
        available++;
      } else {
        unavailable++;
      }
      worker.activitySid().ifPresent(sid -> byActivity.merge(sid, 1, Integer::sum));
    }
    return WorkerCounts.builder()
        .available(available)
        .unavailable(unavailable)
        .byActivity(byActivity)
        .build();
  }
}
