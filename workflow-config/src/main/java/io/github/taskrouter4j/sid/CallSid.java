package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a voice call: `CA` followed by 32 hexadecimal digits. */
public final class CallSid extends Sid {
  private static final Kind KIND = new Kind("CA", "CallSid", "a voice call");

  private CallSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a CallSid.
   *
   * @param value the SID text, for example {@code CA0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code CA} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static CallSid of(String value) {
    return new CallSid(value);
  }

  /** Makes a new random CallSid, as the emulator does when it creates a resource. */
  public static CallSid random() {
    return random(KIND, CallSid::new);
  }
}
