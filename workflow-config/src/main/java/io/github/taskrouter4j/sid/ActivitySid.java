package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of an activity: `WA` followed by 32 hexadecimal digits. */
public final class ActivitySid extends Sid {
  private static final Kind KIND = new Kind("WA", "ActivitySid", "an activity");

  private ActivitySid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a ActivitySid.
   *
   * @param value the SID text, for example {@code WA0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WA} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static ActivitySid of(String value) {
    return new ActivitySid(value);
  }

  /** Makes a new random ActivitySid, as the emulator does when it creates a resource. */
  public static ActivitySid random() {
    return random(KIND, ActivitySid::new);
  }
}
