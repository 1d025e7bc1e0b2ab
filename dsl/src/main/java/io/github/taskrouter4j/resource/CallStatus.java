package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A call progress event a reservation's call can report ({@code
 * UpdateReservationRequest.statusCallbackEvent}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class CallStatus extends OpenValue {
  /** {@code initiated}. */
  public static final CallStatus INITIATED = new CallStatus("initiated");

  /** {@code ringing}. */
  public static final CallStatus RINGING = new CallStatus("ringing");

  /** {@code answered}. */
  public static final CallStatus ANSWERED = new CallStatus("answered");

  /** {@code completed}. */
  public static final CallStatus COMPLETED = new CallStatus("completed");

  private static final Registry<CallStatus> KNOWN =
      new Registry<>("CallStatus", CallStatus::new, INITIATED, RINGING, ANSWERED, COMPLETED);

  private CallStatus(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static CallStatus of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<CallStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<CallStatus> registry() {
    return KNOWN;
  }
}
