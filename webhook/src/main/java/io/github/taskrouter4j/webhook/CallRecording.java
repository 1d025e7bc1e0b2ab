package io.github.taskrouter4j.webhook;

import java.util.Arrays;
import java.util.Optional;

/** Whether the call a dequeue or call instruction places is recorded ({@code record}). */
public enum CallRecording {
  /** {@code record-from-answer}: record both legs from when the worker answers. */
  RECORD_FROM_ANSWER("record-from-answer"),
  /** {@code do-not-record}: Twilio's default. */
  DO_NOT_RECORD("do-not-record");

  private final String wireValue;

  CallRecording(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The text TaskRouter uses, for example {@code record-from-answer}. */
  public String wireValue() {
    return wireValue;
  }

  /** Returns {@link #wireValue()}. */
  @Override
  public String toString() {
    return wireValue;
  }

  /**
   * Finds the constant for TaskRouter's text.
   *
   * @param text for example {@code do-not-record}
   * @return the constant, or empty if the text is not one TaskRouter documents
   */
  public static Optional<CallRecording> fromWireValue(String text) {
    return Arrays.stream(values()).filter(v -> v.wireValue.equals(text)).findFirst();
  }
}
