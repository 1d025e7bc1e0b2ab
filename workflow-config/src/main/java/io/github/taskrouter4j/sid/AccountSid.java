package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a Twilio account: `AC` followed by 32 hexadecimal digits. */
public final class AccountSid extends Sid {
  private static final Kind KIND = new Kind("AC", "AccountSid", "a Twilio account");

  private AccountSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a AccountSid.
   *
   * @param value the SID text, for example {@code AC0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code AC} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static AccountSid of(String value) {
    return new AccountSid(value);
  }

  /** Makes a new random AccountSid, as the emulator does when it creates a resource. */
  public static AccountSid random() {
    return random(KIND, AccountSid::new);
  }
}
