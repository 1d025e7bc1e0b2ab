package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a worker: `WK` followed by 32 hexadecimal digits. */
public final class WorkerSid extends Sid {
  private static final Kind KIND = new Kind("WK", "WorkerSid", "a worker");

  private WorkerSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a WorkerSid.
   *
   * @param value the SID text, for example {@code WK0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WK} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static WorkerSid of(String value) {
    return new WorkerSid(value);
  }

  /** Makes a new random WorkerSid, as the emulator does when it creates a resource. */
  public static WorkerSid random() {
    return random(KIND, WorkerSid::new);
  }
}
