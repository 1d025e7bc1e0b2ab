package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds, for a schema of the spec, a JSON object with every field set: the value from the spec's
 * own examples where one has it, otherwise one made from the field's type, pattern and enum.
 */
public final class SpecSamples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpecSamples() {}

  /** A sample of {@code schema} with every property non-null. */
  public static ObjectNode sampleWithEveryField(String schema) {
    List<JsonNode> examples = examplesOf(schema);
    ObjectNode sample = NODES.objectNode();
    Spec.schema(schema)
        .path("properties")
        .fields()
        .forEachRemaining(
            prop -> {
              JsonNode value = null;
              for (JsonNode example : examples) {
                JsonNode v = example.get(prop.getKey());
                if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
                  value = v;
                  break;
                }
              }
              sample.set(
                  prop.getKey(),
                  value != null ? value : synthesize(prop.getKey(), prop.getValue()));
            });
    return sample;
  }

  /** Every example object of {@code schema} found in the spec's responses. */
  public static List<JsonNode> examplesOf(String schema) {
    String ref = "#/components/schemas/" + schema;
    List<JsonNode> found = new ArrayList<>();
    for (Spec.Operation op : Spec.operations()) {
      JsonNode content = op.success().getValue().path("content").path("application/json");
      JsonNode s = content.path("schema");
      for (JsonNode ex : content.path("examples")) {
        JsonNode value = ex.path("value");
        if (s.path("$ref").asText().equals(ref)) {
          found.add(value);
        }
        for (Map.Entry<String, JsonNode> prop : iterable(s.path("properties"))) {
          if (prop.getValue().path("items").path("$ref").asText().equals(ref)) {
            value.path(prop.getKey()).forEach(found::add);
          }
        }
      }
    }
    return found;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
    node.fields().forEachRemaining(list::add);
    return list;
  }

  private static JsonNode synthesize(String name, JsonNode prop) {
    if (prop.has("$ref")) {
      JsonNode target =
          Spec.schema(prop.path("$ref").asText().replace("#/components/schemas/", ""));
      return NODES.textNode(target.path("enum").get(0).asText());
    }
    String pattern = prop.path("pattern").asText();
    if (pattern.startsWith("^")
        && pattern.length() > 3
        && Character.isUpperCase(pattern.charAt(1))) {
      return NODES.textNode(pattern.substring(1, 3) + "0123456789abcdef0123456789abcdef");
    }
    if (pattern.startsWith("^[a-zA-Z]{2}")) {
      return NODES.textNode("WK0123456789abcdef0123456789abcdef");
    }
    String format = prop.path("format").asText();
    switch (prop.path("type").asText()) {
      case "string":
        if (format.equals("date-time")) {
          return NODES.textNode("2024-05-06T07:08:09Z");
        }
        if (format.equals("uri")) {
          return NODES.textNode("https://example.com/" + name);
        }
        if (name.equals("attributes")) {
          return NODES.textNode("{\"type\":\"support\"}");
        }
        return NODES.textNode("sample " + name);
      case "integer":
        return NODES.numberNode(42);
      case "boolean":
        return NODES.booleanNode(true);
      case "object":
        return NODES.objectNode().put("self", "https://example.com/" + name);
      default:
        // untyped in the spec: statistics maps such as tasks_by_priority {"10": 1}
        return NODES.objectNode().put("10", 1);
    }
  }

  /** Parses JSON text in a test. */
  public static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
