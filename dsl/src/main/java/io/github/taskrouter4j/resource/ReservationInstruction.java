package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * What TaskRouter does with a reservation it is told to accept ({@code
 * UpdateReservationRequest.instruction}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ReservationInstruction extends OpenValue {
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

  private static final Registry<ReservationInstruction> KNOWN =
      new Registry<>(
          "ReservationInstruction",
          ReservationInstruction::new,
          CONFERENCE,
          DEQUEUE,
          CALL,
          REDIRECT,
          SUPERVISE);

  private ReservationInstruction(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ReservationInstruction of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ReservationInstruction> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<ReservationInstruction> registry() {
    return KNOWN;
  }
}
