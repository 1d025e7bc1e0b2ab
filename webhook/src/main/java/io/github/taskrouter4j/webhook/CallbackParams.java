package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.InvalidSidException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** Typed reads of callback form parameters, with errors naming the parameter. */
final class CallbackParams {
  private final String what;
  private final Map<String, String> values;

  private CallbackParams(String what, Map<String, String> values) {
    this.what = what;
    this.values = values;
  }

  /**
   * Wraps form parameters, keeping the first value of each name.
   *
   * @param what the callback kind for messages, e.g. {@code assignment callback}
   * @param form the parameters as posted
   */
  static CallbackParams of(String what, Map<String, List<String>> form) {
    Map<String, String> single = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            single.put(k, v.get(0));
          }
        });
    return new CallbackParams(what, Collections.unmodifiableMap(single));
  }

  /** The single-valued parameters, unmodifiable and in posted order. */
  Map<String, String> asMap() {
    return values;
  }

  /** Optional text. */
  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name)).filter(s -> !s.isEmpty());
  }

  /** Required text. */
  String required(String name) {
    return text(name)
        .orElseThrow(
            () ->
                new InvalidCallbackException(
                    what + " is missing the " + name + " parameter; received " + values.keySet()));
  }

  /** Required typed SID. */
  public <S> S sid(String name, Function<String, S> factory) {
    return parseSid(name, required(name), factory);
  }

  /** Optional typed SID. */
  public <S> Optional<S> optionalSid(String name, Function<String, S> factory) {
    return text(name).map(t -> parseSid(name, t, factory));
  }

  private <S> S parseSid(String name, String text, Function<String, S> factory) {
    try {
      return factory.apply(text);
    } catch (InvalidSidException e) {
      throw new InvalidCallbackException(what + " parameter " + name + ": " + e.getMessage());
    }
  }

  /** Optional JSON object; an absent parameter is empty, malformed JSON fails. */
  Optional<JsonNode> json(String name) {
    return text(name)
        .map(
            t -> {
              try {
                return WebhookJson.read(t);
              } catch (JsonProcessingException e) {
                throw new InvalidCallbackException(
                    what
                        + " parameter "
                        + name
                        + " is not valid JSON at column "
                        + e.getLocation().getColumnNr()
                        + ": "
                        + e.getOriginalMessage());
              }
            });
  }

  /** Optional integer. */
  OptionalLong integer(String name) {
    Optional<String> text = text(name);
    return text.isPresent()
        ? OptionalLong.of(parseInteger(name, text.get()))
        : OptionalLong.empty();
  }

  /** Optional integer that TaskRouter keeps in 32 bits (priorities, capacities). */
  OptionalInt int32(String name) {
    OptionalLong value = integer(name);
    return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
  }

  /** Optional duration in whole seconds. */
  Optional<Duration> seconds(String name) {
    return text(name).map(t -> Duration.ofSeconds(parseInteger(name, t)));
  }

  /** Optional duration in milliseconds. */
  Optional<Duration> millis(String name) {
    return text(name).map(t -> Duration.ofMillis(parseInteger(name, t)));
  }

  /** Optional instant in milliseconds since the epoch. */
  Optional<Instant> epochMillis(String name) {
    return text(name).map(t -> Instant.ofEpochMilli(parseInteger(name, t)));
  }

  private long parseInteger(String name, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidCallbackException(
          what + " parameter " + name + " must be an integer, was \"" + text + "\"");
    }
  }

  /** Optional boolean ({@code true}/{@code false}). */
  Optional<Boolean> bool(String name) {
    return text(name)
        .map(
            t -> {
              if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(t);
              }
              throw new InvalidCallbackException(
                  what + " parameter " + name + " must be true or false, was \"" + t + "\"");
            });
  }

  /**
   * An instant from epoch seconds, epoch milliseconds (13+ digits), ISO-8601 or RFC 1123 text.
   *
   * @param name the parameter
   * @return the instant, if the parameter is present
   */
  Optional<Instant> instant(String name) {
    return text(name).map(t -> parseInstant(name, t.trim()));
  }

  private Instant parseInstant(String name, String t) {
    if (t.matches("[0-9]{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(t));
    }
    if (t.matches("[0-9]{13,}")) {
      return Instant.ofEpochMilli(Long.parseLong(t));
    }
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException notIso) {
      try {
        return DateTimeFormatter.RFC_1123_DATE_TIME.parse(t, Instant::from);
      } catch (DateTimeParseException e) {
        throw new InvalidCallbackException(
            what
                + " parameter "
                + name
                + " must be epoch seconds, ISO-8601 or RFC 1123, was \""
                + t
                + "\"");
      }
    }
  }

  /**
   * Decodes an {@code application/x-www-form-urlencoded} body (UTF-8), keeping order and repeats.
   *
   * @param body the raw body
   * @return name to values
   */
  static Map<String, List<String>> decodeForm(String body) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return form;
  }

  /**
   * Encodes form parameters as an {@code application/x-www-form-urlencoded} body (UTF-8).
   *
   * @param form name to values
   * @return the body
   */
  static String encodeForm(Map<String, List<String>> form) {
    StringBuilder out = new StringBuilder();
    form.forEach(
        (name, values) ->
            values.forEach(
                v -> {
                  if (out.length() > 0) {
                    out.append('&');
                  }
                  out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                      .append('=')
                      .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }));
    return out.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCallbackException(
          "form body has a malformed percent escape in \""
              + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
              + "\"");
    }
  }
}
