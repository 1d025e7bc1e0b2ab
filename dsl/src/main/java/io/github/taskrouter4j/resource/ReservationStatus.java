package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The status of a Reservation ({@code reservation.reservationStatus()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ReservationStatus extends OpenValue {
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

  private static final Registry<ReservationStatus> KNOWN =
      new Registry<>(
          "ReservationStatus",
          ReservationStatus::new,
          PENDING,
          ACCEPTED,
          REJECTED,
          TIMEOUT,
          CANCELED,
          RESCINDED,
          WRAPPING,
          COMPLETED);

  private ReservationStatus(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ReservationStatus of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ReservationStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<ReservationStatus> registry() {
    return KNOWN;
  }
}
