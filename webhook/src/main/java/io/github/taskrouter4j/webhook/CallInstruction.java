package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Place a new outbound call to the worker that runs the TwiML at {@link #url()}. {@code from} and
 * {@code url} are required:
 *
 * <pre>{@code
 * Instruction.call(c -> c
 *     .from("+15550100")                                   // "from"
 *     .url(URI.create("https://example.com/agent.xml"))    // "url"
 *     .to("client:alice")                                  // "to": else the worker's contact_uri
 *     .acceptReservation(true)                                      // "accept": true
 *     .record(CallRecording.RECORD_FROM_ANSWER)            // "record"
 *     .timeout(Duration.ofSeconds(20))                     // "timeout": 20 (1..999)
 *     .statusCallbackUrl(URI.create("https://example.com/status")));
 * }</pre>
 *
 * <p>Through REST: {@code Instruction=call}, {@code CallFrom}, {@code CallTo}, {@code CallUrl},
 * {@code CallAccept}, {@code CallRecord}, {@code CallTimeout}, {@code CallStatusCallbackUrl}.
 */
@Value.Immutable
public abstract class CallInstruction extends Instruction implements RestInstruction {

  CallInstruction() {}

  /**
   * A builder with nothing set; {@code from} and {@code url} must be set before {@code build()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The caller ID of the call to the worker ({@code from}, required). */
  public abstract String from();

  /** The TwiML run when the worker answers ({@code url}, required). */
  public abstract URI url();

  /** The worker's contact URI ({@code to}); else the worker's {@code contact_uri} attribute. */
  public abstract Optional<String> to();

  /** Whether to accept the reservation too ({@code accept}; default {@code false}). */
  @Value.Default
  public boolean acceptReservation() {
    return false;
  }

  /** Whether to record ({@code record}). */
  public abstract Optional<CallRecording> record();

  /** How long to ring the worker ({@code timeout}, whole seconds, 1 to 999). */
  public abstract Optional<Duration> timeout();

  /** Where Twilio sends the completed-call status ({@code status_callback_url}). */
  public abstract Optional<URI> statusCallbackUrl();

  @Value.Check
  void check() {
    InstructionChecks.notBlank("CallInstruction.from", from());
    InstructionChecks.httpUrl("CallInstruction.url", url());
    to().ifPresent(t -> InstructionChecks.notBlank("CallInstruction.to", t));
    timeout().ifPresent(t -> InstructionChecks.timeout("CallInstruction.timeout", t, 999, ""));
    statusCallbackUrl()
        .ifPresent(u -> InstructionChecks.httpUrl("CallInstruction.statusCallbackUrl", u));
  }

  @Override
  public final String name() {
    return "call";
  }

  @Override
  final void writeFields(ObjectNode json) {
    json.put("from", from());
    to().ifPresent(v -> json.put("to", v));
    json.put("url", url().toString());
    if (acceptReservation()) {
      json.put("accept", true);
    }
    record().ifPresent(v -> json.put("record", v.wireValue()));
    timeout().ifPresent(v -> json.put("timeout", v.getSeconds()));
    statusCallbackUrl().ifPresent(v -> json.put("status_callback_url", v.toString()));
  }

  @Override
  public final Map<String, List<String>> toFormParameters() {
    FormWriter form =
        new FormWriter()
            .put("Instruction", name())
            .put("CallFrom", from())
            .put("CallTo", to())
            .put("CallUrl", url());
    if (acceptReservation()) {
      form.put("CallAccept", true);
    }
    return form.put("CallRecord", record())
        .put("CallTimeout", timeout().map(Duration::getSeconds))
        .put("CallStatusCallbackUrl", statusCallbackUrl())
        .build();
  }

  /** Builds a {@link CallInstruction}; {@link #build()} checks the documented ranges. */
  public static final class Builder extends ImmutableCallInstruction.Builder {
    Builder() {}
  }
}
