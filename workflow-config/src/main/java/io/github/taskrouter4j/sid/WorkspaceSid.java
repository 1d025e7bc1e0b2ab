package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a TaskRouter workspace: `WS` followed by 32 hexadecimal digits. */
public final class WorkspaceSid extends Sid {
  private static final Kind KIND = new Kind("WS", "WorkspaceSid", "a TaskRouter workspace");

  private WorkspaceSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a WorkspaceSid.
   *
   * @param value the SID text, for example {@code WS0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WS} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static WorkspaceSid of(String value) {
    return new WorkspaceSid(value);
  }

  /** Makes a new random WorkspaceSid, as the emulator does when it creates a resource. */
  public static WorkspaceSid random() {
    return random(KIND, WorkspaceSid::new);
  }
}
