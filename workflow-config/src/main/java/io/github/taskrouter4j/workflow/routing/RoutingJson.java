package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.Locale;

/** Reads attribute documents given as text, with the shared document mapper. */
final class RoutingJson {
  private static final ObjectMapper MAPPER = TaskRouterJson.mapper();

  private RoutingJson() {}

  /**
   * Parses an attributes document, which must be a JSON object.
   *
   * @param what names the document in error messages, for example {@code "attributes of worker
   *     alice"}
   */
  static JsonNode parseObject(String json, String what) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          what
              + " are not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    return requireObject(node, what);
  }

  static JsonNode requireObject(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      String kind = node == null || node.isMissingNode() ? "empty" : node.getNodeType().toString();
      throw new IllegalArgumentException(
          what + " must be a JSON object, but was " + kind.toLowerCase(Locale.ROOT));
    }
    return node;
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
