package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;

/** JSON helpers of the package: one shared mapper, through {@link TaskRouterJson}. */
final class Values {
  private Values() {}

  /** Parses a JSON object, or says where and why it is not one. */
  static JsonNode jsonObject(String where, String text) {
    JsonNode node;
    try {
      node = TaskRouterJson.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          where
              + ": attributes must be a JSON object, but the text is not JSON ("
              + e.getOriginalMessage()
              + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          where + ": attributes must be a JSON object, was " + (node == null ? "empty" : text));
    }
    return node;
  }
}
