package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A conference event a reservation's conference can report ({@code
 * UpdateReservationRequest.conferenceStatusCallbackEvent}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class ConferenceEvent {
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

  private static final Map<String, ConferenceEvent> KNOWN =
      index(START, END, JOIN, LEAVE, MUTE, HOLD, SPEAKER);

  private final String value;

  private ConferenceEvent(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ConferenceEvent of(String value) {
    Objects.requireNonNull(value, "ConferenceEvent == null");
    ConferenceEvent known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "ConferenceEvent must be one of " + KNOWN.keySet() + " (or a newer value), but is blank");
    }
    return new ConferenceEvent(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<ConferenceEvent> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code start}. */
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
    return other instanceof ConferenceEvent && ((ConferenceEvent) other).value.equals(value);
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

  private static Map<String, ConferenceEvent> index(ConferenceEvent... values) {
    Map<String, ConferenceEvent> map = new LinkedHashMap<>();
    for (ConferenceEvent v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
