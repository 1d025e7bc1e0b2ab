package io.github.taskrouter4j.sid;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The SID of a workflow: `WW` followed by 32 hexadecimal digits. */
public final class WorkflowSid extends Sid {
  private static final Kind KIND = new Kind("WW", "WorkflowSid", "a workflow");

  private WorkflowSid(String value) {
    super(KIND, value);
  }

  /**
   * Parses and validates a WorkflowSid.
   *
   * @param value the SID text, for example {@code WW0123456789abcdef0123456789abcdef}
   * @return the typed SID
   * @throws InvalidSidException if the prefix is not {@code WW} or the rest is not 32 hex digits
   */
  @JsonCreator
  public static WorkflowSid of(String value) {
    return new WorkflowSid(value);
  }

  /** Makes a new random WorkflowSid, as the emulator does when it creates a resource. */
  public static WorkflowSid random() {
    return random(KIND, WorkflowSid::new);
  }
}
