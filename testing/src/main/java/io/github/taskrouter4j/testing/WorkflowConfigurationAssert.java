package io.github.taskrouter4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link WorkflowConfiguration}; obtain one with {@link
 * TaskRouterAssertions#assertThat(WorkflowConfiguration)}.
 */
public class WorkflowConfigurationAssert
    extends AbstractAssert<WorkflowConfigurationAssert, WorkflowConfiguration> {
  private final SnapshotSettings settings;

  WorkflowConfigurationAssert(WorkflowConfiguration actual, SnapshotSettings settings) {
    super(actual, WorkflowConfigurationAssert.class);
    this.settings = settings;
  }

  /**
   * Checks that the configuration's {@linkplain WorkflowConfiguration#toPrettyJson() canonical
   * pretty JSON} equals the snapshot file byte for byte, and that the snapshot reads back as an
   * equal configuration.
   *
   * <p>{@code path} is relative to {@code src/test/resources} of the module under test: {@code
   * matchesSnapshot("snapshots/workflows/gold.json")}. With {@code -Dsnapshots.update=true} the
   * file is rewritten instead. A missing file is recorded, unless the environment variable {@code
   * CI} is set, in which case the assertion fails.
   *
   * @param path the snapshot file, relative to {@code src/test/resources}
   * @return this assertion
   */
  public WorkflowConfigurationAssert matchesSnapshot(String path) {
    Objects.requireNonNull(path, "path == null");
    return matchesSnapshot(settings.root.resolve(path));
  }

  /**
   * Like {@link #matchesSnapshot(String)}, with the snapshot file given as a path of its own
   * (relative paths resolve against the working directory).
   *
   * @param file the snapshot file
   * @return this assertion
   */
  public WorkflowConfigurationAssert matchesSnapshot(Path file) {
    Objects.requireNonNull(file, "file == null");
    isNotNull();
    Snapshot snapshot = new Snapshot(file);
    String pretty = actual.toPrettyJson();
    if (settings.update) {
      snapshot.write(pretty);
      return myself;
    }
    Optional<byte[]> recorded = snapshot.read();
    if (recorded.isEmpty()) {
      if (settings.ci) {
        failWithMessage(
            "Expecting snapshot file%n  %s%nto exist, but it does not (CI is set, so it is not"
                + " recorded).%nRecord it locally, or run with -Dsnapshots.update=true.%nActual:%n%s",
            file, pretty);
      }
      snapshot.write(pretty);
      return myself;
    }
    String expected = new String(recorded.get(), StandardCharsets.UTF_8);
    if (!Snapshot.sameBytes(recorded.get(), pretty)) {
      failWithActualExpectedAndMessage(
          pretty,
          expected,
          "Expecting configuration to match snapshot%n  %s%n%s%n%nsnapshot:%n%s%nactual:%n%s%n"
              + "Rewrite snapshots with -Dsnapshots.update=true if the change is intended.",
          file,
          Snapshot.firstDifference(expected, pretty),
          expected,
          pretty);
    }
    WorkflowConfiguration reread;
    try {
      reread = WorkflowConfiguration.fromJson(expected);
    } catch (InvalidConfigurationException e) {
      failWithMessage("Expecting snapshot %s to read back, but: %s", file, e.getMessage());
      return myself;
    }
    if (!reread.equals(actual)) {
      failWithActualExpectedAndMessage(
          actual,
          reread,
          "Expecting snapshot %s to read back as an equal configuration, but it did not:%n"
              + "  actual:    %s%n  read back: %s",
          file,
          actual.toJson(),
          reread.toJson());
    }
    return myself;
  }

  /**
   * Checks that {@link WorkflowConfiguration#lint()} finds nothing, neither errors nor warnings.
   *
   * @return this assertion
   */
  public WorkflowConfigurationAssert hasNoProblems() {
    isNotNull();
    List<Problem> problems = actual.lint();
    if (!problems.isEmpty()) {
      failWithMessage(
          "Expecting configuration to have no problems, but lint() found %d:%n%s%nin:%n%s",
          problems.size(), describe(problems), actual.toPrettyJson());
    }
    return myself;
  }

  /**
   * Checks that {@link WorkflowConfiguration#lint()} finds no error (warnings are allowed).
   *
   * @return this assertion
   */
  public WorkflowConfigurationAssert hasNoErrors() {
    isNotNull();
    List<Problem> errors =
        actual.lint().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      failWithMessage(
          "Expecting configuration to have no errors, but lint() found %d:%n%s",
          errors.size(), describe(errors));
    }
    return myself;
  }

  /**
   * Checks that {@link WorkflowConfiguration#lint()} reports {@code code} at {@code path}.
   *
   * @param code the problem code, for example {@code UNREACHABLE_FILTER}
   * @param path the JSON path, for example {@code task_routing.filters[1]}
   * @return this assertion
   */
  public WorkflowConfigurationAssert hasProblem(String code, String path) {
    isNotNull();
    List<Problem> problems = actual.lint();
    boolean found = problems.stream().anyMatch(p -> p.code().equals(code) && p.path().equals(path));
    if (!found) {
      failWithMessage(
          "Expecting lint() to report%n  %s at %s%nbut it reported:%n%s",
          code, path, problems.isEmpty() ? "  nothing" : describe(problems));
    }
    return myself;
  }

  /**
   * Routes a task through the configuration alone and starts assertions on where it goes: {@code
   * assertThat(config).routes("{\"customer_value\": \"Gold\"}").toFilter("Gold
   * Tickets").toQueue(gold)}. Every queue admits everyone and there are no workers (use {@code
   * assertThat(router)} for those); time-of-day expressions read the current time (use {@link
   * #routes(String, Instant)} for a fixed one).
   *
   * @param taskAttributes the task's attributes as JSON text
   * @return assertions on the routing decision
   */
  public RoutingDecisionAssert routes(String taskAttributes) {
    return routes(taskAttributes, Instant.now());
  }

  /**
   * Routes a task through the configuration alone as if at {@code at} (see {@link
   * #routes(String)}).
   *
   * @param taskAttributes the task's attributes as JSON text
   * @param at the instant routing begins, for {@code taskrouter.*} time variables
   * @return assertions on the routing decision
   */
  public RoutingDecisionAssert routes(String taskAttributes, Instant at) {
    isNotNull();
    return ConfigurationRouting.routes(actual, taskAttributes, at);
  }

  /**
   * Routes a task through the configuration alone (see {@link #routes(String)}).
   *
   * @param taskAttributes the task's attributes, a JSON object
   * @return assertions on the routing decision
   */
  public RoutingDecisionAssert routes(JsonNode taskAttributes) {
    isNotNull();
    return ConfigurationRouting.routes(actual, taskAttributes, Instant.now());
  }

  /**
   * Starts asserting that this (changed) configuration routes tasks as {@code before} does, except
   * the tasks it is meant to move: {@code
   * assertThat(after).routesLike(before).except(allowed).forTasks(tasks)}.
   *
   * @param before the configuration before the change
   * @return the assertion; call {@link RoutesLikeAssert#forTasks(Iterable)} last
   */
  public RoutesLikeAssert routesLike(WorkflowConfiguration before) {
    isNotNull();
    return new RoutesLikeAssert(actual, before);
  }

  private static String describe(List<Problem> problems) {
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
