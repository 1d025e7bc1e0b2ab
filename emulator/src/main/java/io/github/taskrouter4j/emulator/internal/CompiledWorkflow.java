package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A workflow configuration checked and compiled against its workspace: filters with their routing
 * steps (queue inherited from the previous target, priority, timeout, target expression, order_by,
 * skip_if, known worker) and the default filter.
 */
final class CompiledWorkflow {
  /** One routing step. */
  static final class Step {
    final QueueRec queue;
    final OptionalInt priority;
    final OptionalInt timeoutSeconds;
    final Optional<Conditions.TargetCondition> expression;
    final Optional<Comparator<WorkerRec>> orderBy;
    final Optional<Conditions.SkipCondition> skipIf;
    final Optional<String> knownWorkerSid;
    final Optional<String> knownWorkerFriendlyName;
    final String path;

    Step(
        QueueRec queue,
        OptionalInt priority,
        OptionalInt timeoutSeconds,
        Optional<Conditions.TargetCondition> expression,
        Optional<Comparator<WorkerRec>> orderBy,
        Optional<Conditions.SkipCondition> skipIf,
        Optional<String> knownWorkerSid,
        Optional<String> knownWorkerFriendlyName,
        String path) {
      this.queue = queue;
      this.priority = priority;
      this.timeoutSeconds = timeoutSeconds;
      this.expression = expression;
      this.orderBy = orderBy;
      this.skipIf = skipIf;
      this.knownWorkerSid = knownWorkerSid;
      this.knownWorkerFriendlyName = knownWorkerFriendlyName;
      this.path = path;
    }
  }

  /** One filter. */
  static final class FilterRule {
    final String name;
    final String expressionText;
    final Conditions.TaskCondition expression;
    final List<Step> targets;

    FilterRule(
        String name,
        String expressionText,
        Conditions.TaskCondition expression,
        List<Step> targets) {
      this.name = name;
      this.expressionText = expressionText;
      this.expression = expression;
      this.targets = targets;
    }
  }

  final List<FilterRule> filters;
  final Optional<Step> defaultFilter;

  private CompiledWorkflow(List<FilterRule> filters, Optional<Step> defaultFilter) {
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
   * Compiles {@code text}; refuses it with a 20001 error naming the JSON path when it is not a
   * valid configuration for this workspace.
   */
  static CompiledWorkflow compile(String text, Function<String, QueueRec> queues) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiError.invalid("Invalid Configuration: not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path("task_routing").isObject()) {
      throw ApiError.invalid(
          "Invalid Configuration: task_routing must be a JSON object, e.g. {\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\"WQ...\"}}}");
    }
    JsonNode routing = root.get("task_routing");
    JsonNode filterNodes = routing.path("filters");
    if (!filterNodes.isMissingNode() && !filterNodes.isArray()) {
      throw ApiError.invalid("Invalid Configuration: task_routing.filters must be an array");
    }
    List<FilterRule> filters = new ArrayList<>();
    for (int i = 0; i < filterNodes.size(); i++) {
      JsonNode f = filterNodes.get(i);
      String path = "task_routing.filters[" + i + "]";
      String expr =
          text(f, "expression", path)
              .orElseThrow(
                  () ->
                      ApiError.invalid(
                          "Invalid Configuration: " + path + ".expression is required"));
      String name =
          text(f, "filter_friendly_name", path).or(() -> text(f, "friendly_name", path)).orElse("");
      Conditions.TaskCondition condition = Conditions.filter(path + ".expression", expr);
      JsonNode targetNodes = f.path("targets");
      if (!targetNodes.isArray() || targetNodes.size() == 0) {
        throw ApiError.invalid(
            "Invalid Configuration: " + path + ".targets must be a non-empty array");
      }
      List<Step> steps = new ArrayList<>();
      QueueRec inherited = null;
      for (int j = 0; j < targetNodes.size(); j++) {
        Step step = step(targetNodes.get(j), path + ".targets[" + j + "]", inherited, queues);
        inherited = step.queue;
        steps.add(step);
      }
      filters.add(new FilterRule(name, expr, condition, Collections.unmodifiableList(steps)));
    }
    Optional<Step> defaultFilter = Optional.empty();
    JsonNode d = routing.path("default_filter");
    if (!d.isMissingNode() && !d.isNull()) {
      defaultFilter = Optional.of(step(d, "task_routing.default_filter", null, queues));
    }
    return new CompiledWorkflow(Collections.unmodifiableList(filters), defaultFilter);
  }

  private static Step step(
      JsonNode t, String path, QueueRec inherited, Function<String, QueueRec> queues) {
    if (!t.isObject()) {
      throw ApiError.invalid("Invalid Configuration: " + path + " must be a JSON object");
    }
    Optional<String> queueSid = text(t, "queue", path);
    QueueRec queue;
    if (queueSid.isPresent()) {
      queue = queues.apply(queueSid.get());
      if (queue == null) {
        throw ApiError.invalid(
            "Invalid Configuration: "
                + path
                + ".queue names TaskQueue "
                + queueSid.get()
                + ", which does not exist in this workspace");
      }
    } else if (inherited != null) {
      queue = inherited;
    } else {
      throw ApiError.invalid(
          "Invalid Configuration: "
              + path
              + ".queue is required (the first target of a filter must name a TaskQueue)");
    }
    OptionalInt priority = integer(t, "priority", path, 0, Integer.MAX_VALUE);
    OptionalInt timeout = integer(t, "timeout", path, 1, 1_209_600);
    Optional<Conditions.TargetCondition> expression =
        text(t, "expression", path).map(e -> Conditions.target(path + ".expression", e));
    Optional<Comparator<WorkerRec>> orderBy =
        text(t, "order_by", path).map(e -> Conditions.orderBy(path + ".order_by", e));
    Optional<Conditions.SkipCondition> skipIf =
        text(t, "skip_if", path).map(e -> Conditions.skipIf(path + ".skip_if", e));
    Optional<String> knownSid = text(t, "known_worker_sid", path);
    Optional<String> knownName = text(t, "known_worker_friendly_name", path);
    if (knownSid.isPresent() && knownName.isPresent()) {
      throw ApiError.invalid(
          "Invalid Configuration: "
              + path
              + " sets both known_worker_sid and known_worker_friendly_name; TaskRouter allows one");
    }
    return new Step(
        queue, priority, timeout, expression, orderBy, skipIf, knownSid, knownName, path);
  }

  private static Optional<String> text(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiError.invalid(
          "Invalid Configuration: " + path + "." + field + " must be a string, was " + v);
    }
    return Optional.of(v.textValue());
  }

  private static OptionalInt integer(JsonNode node, String field, String path, int min, int max) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return OptionalInt.empty();
    }
    long value;
    if (v.isIntegralNumber()) {
      value = v.longValue();
    } else if (v.isTextual() && v.textValue().trim().matches("-?\\d{1,12}")) {
      value = Long.parseLong(v.textValue().trim());
    } else {
      throw ApiError.invalid(
          "Invalid Configuration: " + path + "." + field + " must be an integer, was " + v);
    }
    if (value < min || value > max) {
      throw ApiError.invalid(
          "Invalid Configuration: "
              + path
              + "."
              + field
              + " must be between "
              + min
              + " and "
              + max
              + ", was "
              + value);
    }
    return OptionalInt.of((int) value);
  }
}
