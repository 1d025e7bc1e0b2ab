package io.github.taskrouter4j.emulator.internal;

import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkspaceSnapshot;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.Severity;
import io.github.taskrouter4j.workflow.expression.SkipIfExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A workflow configuration read and linted by {@code workflow-config} (the same model and linter
 * users run), checked against the workspace's queues and workers, and bound to the emulator's queue
 * records: filters with their routing steps, and the default filter.
 */
final class CompiledWorkflow {
  /** One routing step. */
  static final class Step {
    final QueueRec queue;
    final OptionalInt priority;
    final OptionalInt timeoutSeconds;
    final Optional<TargetExpression> expression;
    final Optional<Comparator<WorkerRec>> orderBy;
    final Optional<SkipIfExpression> skipIf;
    final Optional<String> knownWorkerSid;
    final Optional<String> knownWorkerFriendlyName;
    final String path;

    Step(QueueRec queue, Target target, String path) {
      this.queue = queue;
      this.priority = target.priority();
      this.timeoutSeconds =
          target
              .timeout()
              .map(d -> OptionalInt.of((int) d.getSeconds()))
              .orElse(OptionalInt.empty());
      this.expression = target.expression();
      this.orderBy = target.orderBy().map(Conditions::orderBy);
      this.skipIf = target.skipIf();
      this.knownWorkerSid = target.knownWorkerSid();
      this.knownWorkerFriendlyName = target.knownWorkerFriendlyName();
      this.path = path;
    }

    Step(QueueRec queue, DefaultFilter d) {
      this.queue = queue;
      this.priority = d.priority();
      this.timeoutSeconds = OptionalInt.empty();
      this.expression = d.expression();
      this.orderBy = Optional.empty();
      this.skipIf = Optional.empty();
      this.knownWorkerSid = Optional.empty();
      this.knownWorkerFriendlyName = Optional.empty();
      this.path = "task_routing.default_filter";
    }
  }

  /** One filter. */
  static final class FilterRule {
    final String name;
    final String expressionText;
    final FilterExpression expression;
    final List<Step> targets;

    FilterRule(String name, FilterExpression expression, List<Step> targets) {
      this.name = name;
      this.expressionText = expression.toString();
      this.expression = expression;
      this.targets = targets;
    }
  }

  final WorkflowConfiguration configuration;
  final List<FilterRule> filters;
  final Optional<Step> defaultFilter;

  private CompiledWorkflow(
      WorkflowConfiguration configuration, List<FilterRule> filters, Optional<Step> defaultFilter) {
    this.configuration = configuration;
    this.filters = filters;
    this.defaultFilter = defaultFilter;
  }

  /** Every queue the configuration names. */
  List<QueueRec> queues() {
    List<QueueRec> out = new ArrayList<>();
    filters.forEach(f -> f.targets.forEach(t -> out.add(t.queue)));
    defaultFilter.ifPresent(d -> out.add(d.queue));
    return out;
  }

  /**
   * Reads, lints and binds {@code text}; refuses it with a 20001 error listing every error with its
   * JSON path when it is not a valid configuration for this workspace.
   */
  static CompiledWorkflow compile(String text, WorkspaceState ws) {
    WorkflowConfiguration configuration;
    try {
      configuration = WorkflowConfiguration.fromJson(text);
    } catch (InvalidConfigurationException e) {
      throw refused(e.problems());
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Invalid Configuration: " + e.getMessage());
    }
    WorkspaceSnapshot.Builder snapshot = WorkspaceSnapshot.builder();
    for (QueueRec q : ws.queues.values()) {
      snapshot.queue(TaskQueueSid.of(q.sid));
    }
    for (WorkerRec w : ws.workers.values()) {
      snapshot.worker(WorkerSid.of(w.sid), w.friendlyName);
    }
    List<Problem> problems = configuration.lint(snapshot.build());
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      throw refused(problems);
    }
    List<FilterRule> filters = new ArrayList<>();
    List<Filter> source = configuration.taskRouting().filters();
    for (int i = 0; i < source.size(); i++) {
      Filter f = source.get(i);
      List<Step> steps = new ArrayList<>();
      for (int j = 0; j < f.targets().size(); j++) {
        Target target = f.targets().get(j);
        String path = "task_routing.filters[" + i + "].targets[" + j + "]";
        steps.add(new Step(queue(ws, target.queue(), path), target, path));
      }
      filters.add(new FilterRule(f.name(), f.expression(), Collections.unmodifiableList(steps)));
    }
    Optional<Step> defaultFilter =
        configuration
            .taskRouting()
            .defaultFilter()
            .map(d -> new Step(queue(ws, d.queue(), "task_routing.default_filter"), d));
    return new CompiledWorkflow(
        configuration, Collections.unmodifiableList(filters), defaultFilter);
  }

  private static QueueRec queue(WorkspaceState ws, TaskQueueSid sid, String path) {
    QueueRec q = ws.queues.get(sid.value());
    if (q == null) {
      throw ApiError.invalid(
          "Invalid Configuration: "
              + path
              + ".queue names TaskQueue "
              + sid
              + ", which does not exist in this workspace");
    }
    return q;
  }

  private static ApiError refused(List<Problem> problems) {
    String errors =
        problems.stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(p -> p.path() + ": " + p.message() + " [" + p.code() + "]")
            .collect(Collectors.joining("; "));
    return ApiError.invalid("Invalid Configuration: " + errors);
  }

  /** A {@code known_worker_sid} value that is a literal SID rather than a task attribute. */
  static boolean isLiteralWorkerSid(String value) {
    try {
      WorkerSid.of(value);
      return true;
    } catch (InvalidSidException e) {
      return false;
    }
  }
}
