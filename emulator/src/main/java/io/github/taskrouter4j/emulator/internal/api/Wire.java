package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.Resources;

/**
 * Writes every answer through the dsl's resource classes and mapper: the emulator's fields are
 * decoded into the very value the client decodes, and that value is what goes on the wire, so
 * client and server cannot drift.
 */
final class Wire {
  private static final ObjectMapper MAPPER = Resources.mapper();

  private Wire() {}

  static ObjectNode as(ObjectNode fields, Class<?> resource) {
    try {
      return MAPPER.valueToTree(MAPPER.treeToValue(fields, resource));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the emulator wrote a "
              + resource.getSimpleName()
              + " the dsl cannot read: "
              + e.getMessage(),
          e);
    }
  }
}
