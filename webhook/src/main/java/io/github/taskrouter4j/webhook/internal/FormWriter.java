package io.github.taskrouter4j.webhook.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds ordered form-parameter maps for reservation updates. Internal. */
public final class FormWriter {
  private final Map<String, List<String>> params = new LinkedHashMap<>();

  /**
   * Adds a single-valued parameter.
   *
   * @param name the PascalCase parameter name
   * @param value the value, written with {@code toString()}
   * @return this
   */
  public FormWriter put(String name, Object value) {
    params.put(name, Collections.singletonList(String.valueOf(value)));
    return this;
  }

  /**
   * Adds a parameter if the value is present.
   *
   * @param name the PascalCase parameter name
   * @param value the optional value
   * @return this
   */
  public FormWriter put(String name, Optional<?> value) {
    value.ifPresent(v -> put(name, v));
    return this;
  }

  /**
   * Adds a numeric parameter if the value is present.
   *
   * @param name the PascalCase parameter name
   * @param value the optional number
   * @return this
   */
  public FormWriter put(String name, OptionalInt value) {
    value.ifPresent(v -> put(name, v));
    return this;
  }

  /**
   * Adds a repeated parameter if there is at least one value.
   *
   * @param name the PascalCase parameter name
   * @param values the values, written with {@code toString()}
   * @return this
   */
  public FormWriter putAll(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      List<String> texts = new ArrayList<>(values.size());
      values.forEach(v -> texts.add(String.valueOf(v)));
      params.put(name, Collections.unmodifiableList(texts));
    }
    return this;
  }

  /** The parameters, unmodifiable and in insertion order. */
  public Map<String, List<String>> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
