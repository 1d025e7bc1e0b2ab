package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assignment status of a Task ({@code task.assignmentStatus()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class TaskAssignmentStatus {
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

  private static final Map<String, TaskAssignmentStatus> KNOWN =
      index(PENDING, RESERVED, ASSIGNED, CANCELED, COMPLETED, WRAPPING);

  private final String value;

  private TaskAssignmentStatus(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static TaskAssignmentStatus of(String value) {
    Objects.requireNonNull(value, "TaskAssignmentStatus == null");
    TaskAssignmentStatus known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "TaskAssignmentStatus must be one of "
              + KNOWN.keySet()
              + " (or a newer value), but is blank");
    }
    return new TaskAssignmentStatus(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<TaskAssignmentStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code pending}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Whether this is one of the constants rather than a value Twilio added later. */
  public boolean isKnown() {
    return KNOWN.get(value) == this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaskAssignmentStatus
        && ((TaskAssignmentStatus) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The wire text. */
  @Override
  public String toString() {
    return value;
  }

  private static Map<String, TaskAssignmentStatus> index(TaskAssignmentStatus... values) {
    Map<String, TaskAssignmentStatus> map = new LinkedHashMap<>();
    for (TaskAssignmentStatus v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
