package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The order in which a TaskQueue hands out its Tasks (and which kind of queue a Workspace
 * prioritizes) ({@code queue.taskOrder()}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class TaskOrder extends OpenValue {
  /** {@code FIFO}. */
  public static final TaskOrder FIFO = new TaskOrder("FIFO");

  /** {@code LIFO}. */
  public static final TaskOrder LIFO = new TaskOrder("LIFO");

  private static final Registry<TaskOrder> KNOWN =
      new Registry<>("TaskOrder", TaskOrder::new, FIFO, LIFO);

  private TaskOrder(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static TaskOrder of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<TaskOrder> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<TaskOrder> registry() {
    return KNOWN;
  }
}
