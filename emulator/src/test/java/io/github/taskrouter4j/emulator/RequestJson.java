package io.github.taskrouter4j.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON the tests send (attributes, workflow configurations), built with Jackson, never by hand. */
final class RequestJson {
  private RequestJson() {}

  /** An object from name, value pairs: {@code object("tier", "gold", "level", 5)}. */
  static ObjectNode object(Object... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("object() takes name, value pairs, got " + pairs.length);
    }
    ObjectNode node = Api.MAPPER.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.set((String) pairs[i], Api.MAPPER.valueToTree(pairs[i + 1]));
    }
    return node;
  }

  /** An array of values: {@code array("en", "es")}. */
  static ArrayNode array(Object... items) {
    ArrayNode node = Api.MAPPER.createArrayNode();
    for (Object item : items) {
      node.add(Api.MAPPER.<JsonNode>valueToTree(item));
    }
    return node;
  }

  /** The compact JSON text of an object from name, value pairs. */
  static String json(Object... pairs) {
    return text(object(pairs));
  }

  /** The compact JSON text of {@code node}. */
  static String text(JsonNode node) {
    try {
      return Api.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workflow configuration whose filters are {@code filters}; no default filter. */
  static String configuration(JsonNode... filters) {
    return text(object("task_routing", object("filters", array((Object[]) filters))));
  }

  /** A workflow configuration: {@code filters}, then every other task to {@code defaultQueue}. */
  static String configuration(String defaultQueue, JsonNode... filters) {
    ObjectNode routing =
        object(
            "filters", array((Object[]) filters), "default_filter", object("queue", defaultQueue));
    return text(object("task_routing", routing));
  }

  /** A workflow configuration that sends every task to {@code queue}. */
  static String defaultFilter(String queue) {
    return text(object("task_routing", object("default_filter", object("queue", queue))));
  }
}
