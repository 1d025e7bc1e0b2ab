package io.github.taskrouter4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void prettyPrint_nestedDocument_usesTwoSpacesColonSpaceAndOneTrailingNewline() throws Exception {
    JsonNode tree =
        TaskRouterJson.readTree(
            "{\"a\":[1,{\"b\":true,\"c\":null}],\"d\":{},\"e\":[],\"f\":\"x\\\"y\"}");

    assertThat(CanonicalJson.prettyPrint(tree))
        .isEqualTo(
            "{\n"
                + "  \"a\": [\n"
                + "    1,\n"
                + "    {\n"
                + "      \"b\": true,\n"
                + "      \"c\": null\n"
                + "    }\n"
                + "  ],\n"
                + "  \"d\": {},\n"
                + "  \"e\": [],\n"
                + "  \"f\": \"x\\\"y\"\n"
                + "}\n");
  }

  @Test
  void prettyPrint_scalarsAndEmpties_printOnOneLine() throws Exception {
    assertThat(CanonicalJson.prettyPrint(TaskRouterJson.readTree("{}"))).isEqualTo("{}\n");
    assertThat(CanonicalJson.prettyPrint(TaskRouterJson.readTree("[]"))).isEqualTo("[]\n");
    assertThat(CanonicalJson.prettyPrint(TaskRouterJson.readTree("\"é\\u0001\"")))
        .isEqualTo("\"é\\u0001\"\n");
  }

  @Test
  void readTree_decimals_keepTheirDigitsOnOutput() throws Exception {
    JsonNode tree = TaskRouterJson.readTree("{\"a\":1.10,\"b\":1E+2,\"c\":12345678901234567890}");

    assertThat(TaskRouterJson.minify(tree))
        .isEqualTo("{\"a\":1.10,\"b\":1E+2,\"c\":12345678901234567890}");
  }

  @Test
  void minify_doubleNodes_useJdkIndependentDigits() {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("d", 2.0E23).put("f", 0.1);

    // Double.toString(2.0E23) is "1.9999999999999998E23" before JDK 19; Jackson's writer is not.
    assertThat(TaskRouterJson.minify(node)).isEqualTo("{\"d\":2.0E23,\"f\":0.1}");
  }

  @Test
  void readTree_duplicateKey_failsWithLocation() {
    assertThatThrownBy(() -> TaskRouterJson.readTree("{\"a\":1,\n\"a\":2}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'a'")
        .hasMessageContaining("line: 2");
  }

  @Test
  void readTree_trailingGarbage_fails() {
    assertThatThrownBy(() -> TaskRouterJson.readTree("{} {}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Trailing token");
  }
}
