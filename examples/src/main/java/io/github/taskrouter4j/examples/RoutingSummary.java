package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Prints what the server did with a task next to what the local routing engine says the workflow
 * does with it, so the two can be compared at a glance.
 */
final class RoutingSummary {
  private RoutingSummary() {}

  static RoutingDecision print(
      PrintStream out,
      WorkflowConfiguration configuration,
      List<TaskQueue> queues,
      List<Worker> workers,
      Task routed) {
    Router router = LocalRouter.of(configuration, queues, workers, Clock.systemUTC());
    RoutingDecision decision = router.route(routed.attributes());
    Optional<RoutingStep> first = decision.steps().stream().findFirst();
    out.println("Routing summary");
    out.println(
        "  server:    queue "
            + Quickstart.quoted(routed.taskQueueFriendlyName().orElse("?"))
            + ", priority "
            + routed.priority());
    out.println(
        "  simulated: "
            + matched(decision)
            + first.map(s -> " -> queue " + Quickstart.quoted(s.queueName())).orElse("")
            + first
                .filter(s -> s.priority().isPresent())
                .map(s -> ", priority " + s.priority().getAsInt())
                .orElse("")
            + first
                .flatMap(RoutingStep::firstWorker)
                .map(WorkerState::friendlyName)
                .map(name -> ", first worker " + name)
                .orElse(", no worker available now"));
    boolean agrees =
        first.isPresent()
            && routed.taskQueueSid().equals(Optional.of(first.get().queue()))
            && (first.get().priority().isEmpty()
                || routed.priority() == first.get().priority().getAsInt());
    out.println(
        agrees
            ? "  The server and the local simulation agree."
            : "  The server and the local simulation DISAGREE: see the decision table below.");
    out.println("  Decision table:");
    for (String line : decision.toString().split("\n")) {
      out.println("    " + line);
    }
    return decision;
  }

  private static String matched(RoutingDecision decision) {
    switch (decision.match()) {
      case FILTER:
        return "filter " + Quickstart.quoted(decision.filterName().orElse(""));
      case DEFAULT_FILTER:
        return "default filter";
      default:
        return "no filter";
    }
  }
}
