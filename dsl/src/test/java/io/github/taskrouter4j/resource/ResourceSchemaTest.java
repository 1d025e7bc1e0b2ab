package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response schema of the spec decodes, and re-encodes without losing or changing a field. */
class ResourceSchemaTest {
  private static final Comparator<JsonNode> NUMERIC =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  @Test
  void spec_everyObjectSchema_hasAClass() {
    List<String> objectSchemas = new ArrayList<>();
    Spec.root()
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().has("properties")) {
                objectSchemas.add(e.getKey());
              }
            });
    assertThat(objectSchemas)
        .hasSize(26)
        .containsExactlyInAnyOrderElementsOf(Spec.SCHEMAS.keySet());
  }

  static Stream<Arguments> schemas() {
    return Spec.SCHEMAS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void sampleWithEveryField_decodesIntoModelledFields_andReencodesUnchanged(
      String schema, Class<?> type) throws Exception {
    ObjectNode sample = SpecSamples.sampleWithEveryField(schema);
    Object decoded = Resources.mapper().treeToValue(sample, type);
    JsonNode reencoded = Resources.mapper().valueToTree(decoded);

    assertThat(otherFields(decoded)).as("fields %s did not model", type.getSimpleName()).isEmpty();
    assertSameFields(sample, reencoded, schema);
  }

  static Stream<Arguments> examples() {
    List<Arguments> args = new ArrayList<>();
    for (Spec.Operation op : Spec.operations()) {
      Map.Entry<String, JsonNode> success = op.success();
      JsonNode content = success.getValue().path("content").path("application/json");
      JsonNode schemaNode = content.path("schema");
      content
          .path("examples")
          .fields()
          .forEachRemaining(
              ex -> {
                JsonNode value = ex.getValue().path("value");
                if (schemaNode.has("$ref")) {
                  String schema =
                      schemaNode.path("$ref").asText().replace("#/components/schemas/", "");
                  args.add(Arguments.of(op.id + "/" + ex.getKey(), schema, value));
                } else {
                  schemaNode
                      .path("properties")
                      .fields()
                      .forEachRemaining(
                          prop -> {
                            String ref = prop.getValue().path("items").path("$ref").asText();
                            if (!ref.isEmpty()) {
                              String schema = ref.replace("#/components/schemas/", "");
                              int i = 0;
                              for (JsonNode item : value.path(prop.getKey())) {
                                args.add(
                                    Arguments.of(
                                        op.id + "/" + ex.getKey() + "[" + i++ + "]", schema, item));
                              }
                            }
                          });
                }
              });
    }
    assertThat(args).hasSizeGreaterThan(50);
    return args.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void specExample_decodes_andReencodesWithoutLosingAField(
      String example, String schema, JsonNode value) throws Exception {
    Class<?> type = Spec.SCHEMAS.get(schema);
    Object decoded = Resources.mapper().treeToValue(value, type);
    JsonNode reencoded = Resources.mapper().valueToTree(decoded);
    assertSameFields(value, reencoded, example);
  }

  @Test
  void taskExample_decodesTypedValues() {
    JsonNode example =
        Spec.root()
            .at(
                "/paths/~1v1~1Workspaces~1{WorkspaceSid}~1Tasks~1{Sid}/get/responses/200/content/application~1json/examples/fetch/value");
    Task task = Resources.mapper().convertValue(example, Task.class);
    assertThat(task.sid().value()).isEqualTo(example.path("sid").asText());
    assertThat(task.assignmentStatus())
        .isEqualTo(TaskAssignmentStatus.of(example.path("assignment_status").asText()));
    assertThat(task.assignmentStatus().isKnown()).isTrue();
    assertThat(task.age()).isEqualTo(java.time.Duration.ofSeconds(example.path("age").asLong()));
    assertThat(task.dateCreated().get().toString())
        .isEqualTo(example.path("date_created").asText());
    assertThat(task.attributes()).isEqualTo(SpecSamples.parse(example.path("attributes").asText()));
    assertThat(task.links()).containsKey("reservations");
  }

  private static Map<String, JsonNode> otherFields(Object decoded) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> others =
        (Map<String, JsonNode>) decoded.getClass().getMethod("otherFields").invoke(decoded);
    return others;
  }

  static void assertSameFields(JsonNode original, JsonNode reencoded, String where) {
    Map<String, String> differences = new LinkedHashMap<>();
    compare(original, reencoded, "", differences);
    assertThat(differences).as(where).isEmpty();
  }

  /** Same values for every field of {@code original}; anything added is null or empty. */
  private static void compare(
      JsonNode original, JsonNode reencoded, String path, Map<String, String> differences) {
    if (original.isObject() && reencoded.isObject()) {
      original
          .fields()
          .forEachRemaining(
              f -> {
                JsonNode back = reencoded.get(f.getKey());
                if (back == null) {
                  differences.put(path + f.getKey(), f.getValue() + " was dropped");
                } else {
                  compare(f.getValue(), back, path + f.getKey() + ".", differences);
                }
              });
      reencoded
          .fields()
          .forEachRemaining(
              f -> {
                boolean empty =
                    f.getValue().isNull()
                        || (f.getValue().isContainerNode() && f.getValue().isEmpty());
                if (!original.has(f.getKey()) && !empty) {
                  differences.put(path + f.getKey(), "invented " + f.getValue());
                }
              });
    } else if (original.isArray() && reencoded.isArray() && original.size() == reencoded.size()) {
      for (int i = 0; i < original.size(); i++) {
        compare(original.get(i), reencoded.get(i), path + "[" + i + "].", differences);
      }
    } else if (!original.equals(NUMERIC, reencoded)) {
      differences.put(path, original + " became " + reencoded);
    }
  }
}
