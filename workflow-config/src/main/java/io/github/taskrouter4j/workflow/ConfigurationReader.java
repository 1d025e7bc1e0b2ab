package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.internal.Spelling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a configuration document, accepting every spelling found in the wild and collecting every
 * problem (with its JSON path) before failing once.
 */
final class ConfigurationReader {
  private static final Pattern INTEGER_TEXT = Pattern.compile("-?[0-9]{1,19}");

  private final List<Problem> problems = new ArrayList<>();

  private ConfigurationReader() {}

  static WorkflowConfiguration read(String json) {
    return new ConfigurationReader().document(json);
  }

  private WorkflowConfiguration document(String json) {
    JsonNode root;
    try {
      root = TaskRouterJson.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigurationException(List.of(syntaxProblem(e)));
    }
    if (root == null || root.isMissingNode()) {
      throw fail(Problem.error("", "INVALID_JSON", "the document is empty; expected an object"));
    }
    if (!root.isObject()) {
      throw fail(typeProblem("", "an object", root));
    }
    WorkflowConfiguration.Builder builder = WorkflowConfiguration.builder();
    JsonNode routing = root.get(Fields.TASK_ROUTING);
    if (routing == null || routing.isNull()) {
      problems.add(
          Problem.error(
              Fields.TASK_ROUTING,
              "MISSING_FIELD",
              "is required: the document must have a \"task_routing\" object"
                  + misspelt(root, Fields.TASK_ROUTING)));
    } else if (!routing.isObject()) {
      problems.add(typeProblem(Fields.TASK_ROUTING, "an object", routing));
    } else {
      taskRouting(routing, builder);
    }
    forEachExtra(root, Fields.DOCUMENT, builder::extra);
    WorkflowConfiguration config = null;
    try {
      config = builder.build();
    } catch (InvalidConfigurationException e) {
      problems.addAll(e.problems());
    }
    if (config != null) {
      tooLarge(config);
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return config;
  }

  /** Twilio refuses a configuration over its size limit (limits page, "1038576 bytes (1MB)"). */
  private void tooLarge(WorkflowConfiguration config) {
    int bytes = config.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > Limits.MAX_CONFIGURATION_BYTES) {
      problems.add(
          Problem.error(
              "",
              "CONFIGURATION_TOO_LARGE",
              "the minified configuration is "
                  + bytes
                  + " bytes; TaskRouter refuses more than "
                  + Limits.MAX_CONFIGURATION_BYTES));
    }
  }

  /** {@code "; found \"taskRouting\": did you mean `task_routing`?"} for a misspelt key. */
  private static String misspelt(JsonNode node, String wanted) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (Spelling.suggest(name, List.of(wanted)).isPresent()) {
        return "; found \"" + name + "\": did you mean `" + wanted + "`?";
      }
    }
    return "";
  }

  private void taskRouting(JsonNode routing, WorkflowConfiguration.Builder builder) {
    String path = Fields.TASK_ROUTING;
    JsonNode filters = routing.get(Fields.FILTERS);
    if (filters != null && !filters.isNull()) {
      if (!filters.isArray()) {
        problems.add(typeProblem(path + ".filters", "an array", filters));
      } else {
        for (int i = 0; i < filters.size(); i++) {
          String filterPath = path + ".filters[" + i + "]";
          Filter.Builder filter = filter(filters.get(i), filterPath);
          if (filter != null) {
            Filter built = filter.build(filterPath, problems);
            if (built != null) {
              builder.filter(built);
            }
          }
        }
      }
    }
    JsonNode fallback = routing.get(Fields.DEFAULT_FILTER);
    if (fallback != null && !fallback.isNull()) {
      DefaultFilter.Builder read = defaultFilter(fallback, path + ".default_filter");
      DefaultFilter built = read == null ? null : read.build(path + ".default_filter", problems);
      if (built != null) {
        builder.defaultFilter(built);
      }
    }
    forEachExtra(routing, Fields.TASK_ROUTING_FIELDS, builder::taskRoutingExtra);
  }

  /** Reads a filter; null if it has problems (already recorded), so none cascade. */
  private Filter.Builder filter(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(typeProblem(path, "an object", node));
      return null;
    }
    int before = problems.size();
    String name = oneOf(node, Fields.FILTER_FRIENDLY_NAME, Fields.LEGACY_FRIENDLY_NAME, path);
    String owner = name == null || name.isEmpty() ? "unnamed filter" : "filter \"" + name + "\"";
    Filter.Builder filter = Filter.named(name == null ? "" : name);
    if (name != null && name.isEmpty()) {
      filter.keepEmptyName();
    }
    JsonNode conflict = conflict(node, Fields.FILTER_FRIENDLY_NAME, Fields.LEGACY_FRIENDLY_NAME);
    if (conflict != null) {
      filter.keepConflicting(Fields.LEGACY_FRIENDLY_NAME, conflict);
    }
    String expression = string(node, Fields.EXPRESSION, path);
    if (expression != null) {
      FilterExpression parsed =
          Parsing.parse(
              expression, Expressions::parseFilter, path + ".expression", owner, problems);
      if (parsed != null) {
        filter.when(parsed);
      }
    } else if (!node.has(Fields.EXPRESSION) || node.get(Fields.EXPRESSION).isNull()) {
      problems.add(
          Problem.error(
              path + ".expression",
              "MISSING_FIELD",
              "is required: a filter needs an expression (\"1==1\" matches every task)"
                  + misspelt(node, Fields.EXPRESSION)));
    }
    JsonNode targets = node.get(Fields.TARGETS);
    if (targets != null && !targets.isNull()) {
      if (!targets.isArray()) {
        problems.add(typeProblem(path + ".targets", "an array", targets));
      } else {
        for (int i = 0; i < targets.size(); i++) {
          String targetPath = path + ".targets[" + i + "]";
          Target.Builder target = target(targets.get(i), targetPath);
          if (target != null) {
            Target built = target.build(targetPath, owner + ", target " + (i + 1), problems);
            if (built != null) {
              filter.target(built);
            }
          }
        }
      }
    }
    forEachExtra(node, Fields.FILTER, filter::extra);
    return problems.size() == before ? filter : null;
  }

  /** Reads a target's readable fields (problems recorded); null if it is not an object. */
  private Target.Builder target(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(typeProblem(path, "an object", node));
      return null;
    }
    Target.Builder target = Target.sameQueue();
    TaskQueueSid queue = queue(node, path);
    if (queue != null) {
      target.queue(queue);
    }
    JsonNode conflict = conflict(node, Fields.QUEUE, Fields.LEGACY_TASK_QUEUE_SID);
    if (conflict != null) {
      target.keepConflicting(Fields.LEGACY_TASK_QUEUE_SID, conflict);
    }
    Long priority = integer(node, Fields.PRIORITY, path);
    if (priority != null) {
      target.priority(priority.intValue());
    }
    Long timeout = integer(node, Fields.TIMEOUT, path);
    if (timeout != null) {
      target.timeout(Duration.ofSeconds(timeout));
    }
    String expression = string(node, Fields.EXPRESSION, path);
    if (expression != null) {
      target.expression(expression);
    }
    String orderBy = string(node, Fields.ORDER_BY, path);
    if (orderBy != null) {
      target.orderBy(orderBy);
    }
    String skipIf = string(node, Fields.SKIP_IF, path);
    if (skipIf != null) {
      target.skipIf(skipIf);
    }
    String knownSid = string(node, Fields.KNOWN_WORKER_SID, path);
    if (knownSid != null) {
      target.knownWorkerSid(knownSid);
    }
    String knownName = string(node, Fields.KNOWN_WORKER_FRIENDLY_NAME, path);
    if (knownName != null) {
      target.knownWorkerFriendlyName(knownName);
    }
    forEachExtra(node, Fields.TARGET, target::extra);
    return target;
  }

  private DefaultFilter.Builder defaultFilter(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(typeProblem(path, "an object", node));
      return null;
    }
    TaskQueueSid queue = queue(node, path);
    if (queue == null) {
      if (!node.has(Fields.QUEUE) && !node.has(Fields.LEGACY_TASK_QUEUE_SID)) {
        problems.add(
            Problem.error(
                path + ".queue", "MISSING_FIELD", "is required: the default filter needs a queue"));
      }
      return null;
    }
    int before = problems.size();
    DefaultFilter.Builder fallback = DefaultFilter.queue(queue);
    JsonNode conflict = conflict(node, Fields.QUEUE, Fields.LEGACY_TASK_QUEUE_SID);
    if (conflict != null) {
      fallback.keepConflicting(Fields.LEGACY_TASK_QUEUE_SID, conflict);
    }
    Long priority = integer(node, Fields.PRIORITY, path);
    if (priority != null) {
      fallback.priority(priority.intValue());
    }
    String expression = string(node, Fields.EXPRESSION, path);
    if (expression != null) {
      fallback.expression(expression);
    }
    forEachExtra(node, Fields.DEFAULT, fallback::extra);
    return problems.size() == before ? fallback : null;
  }

  private TaskQueueSid queue(JsonNode node, String path) {
    String text = oneOf(node, Fields.QUEUE, Fields.LEGACY_TASK_QUEUE_SID, path);
    if (text == null) {
      return null;
    }
    String field = node.has(Fields.QUEUE) ? Fields.QUEUE : Fields.LEGACY_TASK_QUEUE_SID;
    try {
      return TaskQueueSid.of(text);
    } catch (InvalidSidException e) {
      problems.add(Problem.error(path + "." + field, "INVALID_SID", e.getMessage()));
      return null;
    }
  }

  /**
   * Reads a string given under its canonical or its legacy name; the canonical one wins when both
   * are given (the linter reports the pair as {@code CONFLICTING_FIELDS}).
   */
  private String oneOf(JsonNode node, String canonical, String legacy, String path) {
    String first = string(node, canonical, path);
    String second = string(node, legacy, path);
    return first != null ? first : second;
  }

  /** The legacy field's value when both spellings are strings that differ, else null. */
  private static JsonNode conflict(JsonNode node, String canonical, String legacy) {
    JsonNode first = node.get(canonical);
    JsonNode second = node.get(legacy);
    boolean both = first != null && first.isTextual() && second != null && second.isTextual();
    return both && !first.textValue().equals(second.textValue()) ? second : null;
  }

  private String string(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(typeProblem(path + "." + field, "a string", value));
      return null;
    }
    return value.textValue();
  }

  /** An integer given as a JSON integer or as a string of digits ({@code "2"}, as in old docs). */
  private Long integer(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = null;
    if (value.isIntegralNumber()) {
      text = value.asText();
    } else if (value.isTextual() && INTEGER_TEXT.matcher(value.textValue().trim()).matches()) {
      text = value.textValue().trim();
    }
    if (text == null) {
      problems.add(typeProblem(path + "." + field, "an integer", value));
      return null;
    }
    long parsed;
    try {
      parsed = Long.parseLong(text);
    } catch (NumberFormatException e) {
      parsed = Long.MAX_VALUE;
    }
    if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
      problems.add(
          Problem.error(
              path + "." + field,
              "INVALID_VALUE",
              "expected an integer up to 2147483647, got " + describe(value)));
      return null;
    }
    return parsed;
  }

  private void forEachExtra(
      JsonNode node, Set<String> modelled, java.util.function.BiConsumer<String, JsonNode> sink) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!modelled.contains(field.getKey())) {
        sink.accept(field.getKey(), field.getValue());
      }
    }
  }

  private static Problem typeProblem(String path, String expected, JsonNode actual) {
    return Problem.error(
        path, "INVALID_TYPE", "expected " + expected + ", got " + describe(actual));
  }

  static String describe(JsonNode value) {
    String text = TaskRouterJson.minify(value);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private static Problem syntaxProblem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return Problem.error(
        "", "INVALID_JSON", "not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  private InvalidConfigurationException fail(Problem problem) {
    problems.add(problem);
    return new InvalidConfigurationException(problems);
  }
}
