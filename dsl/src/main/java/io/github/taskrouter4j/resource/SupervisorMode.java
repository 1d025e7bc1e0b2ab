package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a supervisor joins a conference ({@code UpdateReservationRequest.supervisorMode}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class SupervisorMode {
  /** {@code monitor}. */
  public static final SupervisorMode MONITOR = new SupervisorMode("monitor");

  /** {@code whisper}. */
  public static final SupervisorMode WHISPER = new SupervisorMode("whisper");

  /** {@code barge}. */
  public static final SupervisorMode BARGE = new SupervisorMode("barge");

  private static final Map<String, SupervisorMode> KNOWN = index(MONITOR, WHISPER, BARGE);

  private final String value;

  private SupervisorMode(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static SupervisorMode of(String value) {
    Objects.requireNonNull(value, "SupervisorMode == null");
    SupervisorMode known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "SupervisorMode must be one of " + KNOWN.keySet() + " (or a newer value), but is blank");
    }
    return new SupervisorMode(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<SupervisorMode> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code monitor}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Whether this is one of the constants rather than a value Twilio added later. */
  public boolean isKnown() {
    return KNOWN.get(value) == this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupervisorMode && ((SupervisorMode) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The wire text. */
  @Override
  public String toString() {
    return value;
  }

  private static Map<String, SupervisorMode> index(SupervisorMode... values) {
    Map<String, SupervisorMode> map = new LinkedHashMap<>();
    for (SupervisorMode v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
