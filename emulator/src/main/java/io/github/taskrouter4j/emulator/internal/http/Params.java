package io.github.taskrouter4j.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.InvalidSidException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Form or query parameters of one request, keeping repeated keys, with typed getters that answer
 * bad values with Twilio's 20001 error naming the parameter, the value and what is allowed.
 */
public final class Params {
  static final int MAX_ATTRIBUTES_LENGTH = 4096;

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  static Params empty() {
    return new Params(Collections.emptyMap());
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text (also a query string); a bad
   * percent-encoding is refused naming the parameter, the sequence and its position.
   */
  static Params parse(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), "a parameter name");
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "parameter '" + name + "'");
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Params(values);
  }

  private static String decode(String text, String where) {
    try {
      return Percent.decode(text, true, where);
    } catch (ApiError e) {
      throw ApiError.invalid("Malformed form encoding: " + e.getMessage());
    }
  }

  Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, Collections.emptyList());
  }

  public Optional<String> string(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  public String required(String name) {
    return string(name)
        .filter(s -> !s.isEmpty())
        .orElseThrow(
            () -> ApiError.invalid("Missing required parameter " + name + " in the post body"));
  }

  /** An integer between {@code min} and {@code max}; empty when the parameter is absent. */
  public OptionalInt integer(String name, long min, long max) {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    long value;
    try {
      value = Long.parseLong(text.get().trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalid(name + " must be an integer, was '" + text.get() + "'");
    }
    if (value < min || value > max) {
      throw ApiError.invalid(name + " must be between " + min + " and " + max + ", was " + value);
    }
    return OptionalInt.of((int) value);
  }

  public Optional<Boolean> bool(String name) {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
        return Optional.of(true);
      case "false":
      case "0":
      case "no":
        return Optional.of(false);
      default:
        throw ApiError.invalid(name + " must be true or false, was '" + text.get() + "'");
    }
  }

  public Optional<Instant> instant(String name) {
    return string(name)
        .map(
            text -> {
              try {
                return Instant.parse(text);
              } catch (DateTimeParseException e) {
                throw ApiError.invalid(
                    name
                        + " must be an ISO 8601 date-time like 2024-01-31T12:00:00Z, was '"
                        + text
                        + "'");
              }
            });
  }

  <S> Optional<S> sid(String name, Function<String, S> factory) {
    return string(name)
        .map(
            text -> {
              try {
                return factory.apply(text);
              } catch (InvalidSidException e) {
                throw ApiError.invalid("Invalid " + name + ": " + e.getMessage());
              }
            });
  }

  public <E extends Enum<E>> Optional<String> oneOf(String name, String... allowed) {
    Optional<String> text = string(name);
    if (text.isEmpty()) {
      return text;
    }
    for (String candidate : allowed) {
      if (candidate.equalsIgnoreCase(text.get())) {
        return Optional.of(candidate);
      }
    }
    throw ApiError.invalid(
        name + " must be one of " + String.join(", ", allowed) + ", was '" + text.get() + "'");
  }

  /**
   * A JSON attributes document: must be a JSON object of at most 4096 characters. Returns the text
   * as given (TaskRouter echoes it unchanged) together with its parsed form.
   */
  public Optional<Attributes> attributes(String name) {
    return string(name).map(text -> Attributes.parse(name, text));
  }

  /** A parsed JSON attributes document with the text it came from. */
  public static final class Attributes {
    public final String text;
    public final JsonNode node;

    private Attributes(String text, JsonNode node) {
      this.text = text;
      this.node = node;
    }

    public static Attributes empty() {
      return new Attributes("{}", Json.MAPPER.createObjectNode());
    }

    public static Attributes parse(String name, String text) {
      if (text.length() > MAX_ATTRIBUTES_LENGTH) {
        throw ApiError.invalid(
            name
                + " is too long: "
                + text.length()
                + " characters, TaskRouter allows at most "
                + MAX_ATTRIBUTES_LENGTH);
      }
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        throw ApiError.invalid(name + " is not valid JSON" + TaskRouterJson.describe(e));
      }
      if (node == null || !node.isObject()) {
        throw ApiError.invalid(name + " must be a JSON object, was '" + abbreviate(text) + "'");
      }
      return new Attributes(text, node);
    }
  }

  public static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
