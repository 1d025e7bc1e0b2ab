package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a worker channel: `WC` followed by 32 hexadecimal digits. */
public final class WorkerChannelSid extends Sid {
  private static final Kind KIND = new Kind("WC", "WorkerChannelSid", "a worker channel");

  private WorkerChannelSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a WorkerChannelSid.
   *
   * @param value the SID text, for example {@code WC0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WC} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static WorkerChannelSid of(String value) {
    return new WorkerChannelSid(value);
  }

  /** Makes a new random WorkerChannelSid, as the emulator does when it creates a resource. */
  public static WorkerChannelSid random() {
    return random(KIND, WorkerChannelSid::new);
  }
}
