package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.OrderBy;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A workflow configuration as the plan compares it: queues by name instead of SID and expressions
 * in canonical text, so that {@code 1==1} read from Twilio equals {@code 1 == 1} built in Java.
 */
final class ConfigurationView {
  private ConfigurationView() {}

  /** The comparable view; {@code queueName} names a queue SID (a live one or a key's ref). */
  static ObjectNode of(
      WorkflowConfiguration configuration, Function<TaskQueueSid, String> queueName) {
    ObjectNode view = TaskRouterJson.mapper().createObjectNode();
    ArrayNode filters = view.putArray("filters");
    for (Filter filter : configuration.taskRouting().filters()) {
      ObjectNode f = filters.addObject();
      f.put("filter_friendly_name", filter.name());
      f.put("expression", filter.expression().canonical());
      ArrayNode targets = f.putArray("targets");
      filter.targets().forEach(t -> targets.add(target(t, queueName)));
      extras(f, filter.extras());
    }
    configuration
        .taskRouting()
        .defaultFilter()
        .ifPresent(d -> view.set("default_filter", defaultFilter(d, queueName)));
    extras(view, configuration.taskRouting().extras());
    if (!configuration.extras().isEmpty()) {
      extras(view.putObject("document"), configuration.extras());
    }
    return view;
  }

  private static ObjectNode target(Target target, Function<TaskQueueSid, String> queueName) {
    ObjectNode t = TaskRouterJson.mapper().createObjectNode();
    target.declaredQueue().ifPresent(q -> t.put("queue", queueName.apply(q)));
    target.expression().ifPresent(e -> t.put("expression", e.canonical()));
    target.priority().ifPresent(p -> t.put("priority", p));
    target.timeout().ifPresent(d -> t.put("timeout", d.getSeconds()));
    target.orderBy().map(OrderBy::canonical).ifPresent(o -> t.put("order_by", o));
    target.skipIf().map(Expression::canonical).ifPresent(s -> t.put("skip_if", s));
    target.knownWorkerSid().ifPresent(k -> t.put("known_worker_sid", k));
    target.knownWorkerFriendlyName().ifPresent(k -> t.put("known_worker_friendly_name", k));
    extras(t, target.extras());
    return t;
  }

  private static ObjectNode defaultFilter(
      DefaultFilter filter, Function<TaskQueueSid, String> queueName) {
    ObjectNode d = TaskRouterJson.mapper().createObjectNode();
    d.put("queue", queueName.apply(filter.queue()));
    filter.priority().ifPresent(p -> d.put("priority", p));
    filter.expression().ifPresent(e -> d.put("expression", e.canonical()));
    extras(d, filter.extras());
    return d;
  }

  private static void extras(ObjectNode into, Map<String, JsonNode> extras) {
    extras.forEach((name, value) -> into.set(name, value.deepCopy()));
  }

  /**
   * The configuration with each queue SID replaced as {@code replacement} says (SIDs it has no
   * answer for stay), everything else unchanged.
   */
  static WorkflowConfiguration withQueues(
      WorkflowConfiguration configuration,
      Function<TaskQueueSid, Optional<TaskQueueSid>> replacement) {
    ObjectNode tree = configuration.toJsonTree();
    JsonNode routing = tree.path("task_routing");
    for (JsonNode filter : routing.path("filters")) {
      for (JsonNode target : filter.path("targets")) {
        replace(target, replacement);
      }
    }
    replace(routing.path("default_filter"), replacement);
    return WorkflowConfiguration.fromJson(TaskRouterJson.minify(tree));
  }

  private static void replace(
      JsonNode holder, Function<TaskQueueSid, Optional<TaskQueueSid>> replacement) {
    JsonNode queue = holder.path("queue");
    if (holder.isObject() && queue.isTextual()) {
      replacement
          .apply(TaskQueueSid.of(queue.asText()))
          .ifPresent(q -> ((ObjectNode) holder).set("queue", TextNode.valueOf(q.value())));
    }
  }
}
