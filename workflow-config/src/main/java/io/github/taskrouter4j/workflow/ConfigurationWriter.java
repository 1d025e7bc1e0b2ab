package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.Map;

/**
 * Renders the model as canonical JSON trees: documented snake_case names in Twilio's order, numbers
 * as numbers, unmodelled fields last in their original order.
 */
final class ConfigurationWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConfigurationWriter() {}

  static String minify(JsonNode node) {
    return TaskRouterJson.minify(node);
  }

  static ObjectNode document(WorkflowConfiguration config, boolean copyExtras) {
    ObjectNode root = NODES.objectNode();
    root.set(Fields.TASK_ROUTING, taskRouting(config.taskRouting(), copyExtras));
    extras(root, config.extrasView(), copyExtras);
    return root;
  }

  static ObjectNode taskRouting(TaskRouting routing, boolean copyExtras) {
    ObjectNode node = NODES.objectNode();
    ArrayNode filters = node.putArray(Fields.FILTERS);
    for (Filter filter : routing.filters()) {
      filters.add(filter(filter, copyExtras));
    }
    routing
        .defaultFilter()
        .ifPresent(d -> node.set(Fields.DEFAULT_FILTER, defaultFilter(d, copyExtras)));
    extras(node, routing.extrasView(), copyExtras);
    return node;
  }

  static ObjectNode filter(Filter filter, boolean copyExtras) {
    ObjectNode node = NODES.objectNode();
    if (!filter.name().isEmpty() || filter.emptyNameWritten()) {
      node.put(Fields.FILTER_FRIENDLY_NAME, filter.name());
    }
    node.put(Fields.EXPRESSION, filter.expression().toString());
    ArrayNode targets = node.putArray(Fields.TARGETS);
    for (Target target : filter.targets()) {
      targets.add(target(target, copyExtras));
    }
    extras(node, filter.extrasView(), copyExtras);
    return node;
  }

  static ObjectNode target(Target target, boolean copyExtras) {
    ObjectNode node = NODES.objectNode();
    target.declaredQueue().ifPresent(q -> node.put(Fields.QUEUE, q.value()));
    target.priority().ifPresent(p -> node.put(Fields.PRIORITY, p));
    target.timeout().ifPresent(t -> node.put(Fields.TIMEOUT, t.getSeconds()));
    target.expression().ifPresent(e -> node.put(Fields.EXPRESSION, e.toString()));
    target.orderBy().ifPresent(o -> node.put(Fields.ORDER_BY, o.toString()));
    target.skipIf().ifPresent(s -> node.put(Fields.SKIP_IF, s.toString()));
    target.knownWorkerSid().ifPresent(k -> node.put(Fields.KNOWN_WORKER_SID, k));
    target.knownWorkerFriendlyName().ifPresent(k -> node.put(Fields.KNOWN_WORKER_FRIENDLY_NAME, k));
    extras(node, target.extrasView(), copyExtras);
    return node;
  }

  static ObjectNode defaultFilter(DefaultFilter filter, boolean copyExtras) {
    ObjectNode node = NODES.objectNode();
    node.put(Fields.QUEUE, filter.queue().value());
    filter.priority().ifPresent(p -> node.put(Fields.PRIORITY, p));
    filter.expression().ifPresent(e -> node.put(Fields.EXPRESSION, e.toString()));
    extras(node, filter.extrasView(), copyExtras);
    return node;
  }

  private static void extras(ObjectNode node, Map<String, JsonNode> extras, boolean copy) {
    extras.forEach((name, value) -> node.set(name, copy ? value.deepCopy() : value));
  }
}
