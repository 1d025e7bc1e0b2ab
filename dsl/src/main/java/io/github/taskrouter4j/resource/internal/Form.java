package io.github.taskrouter4j.resource.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * Collects a request's parameters under Twilio's PascalCase names, in order, as text: instants in
 * ISO-8601 UTC, durations in whole seconds, booleans as {@code true}/{@code false}, SIDs, URIs and
 * tolerant enums as their text. Absent values are left out.
 */
public final class Form {
  private final Map<String, List<String>> params = new LinkedHashMap<>();

  /** Adds {@code name=value} when {@code value} is present. */
  public Form put(String name, Optional<?> value) {
    value.ifPresent(v -> add(name, text(v)));
    return this;
  }

  /** Adds {@code name=value} when the number {@code value} is present. */
  public Form put(String name, OptionalInt value) {
    value.ifPresent(v -> add(name, text(v)));
    return this;
  }

  /** Adds {@code name=value}. */
  public Form put(String name, Object value) {
    add(name, text(value));
    return this;
  }

  /** Adds {@code name=minutes} when present (Twilio's {@code Minutes} parameters). */
  public Form putMinutes(String name, Optional<Duration> value) {
    value.ifPresent(v -> add(name, Long.toString(v.toMinutes())));
    return this;
  }

  /** Adds one {@code name=value} per element (Twilio's repeated parameters). */
  public Form putEach(String name, Collection<?> values) {
    for (Object v : values) {
      add(name, text(v));
    }
    return this;
  }

  /** Adds {@code name=a,b,c} when there is at least one element. */
  public Form putJoined(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      StringJoiner joined = new StringJoiner(",");
      for (Object v : values) {
        joined.add(text(v));
      }
      add(name, joined.toString());
    }
    return this;
  }

  /** The parameters, in the order they were added; unmodifiable. */
  public Map<String, List<String>> build() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  private void add(String name, String value) {
    params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** The wire text of one value. */
  public static String text(Object value) {
    if (value instanceof Instant) {
      return IsoInstants.format((Instant) value);
    }
    if (value instanceof Duration) {
      return Long.toString(((Duration) value).getSeconds());
    }
    return String.valueOf(value);
  }
}
