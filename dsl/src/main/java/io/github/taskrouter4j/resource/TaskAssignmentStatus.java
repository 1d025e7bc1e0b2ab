package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The assignment status of a Task ({@code task.assignmentStatus()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class TaskAssignmentStatus extends OpenValue {
  /** {@code pending}. */
  public static final TaskAssignmentStatus PENDING = new TaskAssignmentStatus("pending");

  /** {@code reserved}. */
  public static final TaskAssignmentStatus RESERVED = new TaskAssignmentStatus("reserved");

  /** {@code assigned}. */
  public static final TaskAssignmentStatus ASSIGNED = new TaskAssignmentStatus("assigned");

  /** {@code canceled}. */
  public static final TaskAssignmentStatus CANCELED = new TaskAssignmentStatus("canceled");

  /** {@code completed}. */
  public static final TaskAssignmentStatus COMPLETED = new TaskAssignmentStatus("completed");

  /** {@code wrapping}. */
  public static final TaskAssignmentStatus WRAPPING = new TaskAssignmentStatus("wrapping");

  private static final Registry<TaskAssignmentStatus> KNOWN =
      new Registry<>(
          "TaskAssignmentStatus",
          TaskAssignmentStatus::new,
          PENDING,
          RESERVED,
          ASSIGNED,
          CANCELED,
          COMPLETED,
          WRAPPING);

  private TaskAssignmentStatus(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static TaskAssignmentStatus of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<TaskAssignmentStatus> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<TaskAssignmentStatus> registry() {
    return KNOWN;
  }
}
