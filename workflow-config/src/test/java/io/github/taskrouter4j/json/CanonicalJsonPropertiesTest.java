package io.github.taskrouter4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CanonicalJsonPropertiesTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  @Property(tries = 300)
  void prettyPrint_readBack_givesTheSameTree(@ForAll("trees") JsonNode tree) throws Exception {
    String pretty = CanonicalJson.prettyPrint(tree);

    assertThat(TaskRouterJson.readTree(pretty)).isEqualTo(tree);
    assertThat(pretty).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r", "\t", " :");
    assertThat(CanonicalJson.prettyPrint(TaskRouterJson.readTree(pretty))).isEqualTo(pretty);
  }

  @Property(tries = 300)
  void minify_readBack_givesTheSameTreeWithoutWhitespaceOutsideStrings(
      @ForAll("trees") JsonNode tree) throws Exception {
    String minified = TaskRouterJson.minify(tree);

    assertThat(TaskRouterJson.readTree(minified)).isEqualTo(tree);
    assertThat(minified).isEqualTo(TaskRouterJson.minify(TaskRouterJson.readTree(minified)));
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return Arbitraries.lazyOf(
        this::scalars, () -> arrays(), () -> objects(), this::scalars, this::scalars);
  }

  private Arbitrary<JsonNode> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8).map(NODES::textNode),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000"), new BigDecimal("1000"))
            .ofScale(3)
            .map(d -> (JsonNode) NODES.numberNode(d)),
        Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
        Arbitraries.just(NODES.nullNode()));
  }

  private Arbitrary<JsonNode> arrays() {
    return trees()
        .list()
        .ofMaxSize(3)
        .map(
            (List<JsonNode> items) -> {
              ArrayNode array = NODES.arrayNode();
              items.forEach(array::add);
              return array;
            });
  }

  private Arbitrary<JsonNode> objects() {
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), trees())
        .ofMaxSize(3)
        .map(
            map -> {
              ObjectNode object = NODES.objectNode();
              map.forEach(object::set);
              return object;
            });
  }
}
