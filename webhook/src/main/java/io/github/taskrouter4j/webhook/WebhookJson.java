package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the webhook package: instruction bodies and callback attributes. */
final class WebhookJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WebhookJson() {}

  /** A fresh, empty object node. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Writes {@code node} minified, exactly once.
   *
   * @param node the tree to write
   * @return the JSON text
   */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads JSON text into a tree.
   *
   * @param text the text
   * @return the tree
   * @throws JsonProcessingException if the text is not JSON
   */
  static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }
}
