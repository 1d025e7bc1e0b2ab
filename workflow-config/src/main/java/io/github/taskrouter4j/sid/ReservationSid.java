package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a reservation: `WR` followed by 32 hexadecimal digits. */
public final class ReservationSid extends Sid {
  private static final Kind KIND = new Kind("WR", "ReservationSid", "a reservation");

  private ReservationSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a ReservationSid.
   *
   * @param value the SID text, for example {@code WR0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WR} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static ReservationSid of(String value) {
    return new ReservationSid(value);
  }

  /** Makes a new random ReservationSid, as the emulator does when it creates a resource. */
  public static ReservationSid random() {
    return random(KIND, ReservationSid::new);
  }
}
