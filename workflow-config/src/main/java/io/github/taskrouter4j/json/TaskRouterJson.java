package io.github.taskrouter4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The shared, pre-configured Jackson mappers of taskrouter4j. Never create an {@code ObjectMapper}
 * at a call site; take the one for your purpose from here.
 *
 * <p>The {@linkplain #mapper() document mapper} reads exactly what was written:
 *
 * <ul>
 *   <li>a key given twice in one object is an error, never a silently dropped value;
 *   <li>decimal numbers are kept as {@link java.math.BigDecimal} with their scale, so {@code 1.10}
 *       is written back as {@code 1.10};
 *   <li>doubles are written with Jackson's own (Schubfach) algorithm, which gives the same digits
 *       on every JDK;
 *   <li>object keys keep their document order.
 * </ul>
 *
 * <pre>{@code
 * JsonNode tree = TaskRouterJson.readTree("{\"task_routing\": {}}");
 * String wire = TaskRouterJson.minify(tree);          // {"task_routing":{}}
 * String pretty = CanonicalJson.prettyPrint(tree);    // 2-space indent, one trailing newline
 * }</pre>
 */
public final class TaskRouterJson {
  private static final JsonMapper MAPPER = newDocumentMapper();

  private TaskRouterJson() {}

  /**
   * The shared mapper for TaskRouter documents (workflow configurations, attributes): strict
   * duplicate detection, exact decimals, JDK-independent number output. Thread-safe; do not
   * reconfigure it (use {@code mapper().copy()} for variations).
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Parses JSON text into a tree with the {@linkplain #mapper() document mapper}.
   *
   * @param json the text
   * @return the tree
   * @throws JsonProcessingException with the line and column of a syntax error or duplicate key
   */
  public static JsonNode readTree(String json) throws JsonProcessingException {
    Objects.requireNonNull(json, "json == null");
    return MAPPER.readTree(json);
  }

  /**
   * Writes {@code node} without any whitespace: the form sent to Twilio, whose size limits count
   * whitespace.
   *
   * @param node the tree
   * @return the minified text
   */
  public static String minify(JsonNode node) {
    Objects.requireNonNull(node, "node == null");
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // A JsonNode tree always serialises; reaching here means a broken custom node.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Says where and why JSON text could not be read, in words meant for the person who wrote it and
   * never naming a Java class; append it to what was being read. A document nested deeper than the
   * parser allows, or with text after its end, is described as such.
   *
   * <pre>{@code
   * try {
   *   TaskRouterJson.readTree("{\"a\":1} {\"b\":2}");
   * } catch (JsonProcessingException e) {
   *   "attributes are not valid JSON" + TaskRouterJson.describe(e);
   *   // attributes are not valid JSON at line 1, column …: unexpected content after the JSON value
   * }
   * }</pre>
   *
   * @param e what Jackson threw
   * @return {@code " at line L, column C: reason"}, or {@code ": reason"} when the parser does not
   *     know the location
   */
  public static String describe(JsonProcessingException e) {
    Objects.requireNonNull(e, "e == null");
    String described = JsonInput.describe(e);
    return described.startsWith("line ") ? " at " + described : ": " + described;
  }

  private static JsonMapper newDocumentMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();
    return JsonMapper.builder(factory)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .build();
  }
}
