package io.github.taskrouter4j.webhook;

import java.util.List;
import java.util.Map;

/**
 * An instruction that can be given through the REST API, by updating a pending Reservation ({@code
 * POST /v1/Workspaces/{WS}/Tasks/{WT}/Reservations/{WR}}), rather than in the answer to an
 * assignment callback.
 *
 * <p>{@link AcceptInstruction}, {@link RejectInstruction}, {@link DequeueInstruction}, {@link
 * CallInstruction} and {@link RedirectInstruction} work both ways; {@link ConferenceInstruction}
 * and {@link SuperviseInstruction} exist only here. The reservation update request merges {@link
 * #toFormParameters()} into its form:
 *
 * <pre>{@code
 * Instruction.reject(offline).toFormParameters()
 * // {ReservationStatus=[rejected], WorkerActivitySid=[WA…]}
 * }</pre>
 */
public interface RestInstruction {

  /** The instruction's name, as in {@code Instruction=conference}: {@code accept}, {@code call}… */
  String name();

  /**
   * The Reservation-update form parameters that carry this instruction, in Twilio's PascalCase
   * names and in a stable order; multi-valued parameters (such as {@code StatusCallbackEvent}) have
   * one list element per value.
   *
   * @return an unmodifiable, ordered map of parameter name to values
   */
  Map<String, List<String>> toFormParameters();
}
