package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.routing.WorkerVerdict.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Judges every worker against one step, in the order TaskRouter narrows them down. */
final class StepExplainer {
  private StepExplainer() {}

  static StepExplanation explain(
      Plan plan,
      WorkerIndex index,
      JsonNode task,
      RoutingStep step,
      Instant enteredAt,
      Instant at) {
    Plan.Step compiled = plan.step(step.path());
    RouteRun run = new RouteRun(plan, index, task, at);
    List<WorkerVerdict> verdicts = new ArrayList<>();
    for (WorkerState eligible : run.eligibleNow(compiled)) {
      verdicts.add(new WorkerVerdict(eligible, Reason.ELIGIBLE, "eligible"));
    }
    for (WorkerState worker : index.workers()) {
      if (!run.isEligible(compiled, worker.sid())) {
        WorkerIndex.Member member = index.member(worker.sid()).orElseThrow();
        verdicts.add(notEligible(run, compiled, member, task, at));
      }
    }
    Optional<Instant> next = step.timeout().map(enteredAt::plus);
    return new StepExplanation(step, at, next, verdicts);
  }

  private static WorkerVerdict notEligible(
      RouteRun run, Plan.Step step, WorkerIndex.Member member, JsonNode task, Instant at) {
    WorkerState worker = member.state;
    QueueDefinition queue = step.queue.definition;
    boolean inQueue =
        member.inQueue[step.queue.index]
            && (!step.queue.timeDependent
                || queue.targetWorkers().test(worker.attributesView(), at));
    if (!inQueue) {
      return new WorkerVerdict(
          worker,
          Reason.NOT_IN_QUEUE,
          "not in queue "
              + queue.friendlyName()
              + ": target_workers "
              + queue.targetWorkers()
              + " does not match");
    }
    if (step.knownWorker.isPresent()) {
      Optional<String> wanted = step.knownWorker.get().resolve(task);
      boolean named =
          wanted.isPresent()
              && (wanted.get().equals(worker.sid().value())
                  || wanted.get().equalsIgnoreCase(worker.friendlyName()));
      if (!named) {
        return new WorkerVerdict(
            worker,
            Reason.NOT_KNOWN_WORKER,
            "not the known worker: " + step.knownWorker.get().describe() + " names someone else");
      }
    }
    boolean inPool = member.inPool[step.pool.index];
    if (!inPool || !run.passesPerTask(step, member, at)) {
      // the worker-only part is evaluated when the worker changes, the task part per task
      String expression =
          (inPool ? step.taskExpression : step.pool.staticExpression)
              .map(Object::toString)
              .orElse("");
      return new WorkerVerdict(
          worker,
          Reason.TARGET_EXPRESSION,
          "does not match the target expression " + expression + " of " + step.path);
    }
    return new WorkerVerdict(
        worker, Reason.UNAVAILABLE, "not available (activity " + worker.activityName() + ")");
  }
}
