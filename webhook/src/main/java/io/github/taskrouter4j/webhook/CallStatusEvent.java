package io.github.taskrouter4j.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A call progress event sent to a status callback URL ({@code status_callback_events}). */
public enum CallStatusEvent {
  /** {@code initiated}. */
  INITIATED,
  /** {@code ringing}. */
  RINGING,
  /** {@code answered}. */
  ANSWERED,
  /** {@code completed}. */
  COMPLETED;

  /** The text TaskRouter uses: the constant's name in lower case. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns {@link #wireValue()}. */
  @Override
  public String toString() {
    return wireValue();
  }

  /**
   * Finds the constant for TaskRouter's text.
   *
   * @param text for example {@code ringing}
   * @return the constant, or empty if the text is not a documented event
   */
  public static Optional<CallStatusEvent> fromWireValue(String text) {
    return Arrays.stream(values()).filter(v -> v.wireValue().equals(text)).findFirst();
  }
}
