package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A call progress event a reservation's call can report ({@code
 * UpdateReservationRequest.statusCallbackEvent}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class CallStatus {
  /** {@code initiated}. */
  public static final CallStatus INITIATED = new CallStatus("initiated");

  /** {@code ringing}. */
  public static final CallStatus RINGING = new CallStatus("ringing");

  /** {@code answered}. */
  public static final CallStatus ANSWERED = new CallStatus("answered");

  /** {@code completed}. */
  public static final CallStatus COMPLETED = new CallStatus("completed");

  private static final Map<String, CallStatus> KNOWN =
      index(INITIATED, RINGING, ANSWERED, COMPLETED);

  private final String value;

  private CallStatus(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static CallStatus of(String value) {
    Objects.requireNonNull(value, "CallStatus == null");
    CallStatus known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "CallStatus must be one of " + KNOWN.keySet() + " (or a newer value), but is blank");
    }
    return new CallStatus(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<CallStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code initiated}. */
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
    return other instanceof CallStatus && ((CallStatus) other).value.equals(value);
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

  private static Map<String, CallStatus> index(CallStatus... values) {
    Map<String, CallStatus> map = new LinkedHashMap<>();
    for (CallStatus v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
