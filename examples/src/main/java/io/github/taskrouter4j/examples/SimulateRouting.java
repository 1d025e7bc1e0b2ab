package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Simulates routing locally: where would each of these tasks go, and to whom? No server, no clock
 * but the one given, so it runs in a unit test or a CI step before a workflow is deployed.
 *
 * <pre>{@code
 * java ... SimulateRouting            # one row per task
 * java ... SimulateRouting --explain  # and the full decision table of each task
 * }</pre>
 */
public final class SimulateRouting {
  /** The tasks the example routes. */
  public static final List<String> TASKS =
      List.of(
          "{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"language\":\"EN\"}",
          "{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"language\":\"FR\"}",
          "{\"type\":\"call\",\"language\":\"ES\"}",
          "{\"type\":\"call\",\"language\":\"EN\"}");

  private static final ActivitySid AVAILABLE = ActivitySid.of("WA00000000000000000000000000000001");
  private static final ActivitySid COFFEE_BREAK =
      ActivitySid.of("WA00000000000000000000000000000002");

  private SimulateRouting() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * The example's router: {@link BuildConfiguration#configuration} over a Sales queue and an
   * Everyone queue, with four workers (Sam is on a coffee break), at 09:00 UTC on 2024-01-01.
   */
  public static Router router() {
    return Router.builder()
        .configuration(
            BuildConfiguration.configuration(BuildConfiguration.SALES, BuildConfiguration.EVERYONE))
        .queue(
            QueueDefinition.builder()
                .sid(BuildConfiguration.SALES)
                .friendlyName("Sales")
                .targetWorkers("department == \"sales\"")
                .build())
        .queue(
            QueueDefinition.builder()
                .sid(BuildConfiguration.EVERYONE)
                .friendlyName("Everyone")
                .targetWorkers("1==1")
                .build())
        .worker(worker(1, "Jamie", "sales", "[\"EN\",\"ES\"]", 3, true))
        .worker(worker(2, "Alex", "sales", "[\"EN\"]", 5, true))
        .worker(worker(3, "Sam", "support", "[\"ES\"]", 7, false))
        .worker(worker(4, "Robin", "support", "[\"ES\",\"FR\"]", 2, true))
        .clock(Clock.fixed(Instant.parse("2024-01-01T09:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static WorkerState worker(
      int n, String name, String department, String languages, int experience, boolean available) {
    return WorkerState.builder()
        .sid(WorkerSid.of(String.format("WK%032d", n)))
        .friendlyName(name)
        .attributes(
            String.format(
                "{\"department\":\"%s\",\"languages\":%s,\"experience\":%d}",
                department, languages, experience))
        .activity(
            available ? AVAILABLE : COFFEE_BREAK,
            available ? "Available" : "Coffee Break",
            available)
        // idle since a different minute each, so "longest idle" orders them the same every run
        .idleSince(Instant.parse("2024-01-01T08:00:00Z").plusSeconds(60L * n))
        .build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param args {@code --explain} to print each task's full decision table
   * @return 0, or 2 for bad usage
   */
  public static int run(PrintStream out, String... args) {
    boolean explain = args.length == 1 && args[0].equals("--explain");
    if (args.length > 0 && !explain) {
      out.println("usage: SimulateRouting [--explain]");
      return 2;
    }
    Router router = router();
    String format = "%-58s %-13s %-31s %s%n";
    out.printf(format, "task", "filter", "steps", "reserved now");
    for (String task : TASKS) {
      RoutingDecision decision = router.route(task);
      List<RoutingStep> steps = decision.steps();
      out.printf(
          format,
          task,
          decision
              .filterName()
              .orElse(decision.match() == RoutingDecision.Match.NONE ? "(none)" : "(default)"),
          steps.stream().map(SimulateRouting::step).collect(Collectors.joining(", ")),
          decision
              .firstStepWithWorkers()
              .map(
                  s ->
                      s.firstWorker().get().friendlyName()
                          + (s.index() == 0
                              ? ""
                              : " (after " + s.startOffset().toSeconds() + " s)"))
              .orElse("nobody"));
    }
    if (explain) {
      for (String task : TASKS) {
        out.println();
        out.println(router.route(task));
      }
    }
    return 0;
  }

  private static String step(RoutingStep step) {
    return step.queueName()
        + (step.priority().isPresent() ? " p" + step.priority().getAsInt() : "")
        + " +"
        + step.startOffset().toSeconds()
        + "s";
  }
}
