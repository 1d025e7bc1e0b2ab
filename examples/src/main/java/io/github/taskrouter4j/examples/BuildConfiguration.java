package io.github.taskrouter4j.examples;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.task;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Builds a workflow configuration in Java, lints it and prints the JSON TaskRouter receives. Its
 * test pins the result with a snapshot ({@code TaskRouterAssertions.assertThat(config)
 * .matchesSnapshot(...)}), so any change to the routing shows up as a reviewable diff.
 *
 * <pre>{@code
 * java ... BuildConfiguration                      # print the pretty JSON and the lint result
 * java ... BuildConfiguration --write flow.json    # also write it, e.g. for CheckConfiguration
 * }</pre>
 */
public final class BuildConfiguration {
  /** The Sales queue of the examples (a fixed SID so the output is reproducible). */
  public static final TaskQueueSid SALES = TaskQueueSid.of("WQ00000000000000000000000000000001");

  /** The queue every worker belongs to. */
  public static final TaskQueueSid EVERYONE = TaskQueueSid.of("WQ00000000000000000000000000000002");

  private BuildConfiguration() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * The example's configuration: gold tickets wait 30 s for a Sales worker who speaks the task's
   * language, then go to everyone; Spanish tasks prefer the most experienced Spanish speaker; the
   * rest go to everyone.
   *
   * @param sales the Sales queue
   * @param everyone the queue of all workers
   * @return the configuration
   */
  public static WorkflowConfiguration configuration(TaskQueueSid sales, TaskQueueSid everyone) {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Gold Tickets")
                .when(attr("customer_value").eq("Gold").and(attr("type").eq("ticket")))
                .target(
                    Target.queue(sales)
                        .priority(2)
                        .timeout(Duration.ofSeconds(30))
                        .expression(worker("languages").has(task("language"))))
                .target(Target.queue(everyone).priority(2)))
        .filter(
            Filter.named("Spanish")
                .when(attr("language").eq("ES"))
                .target(
                    Target.queue(everyone)
                        .expression(worker("languages").has("ES"))
                        .orderBy("worker.experience DESC")))
        .defaultFilter(DefaultFilter.queue(everyone))
        .build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param args {@code --write FILE} to also write the pretty JSON to a file
   * @return 0 if the configuration has no errors, 1 otherwise, 2 for bad usage
   */
  public static int run(PrintStream out, String... args) {
    Path write = null;
    if (args.length == 2 && args[0].equals("--write")) {
      write = Path.of(args[1]);
    } else if (args.length != 0) {
      out.println("usage: BuildConfiguration [--write FILE]");
      return 2;
    }
    WorkflowConfiguration config = configuration(SALES, EVERYONE);
    out.print(config.toPrettyJson());
    List<Problem> problems = config.lint();
    if (problems.isEmpty()) {
      out.println("lint: no problems");
    }
    problems.forEach(p -> out.println("lint: " + p));
    out.println(
        "Twilio receives "
            + config.toJson().getBytes(StandardCharsets.UTF_8).length
            + " bytes (minified).");
    if (write != null) {
      try {
        Files.writeString(write, config.toPrettyJson(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        out.println("cannot write " + write + ": " + e.getMessage());
        return 1;
      }
      out.println("Wrote " + write + ".");
    }
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? 1 : 0;
  }
}
