package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.ExpressionProblem;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.Severity;
import io.github.taskrouter4j.workflow.internal.Spelling;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The checks behind {@link WorkflowConfiguration#lint()}: cross-value problems, returned. */
final class ConfigurationLinter {
  private static final Set<String> ALWAYS_TRUE = alwaysTrueForms();

  private final WorkflowConfiguration config;
  private final WorkspaceSnapshot workspace;
  private final List<Problem> problems = new ArrayList<>();

  ConfigurationLinter(WorkflowConfiguration config, WorkspaceSnapshot workspace) {
    this.config = config;
    this.workspace = workspace;
  }

  List<Problem> lint() {
    unknownFields("", config.extrasView(), Fields.DOCUMENT);
    TaskRouting routing = config.taskRouting();
    unknownFields(Fields.TASK_ROUTING, routing.extrasView(), Fields.TASK_ROUTING_FIELDS);
    List<Filter> filters = routing.filters();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < filters.size(); i++) {
      filter(filters, i, names);
    }
    if (routing.defaultFilter().isPresent()) {
      defaultFilter(routing.defaultFilter().get());
    } else if (filters.isEmpty()) {
      problems.add(
          Problem.error(
              Fields.TASK_ROUTING,
              "NO_ROUTE",
              "has neither filters nor a default_filter: every task would be canceled"));
    } else {
      problems.add(
          Problem.warning(
              Fields.TASK_ROUTING + ".default_filter",
              "NO_DEFAULT_FILTER",
              "is missing: tasks matching no filter are canceled; Twilio advises always giving"
                  + " one"));
    }
    int bytes = config.toJson().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Limits.MAX_CONFIGURATION_BYTES) {
      problems.add(
          Problem.error(
              "",
              "CONFIGURATION_TOO_LARGE",
              "the minified configuration is "
                  + bytes
                  + " bytes; TaskRouter allows at most "
                  + Limits.MAX_CONFIGURATION_BYTES));
    }
    return List.copyOf(problems);
  }

  private void filter(List<Filter> filters, int index, Map<String, Integer> names) {
    Filter filter = filters.get(index);
    String path = Fields.TASK_ROUTING + ".filters[" + index + "]";
    if (!filter.name().isEmpty()) {
      Integer earlier = names.putIfAbsent(filter.name(), index);
      if (earlier != null) {
        problems.add(
            Problem.warning(
                path + ".filter_friendly_name",
                "DUPLICATE_FILTER_NAME",
                "\"" + filter.name() + "\" is also the name of filters[" + earlier + "]"));
      }
    }
    expression(path + ".expression", filter.expression());
    for (int earlier = 0; earlier < index; earlier++) {
      Filter shadow = filters.get(earlier);
      if (holdsTasks(shadow) && covers(shadow.expression(), filter.expression())) {
        problems.add(
            Problem.error(
                path,
                "UNREACHABLE_FILTER",
                "can never be reached: filters["
                    + earlier
                    + "] "
                    + describe(shadow)
                    + (isAlwaysTrue(shadow.expression())
                        ? " matches every task"
                        : " has the same expression")
                    + " and keeps it (a target without timeout or skip_if)"));
        break;
      }
    }
    unknownFields(path, filter.extrasView(), Fields.FILTER);
    List<Target> targets = filter.targets();
    if (targets.isEmpty()) {
      problems.add(
          Problem.error(
              path + ".targets",
              "FILTER_WITHOUT_TARGETS",
              "is empty: tasks matching " + describe(filter) + " have nowhere to go"));
    }
    boolean stuck = false;
    for (int t = 0; t < targets.size(); t++) {
      String targetPath = path + ".targets[" + t + "]";
      Target target = targets.get(t);
      if (stuck) {
        problems.add(
            Problem.error(
                targetPath,
                "UNREACHABLE_TARGET",
                "can never be reached: targets["
                    + (t - 1)
                    + "] has neither a timeout nor a skip_if, so tasks never leave it"));
        stuck = false;
      }
      target(targetPath, target);
      if (target.timeout().isEmpty() && target.skipIf().isEmpty() && t + 1 < targets.size()) {
        stuck = true;
      }
    }
  }

  private void priority(String path, java.util.OptionalInt priority) {
    if (priority.isPresent() && priority.getAsInt() < 0) {
      problems.add(
          Problem.error(
              path,
              "INVALID_PRIORITY",
              "is "
                  + priority.getAsInt()
                  + ", but task priorities run from 0 to 2147483647; write 0 or more"));
    }
  }

  private void target(String path, Target target) {
    target.declaredQueue().ifPresent(q -> queue(path + ".queue", q));
    priority(path + ".priority", target.priority());
    target.expression().ifPresent(e -> expression(path + ".expression", e));
    target.skipIf().ifPresent(e -> expression(path + ".skip_if", e));
    target
        .timeout()
        .filter(t -> t.getSeconds() > Limits.MAX_TASK_TTL_SECONDS)
        .ifPresent(
            t ->
                problems.add(
                    Problem.warning(
                        path + ".timeout",
                        "TIMEOUT_EXCEEDS_TASK_TTL",
                        "is "
                            + t.getSeconds()
                            + " seconds, longer than the longest task TTL ("
                            + Limits.MAX_TASK_TTL_SECONDS
                            + "): the task is canceled before the step ends")));
    if (target.knownWorkerSid().isPresent() && target.knownWorkerFriendlyName().isPresent()) {
      problems.add(
          Problem.error(
              path,
              "KNOWN_WORKER_CONFLICT",
              "has both known_worker_sid and known_worker_friendly_name; TaskRouter allows only"
                  + " one"));
    }
    target.knownWorkerSid().ifPresent(r -> knownWorkerSid(path + ".known_worker_sid", r));
    target
        .knownWorkerFriendlyName()
        .ifPresent(r -> knownWorkerName(path + ".known_worker_friendly_name", r));
    unknownFields(path, target.extrasView(), Fields.TARGET);
  }

  private void defaultFilter(DefaultFilter fallback) {
    String path = Fields.TASK_ROUTING + ".default_filter";
    queue(path + ".queue", fallback.queue());
    priority(path + ".priority", fallback.priority());
    fallback.expression().ifPresent(e -> expression(path + ".expression", e));
    if (fallback.extrasView().containsKey(Fields.TIMEOUT)) {
      problems.add(
          Problem.warning(
              path + ".timeout",
              "DEFAULT_FILTER_TIMEOUT",
              "is ignored: tasks stay in the default filter until their TTL"));
    }
    Map<String, JsonNode> others = new LinkedHashMap<>(fallback.extrasView());
    others.remove(Fields.TIMEOUT);
    Set<String> known = new HashSet<>(Fields.DEFAULT);
    known.add(Fields.TIMEOUT);
    unknownFields(path, others, known);
  }

  private void queue(String path, io.github.taskrouter4j.sid.TaskQueueSid queue) {
    if (workspace != null && !workspace.hasQueue(queue)) {
      problems.add(
          Problem.error(
              path, "UNKNOWN_QUEUE", "task queue " + queue + " does not exist in the workspace"));
    }
  }

  /** KA: a null or wrong reference keeps the task in the step until its timeout; Twilio accepts. */
  private boolean blank(String path, String reference) {
    if (!reference.trim().isEmpty()) {
      return false;
    }
    problems.add(
        Problem.error(
            path,
            "BLANK_KNOWN_WORKER",
            "is blank, so no worker is ever known and tasks wait here until the step times out;"
                + " name a task attribute such as \"task.agent_sid\""));
    return true;
  }

  private void knownWorkerSid(String path, String reference) {
    if (blank(path, reference) || isTaskAttribute(reference)) {
      return;
    }
    WorkerSid worker;
    try {
      worker = WorkerSid.of(reference);
    } catch (InvalidSidException e) {
      problems.add(
          Problem.error(
              path,
              "INVALID_KNOWN_WORKER",
              "\""
                  + reference
                  + "\" is neither a task attribute (task.…) nor a worker SID: "
                  + e.getMessage()));
      return;
    }
    if (workspace != null && !workspace.hasWorker(worker)) {
      problems.add(
          Problem.error(
              path, "UNKNOWN_WORKER", "worker " + worker + " does not exist in the workspace"));
    }
  }

  private void knownWorkerName(String path, String reference) {
    if (!blank(path, reference)
        && !isTaskAttribute(reference)
        && workspace != null
        && !workspace.hasWorkerNamed(reference)) {
      problems.add(
          Problem.error(
              path,
              "UNKNOWN_WORKER",
              "no worker named \"" + reference + "\" exists in the workspace"));
    }
  }

  private static boolean isTaskAttribute(String reference) {
    return reference.startsWith("task.");
  }

  private void expression(String path, Expression expression) {
    for (ExpressionProblem p : expression.lint()) {
      problems.add(
          Problem.of(p.severity(), path, p.code(), "column " + p.column() + ": " + p.message()));
    }
  }

  /**
   * Unknown keys: Twilio stores and ignores them, so one that is a near miss of a known key is an
   * ERROR (what the user meant is lost), any other a WARNING. A modelled key among the extras is a
   * legacy spelling that disagrees with the canonical one.
   */
  private void unknownFields(String path, Map<String, JsonNode> extras, Set<String> known) {
    Set<String> candidates = new TreeSet<>(known);
    for (String name : extras.keySet()) {
      String at = path.isEmpty() ? name : path + "." + name;
      if (known.contains(name)) {
        conflicting(at, name);
        continue;
      }
      Optional<String> meant = Spelling.suggest(name, candidates);
      if (meant.isPresent()) {
        problems.add(
            Problem.error(
                at,
                "MISSPELLED_FIELD",
                "is not a field TaskRouter knows, so Twilio ignores it and its value is lost;"
                    + " did you mean `"
                    + meant.get()
                    + "`?"));
      } else {
        problems.add(
            Problem.warning(
                at,
                "UNKNOWN_FIELD",
                "is not a field TaskRouter documents here; it is kept and written back"));
      }
    }
  }

  private void conflicting(String path, String legacy) {
    boolean queue = legacy.equals(Fields.LEGACY_TASK_QUEUE_SID);
    String canonical = queue ? Fields.QUEUE : Fields.FILTER_FRIENDLY_NAME;
    problems.add(
        Problem.of(
            queue ? Severity.ERROR : Severity.WARNING,
            path,
            "CONFLICTING_FIELDS",
            "\""
                + legacy
                + "\" (legacy spelling of \""
                + canonical
                + "\") differs from \""
                + canonical
                + "\"; this library uses \""
                + canonical
                + "\", which one Twilio uses is undocumented: give only \""
                + canonical
                + "\""));
  }

  /** Whether a task matching {@code filter} can never leave it. */
  private static boolean holdsTasks(Filter filter) {
    for (Target target : filter.targets()) {
      if (target.timeout().isEmpty() && target.skipIf().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(FilterExpression earlier, FilterExpression later) {
    return isAlwaysTrue(earlier) || earlier.canonical().equals(later.canonical());
  }

  private static boolean isAlwaysTrue(FilterExpression expression) {
    return ALWAYS_TRUE.contains(expression.canonical());
  }

  private static String describe(Filter filter) {
    return filter.name().isEmpty() ? "(unnamed)" : "\"" + filter.name() + "\"";
  }

  private static Set<String> alwaysTrueForms() {
    Set<String> forms = new HashSet<>();
    forms.add(Expressions.always().canonical());
    for (String text : List.of("1==1", "1=1", "true", "true==true", "'a'=='a'")) {
      try {
        forms.add(Expressions.parseFilter(text).canonical());
      } catch (IllegalArgumentException notAcceptedByTheParser) {
        // The parser decides which spellings exist; a form it rejects cannot occur in a filter.
      }
    }
    return Set.copyOf(forms);
  }
}
