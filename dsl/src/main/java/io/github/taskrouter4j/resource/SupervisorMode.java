package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a supervisor joins a conference ({@code UpdateReservationRequest.supervisorMode}).
 *
 * <p>Like an enum, with one difference: Twilio adds values over time, so a value this version does
 * not know still decodes ({@link #isKnown()} is {@code false}) and is written back unchanged.
 */
public final class SupervisorMode extends OpenValue {
  /** {@code monitor}. */
  public static final SupervisorMode MONITOR = new SupervisorMode("monitor");

  /** {@code whisper}. */
  public static final SupervisorMode WHISPER = new SupervisorMode("whisper");

  /** {@code barge}. */
  public static final SupervisorMode BARGE = new SupervisorMode("barge");

  private static final Registry<SupervisorMode> KNOWN =
      new Registry<>("SupervisorMode", SupervisorMode::new, MONITOR, WHISPER, BARGE);

  private SupervisorMode(String value) {
    super(value);
  }

  /**
   * The value for {@code value}: one of the constants if known, otherwise a new value that keeps
   * the text.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static SupervisorMode of(String value) {
    return KNOWN.of(value);
  }

  /** The constants this version knows, in Twilio's documented order. */
  public static List<SupervisorMode> knownValues() {
    return KNOWN.values();
  }

  @Override
  Registry<SupervisorMode> registry() {
    return KNOWN;
  }
}
