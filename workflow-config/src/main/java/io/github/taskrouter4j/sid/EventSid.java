package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of an event: `EV` followed by 32 hexadecimal digits. */
public final class EventSid extends Sid {
  private static final Kind KIND = new Kind("EV", "EventSid", "an event");

  private EventSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a EventSid.
   *
   * @param value the SID text, for example {@code EV0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code EV} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static EventSid of(String value) {
    return new EventSid(value);
  }

  /** Makes a new random EventSid, as the emulator does when it creates a resource. */
  public static EventSid random() {
    return random(KIND, EventSid::new);
  }
}
