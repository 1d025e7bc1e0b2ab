package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a task: `WT` followed by 32 hexadecimal digits. */
public final class TaskSid extends Sid {
  private static final Kind KIND = new Kind("WT", "TaskSid", "a task");

  private TaskSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a TaskSid.
   *
   * @param value the SID text, for example {@code WT0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WT} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static TaskSid of(String value) {
    return new TaskSid(value);
  }

  /** Makes a new random TaskSid, as the emulator does when it creates a resource. */
  public static TaskSid random() {
    return random(KIND, TaskSid::new);
  }
}
