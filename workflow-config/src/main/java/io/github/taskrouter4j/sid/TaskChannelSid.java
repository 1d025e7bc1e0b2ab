package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a task channel: `TC` followed by 32 hexadecimal digits. */
public final class TaskChannelSid extends Sid {
  private static final Kind KIND = new Kind("TC", "TaskChannelSid", "a task channel");

  private TaskChannelSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a TaskChannelSid.
   *
   * @param value the SID text, for example {@code TC0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code TC} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static TaskChannelSid of(String value) {
    return new TaskChannelSid(value);
  }

  /** Makes a new random TaskChannelSid, as the emulator does when it creates a resource. */
  public static TaskChannelSid random() {
    return random(KIND, TaskChannelSid::new);
  }
}
