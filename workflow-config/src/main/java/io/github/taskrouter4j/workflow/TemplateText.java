package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The places in a configuration document that may hold placeholders, visited in one fixed order
 * (Twilio's field order, not the document's), so a template and its canonical rewrite number their
 * placeholders alike.
 */
final class TemplateText {
  /** Rewrites one text value found at a placeholder position. */
  interface Rewrite {
    /**
     * The new text.
     *
     * @param text the value as found
     * @param sid whether the position holds a task queue SID (else it holds an expression)
     * @param path its JSON path
     */
    String apply(String text, boolean sid, String path);
  }

  private TemplateText() {}

  static void walk(JsonNode root, Rewrite rewrite) {
    JsonNode routing = root.get(Fields.TASK_ROUTING);
    if (routing == null || !routing.isObject()) {
      return;
    }
    String at = Fields.TASK_ROUTING;
    JsonNode filters = routing.get(Fields.FILTERS);
    if (filters != null && filters.isArray()) {
      for (int i = 0; i < filters.size(); i++) {
        JsonNode filter = filters.get(i);
        String filterPath = at + ".filters[" + i + "]";
        if (!filter.isObject()) {
          continue;
        }
        text(filter, Fields.EXPRESSION, filterPath, false, rewrite);
        JsonNode targets = filter.get(Fields.TARGETS);
        if (targets == null || !targets.isArray()) {
          continue;
        }
        for (int t = 0; t < targets.size(); t++) {
          JsonNode target = targets.get(t);
          if (target.isObject()) {
            step(target, filterPath + ".targets[" + t + "]", rewrite);
          }
        }
      }
    }
    JsonNode fallback = routing.get(Fields.DEFAULT_FILTER);
    if (fallback != null && fallback.isObject()) {
      step(fallback, at + ".default_filter", rewrite);
    }
  }

  private static void step(JsonNode node, String path, Rewrite rewrite) {
    text(node, Fields.QUEUE, path, true, rewrite);
    text(node, Fields.LEGACY_TASK_QUEUE_SID, path, true, rewrite);
    text(node, Fields.EXPRESSION, path, false, rewrite);
    text(node, Fields.SKIP_IF, path, false, rewrite);
    text(node, Fields.ORDER_BY, path, false, rewrite);
  }

  private static void text(JsonNode node, String field, String path, boolean sid, Rewrite rewrite) {
    JsonNode value = node.get(field);
    if (value != null && value.isTextual()) {
      ((ObjectNode) node).put(field, rewrite.apply(value.textValue(), sid, path + "." + field));
    }
  }
}
