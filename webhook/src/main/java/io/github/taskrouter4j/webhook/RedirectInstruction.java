package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Redirect the call parked in the queue to new TwiML:
 *
 * <pre>{@code
 * Instruction.redirect(callSid, URI.create("https://example.com/agent.xml"), true);
 * // {"instruction":"redirect","call_sid":"CA…","url":"https://example.com/agent.xml","accept":true}
 * }</pre>
 *
 * <p>Through REST: {@code Instruction=redirect}, {@code RedirectCallSid}, {@code RedirectUrl},
 * {@code RedirectAccept}.
 */
@Value.Immutable
public abstract class RedirectInstruction extends Instruction implements RestInstruction {

  RedirectInstruction() {}

  /** A builder with nothing set; {@code callSid} and {@code url} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The call parked in the queue ({@code call_sid}). */
  public abstract CallSid callSid();

  /** The TwiML to redirect the call to ({@code url}). */
  public abstract URI url();

  /** Whether to accept the reservation too ({@code accept}; default {@code false}). */
  @Value.Default
  public boolean acceptReservation() {
    return false;
  }

  @Value.Check
  void check() {
    InstructionChecks.httpUrl("RedirectInstruction.url", url());
  }

  @Override
  public final String name() {
    return "redirect";
  }

  @Override
  final void writeFields(ObjectNode json) {
    json.put("call_sid", callSid().value());
    json.put("url", url().toString());
    if (acceptReservation()) {
      json.put("accept", true);
    }
  }

  @Override
  public final Map<String, List<String>> toFormParameters() {
    FormWriter form =
        new FormWriter()
            .put("Instruction", name())
            .put("RedirectCallSid", callSid())
            .put("RedirectUrl", url());
    if (acceptReservation()) {
      form.put("RedirectAccept", true);
    }
    return form.build();
  }

  /** Builds a {@link RedirectInstruction}. */
  public static final class Builder extends ImmutableRedirectInstruction.Builder {
    Builder() {}
  }
}
