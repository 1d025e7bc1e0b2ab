package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order in which a TaskQueue hands out its Tasks (and which kind of queue a Workspace
 * prioritizes) ({@code queue.taskOrder()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class TaskOrder {
  /** {@code FIFO}. */
  public static final TaskOrder FIFO = new TaskOrder("FIFO");

  /** {@code LIFO}. */
  public static final TaskOrder LIFO = new TaskOrder("LIFO");

  private static final Map<String, TaskOrder> KNOWN = index(FIFO, LIFO);

  private final String value;

  private TaskOrder(String value) {
    this.value = value;
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static TaskOrder of(String value) {
    Objects.requireNonNull(value, "TaskOrder == null");
    TaskOrder known = KNOWN.get(value);
    if (known != null) {
      return known;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "TaskOrder must be one of " + KNOWN.keySet() + " (or a newer value), but is blank");
    }
    return new TaskOrder(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<TaskOrder> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  /** The wire text, e.g. {@code FIFO}. */
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
    return other instanceof TaskOrder && ((TaskOrder) other).value.equals(value);
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

  private static Map<String, TaskOrder> index(TaskOrder... values) {
    Map<String, TaskOrder> map = new LinkedHashMap<>();
    for (TaskOrder v : values) {
      map.put(v.value, v);
    }
    return Collections.unmodifiableMap(map);
  }
}
