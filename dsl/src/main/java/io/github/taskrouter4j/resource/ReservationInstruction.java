package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What TaskRouter does with a reservation it is told to accept ({@code
 * UpdateReservationRequest.instruction}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ReservationInstruction {
  /** {@code conference}. */
  public static final ReservationInstruction CONFERENCE = new ReservationInstruction("conference");

  /** {@code dequeue}. */
  public static final ReservationInstruction DEQUEUE = new ReservationInstruction("dequeue");

  /** {@code call}. */
  public static final ReservationInstruction CALL = new ReservationInstruction("call");

  /** {@code redirect}. */
  public static final ReservationInstruction REDIRECT = new ReservationInstruction("redirect");

  /** {@code supervise}. */
  public static final ReservationInstruction SUPERVISE = new ReservationInstruction("supervise");

  private static final Map<String, ReservationInstruction> KNOWN =
      index(CONFERENCE, DEQUEUE, CALL, REDIRECT, SUPERVISE);

  private final String value;

  private ReservationInstruction(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ReservationInstruction of(String value) {
    Objects.requireNonNull(value, "ReservationInstruction == null");
    ReservationInstruction known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "ReservationInstruction must be one of "
              + KNOWN.keySet()
              + " (or a newer value), but is blank");
    }
    return new ReservationInstruction(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ReservationInstruction> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code conference}. */
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
    return other instanceof ReservationInstruction
        && ((ReservationInstruction) other).value.equals(value);
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

  private static Map<String, ReservationInstruction> index(ReservationInstruction... values) {
    Map<String, ReservationInstruction> map = new LinkedHashMap<>();
    for (ReservationInstruction v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
