package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a task queue: `WQ` followed by 32 hexadecimal digits. */
public final class TaskQueueSid extends Sid {
  private static final Kind KIND = new Kind("WQ", "TaskQueueSid", "a task queue");

  private TaskQueueSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a TaskQueueSid.
   *
   * @param value the SID text, for example {@code WQ0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WQ} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static TaskQueueSid of(String value) {
    return new TaskQueueSid(value);
  }

  /** Makes a new random TaskQueueSid, as the emulator does when it creates a resource. */
  public static TaskQueueSid random() {
    return random(KIND, TaskQueueSid::new);
  }
}
