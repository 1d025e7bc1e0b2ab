package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A conference event a reservation's conference can report ({@code
 * UpdateReservationRequest.conferenceStatusCallbackEvent}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ConferenceEvent extends OpenValue {
  /** {@code start}. */
  public static final ConferenceEvent START = new ConferenceEvent("start");

  /** {@code end}. */
  public static final ConferenceEvent END = new ConferenceEvent("end");

  /** {@code join}. */
  public static final ConferenceEvent JOIN = new ConferenceEvent("join");

  /** {@code leave}. */
  public static final ConferenceEvent LEAVE = new ConferenceEvent("leave");

  /** {@code mute}. */
  public static final ConferenceEvent MUTE = new ConferenceEvent("mute");

  /** {@code hold}. */
  public static final ConferenceEvent HOLD = new ConferenceEvent("hold");

  /** {@code speaker}. */
  public static final ConferenceEvent SPEAKER = new ConferenceEvent("speaker");

  private static final Registry<ConferenceEvent> KNOWN =
      new Registry<>(
          "ConferenceEvent", ConferenceEvent::new, START, END, JOIN, LEAVE, MUTE, HOLD, SPEAKER);

  private ConferenceEvent(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ConferenceEvent of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ConferenceEvent> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<ConferenceEvent> registry() {
    return KNOWN;
  }
}
