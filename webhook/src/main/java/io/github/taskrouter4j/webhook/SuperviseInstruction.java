package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Add a supervisor to the worker's conference ({@code Instruction=supervise}), given only through
 * the REST API by updating the Reservation:
 *
 * <pre>{@code
 * SuperviseInstruction.of("client:supervisor", SuperviseInstruction.Mode.MONITOR).toFormParameters();
 * // {Instruction=[supervise], Supervisor=[client:supervisor], SupervisorMode=[monitor]}
 * }</pre>
 */
@Value.Immutable
public abstract class SuperviseInstruction implements RestInstruction {

  SuperviseInstruction() {}

  /**
   * Makes the instruction.
   *
   * @param supervisor the supervisor's worker SID or contact URI ({@code Supervisor})
   * @param mode how the supervisor joins ({@code SupervisorMode})
   */
  public static SuperviseInstruction of(String supervisor, Mode mode) {
    return ImmutableSuperviseInstruction.of(supervisor, mode);
  }

  /** {@code Supervisor}: the supervisor's worker SID or contact URI. */
  @Value.Parameter
  public abstract String supervisor();

  /** {@code SupervisorMode}. */
  @Value.Parameter
  public abstract Mode mode();

  @Value.Check
  void check() {
    InstructionChecks.notBlank("SuperviseInstruction.supervisor", supervisor());
  }

  /** {@code supervise}. */
  @Override
  public final String name() {
    return "supervise";
  }

  @Override
  public final Map<String, List<String>> toFormParameters() {
    return new FormWriter()
        .put("Instruction", name())
        .put("Supervisor", supervisor())
        .put("SupervisorMode", mode())
        .build();
  }

  /** How the supervisor joins the conference. */
  public enum Mode {
    /** {@code monitor}: listen only. */
    MONITOR,
    /** {@code whisper}: speak to the worker only. */
    WHISPER,
    /** {@code barge}: speak to everyone. */
    BARGE;

    /** Returns Twilio's text, for example {@code whisper}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
