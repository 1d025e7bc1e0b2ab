package io.github.taskrouter4j.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The JSON of the token package, with its one mapper: claim objects, and the base64url segments
 * (header, payload) a compact JWT carries them in.
 */
final class TokenJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private TokenJson() {}

  /** A fresh, empty object node. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * A JWT segment: {@code node} written minified, as UTF-8, base64url without padding.
   *
   * @param node the header or the claims
   * @return the segment
   */
  static String segment(ObjectNode node) {
    try {
      return ENCODER.encodeToString(
          MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a JWT segment back into its JSON object.
   *
   * @param segment the base64url text
   * @param what {@code header} or {@code payload}, for the message
   * @return the object
   * @throws InvalidTokenException if the segment is not base64url or not a JSON object
   */
  static JsonNode fromSegment(String segment, String what) {
    String text;
    try {
      text = new String(DECODER.decode(segment), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("the token's " + what + " is not base64url");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidTokenException(
          "the token's " + what + " is not JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw new InvalidTokenException("the token's " + what + " is not a JSON object");
    }
    return node;
  }
}
