package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status of a Reservation ({@code reservation.reservationStatus()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ReservationStatus {
  /** {@code pending}. */
  public static final ReservationStatus PENDING = new ReservationStatus("pending");

  /** {@code accepted}. */
  public static final ReservationStatus ACCEPTED = new ReservationStatus("accepted");

  /** {@code rejected}. */
  public static final ReservationStatus REJECTED = new ReservationStatus("rejected");

  /** {@code timeout}. */
  public static final ReservationStatus TIMEOUT = new ReservationStatus("timeout");

  /** {@code canceled}. */
  public static final ReservationStatus CANCELED = new ReservationStatus("canceled");

  /** {@code rescinded}. */
  public static final ReservationStatus RESCINDED = new ReservationStatus("rescinded");

  /** {@code wrapping}. */
  public static final ReservationStatus WRAPPING = new ReservationStatus("wrapping");

  /** {@code completed}. */
  public static final ReservationStatus COMPLETED = new ReservationStatus("completed");

  private static final Map<String, ReservationStatus> KNOWN =
      index(PENDING, ACCEPTED, REJECTED, TIMEOUT, CANCELED, RESCINDED, WRAPPING, COMPLETED);

  private final String value;

  private ReservationStatus(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ReservationStatus of(String value) {
    Objects.requireNonNull(value, "ReservationStatus == null");
    ReservationStatus known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "ReservationStatus must be one of "
              + KNOWN.keySet()
              + " (or a newer value), but is blank");
    }
    return new ReservationStatus(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ReservationStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code pending}. */
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
    return other instanceof ReservationStatus && ((ReservationStatus) other).value.equals(value);
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

  private static Map<String, ReservationStatus> index(ReservationStatus... values) {
    Map<String, ReservationStatus> map = new LinkedHashMap<>();
    for (ReservationStatus v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
