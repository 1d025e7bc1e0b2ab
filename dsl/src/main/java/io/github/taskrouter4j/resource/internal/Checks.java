package io.github.taskrouter4j.resource.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.Sid;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks a request makes of its own values when it is built, with messages that name the field, the
 * rule and the bad value, e.g. {@code CreateWorkerRequest.friendlyName must be at most 64
 * characters, but has 70: "…"}.
 */
public final class Checks {
  /** Twilio's limit on Task and Worker attributes: 4096 characters, whitespace included. */
  public static final int MAX_ATTRIBUTES_CHARS = 4096;

  /**
   * Twilio's limit on a workflow configuration, as its limits page prints it ("1038576 bytes"); the
   * smaller of that figure and 1 MiB, so nothing we accept is refused.
   */
  public static final int MAX_CONFIGURATION_BYTES = 1_038_576;

  private static final Instant YEAR_1900 = Instant.parse("1900-01-01T00:00:00Z");

  private Checks() {}

  /** Fails with {@code message} unless {@code condition}. */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** A friendly name: not blank, at most {@code max} characters. */
  public static void name(String field, String value, int max) {
    require(!value.isBlank(), field + " must not be blank");
    require(
        value.length() <= max,
        field
            + " must be at most "
            + max
            + " characters, but has "
            + value.length()
            + ": "
            + JsonText.excerpt(value));
  }

  /** Like {@link #name(String, String, int)} for an optional value. */
  public static void name(String field, Optional<String> value, int max) {
    value.ifPresent(v -> name(field, v, max));
  }

  /** Not blank when present. */
  public static void notBlank(String field, Optional<String> value) {
    value.ifPresent(v -> require(!v.isBlank(), field + " must not be blank when set"));
  }

  /** A JSON object in text, well-formed and within {@code maxChars}. */
  public static void jsonObject(String field, Optional<String> text, int maxChars) {
    if (text.isEmpty()) {
      return;
    }
    String json = text.get();
    requireObject(field, json);
    require(
        json.length() <= maxChars,
        field
            + " must be at most "
            + maxChars
            + " characters of JSON (Twilio's limit; whitespace counts, so send it minified), but has "
            + json.length());
  }

  /** An integer within {@code [min, max]} when present. */
  public static void range(String field, OptionalInt value, long min, long max) {
    value.ifPresent(
        v ->
            require(
                v >= min && v <= max,
                field + " must be between " + min + " and " + max + ", but is " + v));
  }

  /** A whole number of seconds within {@code [minSeconds, maxSeconds]} when present. */
  public static void seconds(
      String field, Optional<Duration> value, long minSeconds, long maxSeconds) {
    value.ifPresent(
        v -> {
          require(
              v.getNano() == 0,
              field + " must be whole seconds (Twilio counts seconds), but is " + v);
          require(
              v.getSeconds() >= minSeconds && v.getSeconds() <= maxSeconds,
              field
                  + " must be between "
                  + minSeconds
                  + " and "
                  + maxSeconds
                  + " seconds, but is "
                  + v.getSeconds()
                  + " ("
                  + v
                  + ")");
        });
  }

  /** A positive whole number of minutes when present (Twilio's {@code Minutes}). */
  public static void minutes(String field, Optional<Duration> value) {
    value.ifPresent(
        v ->
            require(
                !v.isNegative() && !v.isZero() && v.toSeconds() % 60 == 0,
                field
                    + " must be a positive whole number of minutes (sent as Minutes), but is "
                    + v));
  }

  /** Not before 1900 (Twilio refuses earlier virtual start times). */
  public static void notBefore1900(String field, Optional<Instant> value) {
    value.ifPresent(
        v -> require(!v.isBefore(YEAR_1900), field + " must not be before 1900, but is " + v));
  }

  /** {@code start} is before {@code end} when both are set. */
  public static void window(String owner, Optional<Instant> start, Optional<Instant> end) {
    if (start.isPresent() && end.isPresent()) {
      require(
          start.get().isBefore(end.get()),
          owner
              + ".startDate must be before endDate, but "
              + start.get()
              + " is not before "
              + end.get());
    }
  }

  /** The text is a SID of one of {@code prefixes}, e.g. a routing target. */
  public static void sidOf(String field, Optional<String> value, String what, String... prefixes) {
    value.ifPresent(
        v -> {
          boolean ok = Sid.looksLikeSid(v);
          if (ok) {
            ok = false;
            for (String p : prefixes) {
              ok |= v.startsWith(p);
            }
          }
          require(
              ok,
              field
                  + " must be the SID of "
                  + what
                  + " ("
                  + String.join("/", prefixes)
                  + " followed by 32 hexadecimal digits), but is "
                  + JsonText.excerpt(v));
        });
  }

  /**
   * Twilio's {@code Ordering}: comma-separated {@code Attribute:asc|desc} pairs, e.g. {@code
   * Priority:desc,DateCreated:asc}.
   */
  public static void ordering(String field, Optional<String> value) {
    value.ifPresent(
        v -> {
          for (String part : v.split(",", -1)) {
            String[] pair = part.trim().split(":", -1);
            require(
                pair.length == 2
                    && !pair[0].isBlank()
                    && (pair[1].equalsIgnoreCase("asc") || pair[1].equalsIgnoreCase("desc")),
                field
                    + " must be Attribute:asc or Attribute:desc pairs separated by commas, e.g."
                    + " Priority:desc,DateCreated:asc, but has \""
                    + part
                    + "\" in "
                    + JsonText.excerpt(v));
          }
        });
  }

  /** A workflow configuration: a JSON object within Twilio's size limit. */
  public static void configuration(String field, String json) {
    requireObject(field, json);
    int bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    require(
        bytes <= MAX_CONFIGURATION_BYTES,
        field
            + " must be at most "
            + MAX_CONFIGURATION_BYTES
            + " bytes (Twilio's limit; whitespace counts, so send it minified), but has "
            + bytes);
  }

  /** Like {@link #configuration(String, String)} for an optional value. */
  public static void configuration(String field, Optional<String> json) {
    json.ifPresent(j -> configuration(field, j));
  }

  /** Fails unless {@code json} parses as a JSON object. */
  private static void requireObject(String field, String json) {
    JsonNode node = JsonText.parse(json, field);
    require(
        node.isObject(),
        field
            + " must be a JSON object, but is "
            + node.getNodeType()
            + ": "
            + JsonText.excerpt(json));
  }
}
