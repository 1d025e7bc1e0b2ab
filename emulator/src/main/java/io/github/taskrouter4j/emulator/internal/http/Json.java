package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;

/**
 * The emulator's one configured mapper. It reads strictly, as Twilio does: text after the end of a
 * JSON value (a second value, or a stray close marker) is refused, not ignored.
 */
public final class Json {
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** The table size of a new object: room for 48 fields before it grows (the default is 12). */
  private static final int TABLE = 64;

  private Json() {}

  /**
   * An empty object with room for a whole resource's fields, so writing one does not grow and
   * rehash its table on the way, as the default size does twice for a task or a reservation.
   */
  public static ObjectNode object() {
    return new ObjectNode(MAPPER.getNodeFactory(), new LinkedHashMap<>(TABLE));
  }
}
