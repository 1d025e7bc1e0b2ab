package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Helpers for the unmodelled fields each level of a configuration keeps. */
final class Extras {
  private Extras() {}

  static void put(Map<String, JsonNode> extras, Set<String> modelled, String name, JsonNode value) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(value, "value == null");
    if (modelled.contains(name)) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is a modelled field; set it with its own builder method, not extra()");
    }
    extras.put(name, value.deepCopy());
  }

  /** An unmodifiable snapshot; values are private copies nobody else holds. */
  static Map<String, JsonNode> freeze(Map<String, JsonNode> extras) {
    return extras.isEmpty()
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /** Deep copies for callers, so the frozen values stay unchanged. */
  static Map<String, JsonNode> copy(Map<String, JsonNode> extras) {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    extras.forEach((name, value) -> copy.put(name, value.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }
}
