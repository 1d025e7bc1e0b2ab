package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.ExpressionProblem;
import io.github.taskrouter4j.workflow.expression.ExpressionSyntaxException;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks across a whole definition: duplicate names, references to undeclared keys, the lint of
 * every workflow configuration and of every queue's worker expression.
 */
final class DefinitionLinter {
  private final List<Problem> problems = new ArrayList<>();
  private final WorkspaceDefinition definition;
  private final Set<ActivityKey> activities;
  private final Map<TaskQueueSid, QueueKey> queueRefs = new HashMap<>();

  private DefinitionLinter(WorkspaceDefinition definition) {
    this.definition = definition;
    this.activities =
        definition.activities().stream().map(DeclaredActivity::key).collect(Collectors.toSet());
    definition.taskQueues().forEach(q -> queueRefs.put(q.key().ref(), q.key()));
  }

  static List<Problem> lint(WorkspaceDefinition definition) {
    DefinitionLinter linter = new DefinitionLinter(definition);
    linter.run();
    return List.copyOf(linter.problems);
  }

  private void run() {
    unique(ResourceKind.ACTIVITY, definition.activities(), a -> a.key().name());
    unique(ResourceKind.TASK_CHANNEL, definition.taskChannels(), DeclaredTaskChannel::uniqueName);
    unique(ResourceKind.TASK_QUEUE, definition.taskQueues(), q -> q.key().name());
    unique(ResourceKind.WORKFLOW, definition.workflows(), DeclaredWorkflow::friendlyName);
    unique(ResourceKind.WORKER, definition.workers(), DeclaredWorker::friendlyName);

    WorkspaceSettings settings = definition.settings();
    activity("settings.default_activity", settings.defaultActivity());
    activity("settings.timeout_activity", settings.timeoutActivity());
    for (DeclaredTaskQueue queue : definition.taskQueues()) {
      String at = ResourceKind.TASK_QUEUE.at(queue.key().name());
      activity(at + ".reservation_activity", queue.reservationActivity());
      activity(at + ".assignment_activity", queue.assignmentActivity());
      queue.targetWorkers().ifPresent(text -> workerExpression(at + ".target_workers", text));
    }
    for (DeclaredWorker worker : definition.workers()) {
      activity(
          ResourceKind.WORKER.at(worker.friendlyName()) + ".initial_activity",
          worker.initialActivity());
    }
    for (DeclaredWorkflow workflow : definition.workflows()) {
      configuration(
          ResourceKind.WORKFLOW.at(workflow.friendlyName()) + ".configuration",
          workflow.configuration());
    }
  }

  private <T> void unique(ResourceKind kind, List<T> declared, Function<T, String> name) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      String n = name.apply(declared.get(i));
      Integer earlier = first.putIfAbsent(n.toLowerCase(Locale.ROOT), i);
      if (earlier != null) {
        problems.add(
            Problem.of(
                Severity.ERROR,
                kind.plural() + "[" + i + "]",
                "DUPLICATE_NAME",
                kind.label()
                    + " "
                    + Names.quoted(n)
                    + " is declared twice (also at "
                    + kind.plural()
                    + "["
                    + earlier
                    + "]); names identify resources, ignoring case"));
      }
    }
  }

  private void activity(String path, Optional<ActivityKey> key) {
    key.filter(k -> !activities.contains(k))
        .ifPresent(
            k ->
                problems.add(
                    Problem.of(
                        Severity.ERROR,
                        path,
                        "UNKNOWN_ACTIVITY",
                        k
                            + " is not declared; declared activities: "
                            + activities.stream()
                                .map(a -> Names.quoted(a.name()))
                                .sorted()
                                .collect(Collectors.joining(", ", "[", "]")))));
  }

  private void workerExpression(String path, String text) {
    try {
      for (ExpressionProblem p : Expressions.parseWorkers(text).lint()) {
        problems.add(
            Problem.of(
                p.severity(), path, p.code(), p.message() + " (at column " + p.column() + ")"));
      }
    } catch (ExpressionSyntaxException e) {
      problems.add(
          Problem.of(
              Severity.ERROR,
              path,
              "INVALID_EXPRESSION",
              e.problem() + " at column " + e.column() + " in " + Names.quoted(text)));
    }
  }

  private void configuration(String path, WorkflowConfiguration configuration) {
    List<Filter> filters = configuration.taskRouting().filters();
    for (int f = 0; f < filters.size(); f++) {
      List<Target> targets = filters.get(f).targets();
      for (int t = 0; t < targets.size(); t++) {
        queue(
            path + ".task_routing.filters[" + f + "].targets[" + t + "].queue",
            targets.get(t).declaredQueue());
      }
    }
    queue(
        path + ".task_routing.default_filter.queue",
        configuration.taskRouting().defaultFilter().map(DefaultFilter::queue));
    for (Problem p : configuration.lint()) {
      String where = p.path().isEmpty() ? path : path + "." + p.path();
      problems.add(Problem.of(p.severity(), where, p.code(), p.message()));
    }
  }

  private void queue(String path, Optional<TaskQueueSid> queue) {
    queue
        .filter(q -> !queueRefs.containsKey(q))
        .ifPresent(
            q ->
                problems.add(
                    Problem.of(
                        Severity.ERROR,
                        path,
                        "UNKNOWN_QUEUE",
                        "names task queue "
                            + q
                            + ", which is not the ref() of a declared queue; declared queues: "
                            + queueRefs.values().stream()
                                .map(k -> Names.quoted(k.name()))
                                .sorted()
                                .collect(Collectors.joining(", ", "[", "]")))));
  }
}
