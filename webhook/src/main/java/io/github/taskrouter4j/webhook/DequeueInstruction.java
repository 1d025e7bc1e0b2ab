package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Connect the caller waiting in TwiML {@code <Enqueue>} to the worker (only for tasks created by
 * {@code <Enqueue>}). Every parameter is optional:
 *
 * <pre>{@code
 * Instruction.dequeue(d -> d
 *     .from("+15550100")                          // "from": caller ID shown to the worker
 *     .to("client:alice")                         // "to": else the worker's contact_uri
 *     .postWorkActivitySid(wrapUp)                // "post_work_activity_sid"
 *     .record(CallRecording.RECORD_FROM_ANSWER)   // "record": "record-from-answer"
 *     .timeout(Duration.ofSeconds(30))            // "timeout": 30 (1..999, 600 for SIP)
 *     .statusCallbackUrl(URI.create("https://example.com/call-status"))
 *     .addStatusCallbackEvents(CallStatusEvent.ANSWERED, CallStatusEvent.COMPLETED));
 *     // "status_callback_events": "answered,completed"
 * }</pre>
 *
 * <p>Through REST the same values go as {@code Instruction=dequeue}, {@code DequeueFrom}, {@code
 * DequeueTo}, {@code DequeuePostWorkActivitySid}, {@code DequeueRecord}, {@code DequeueTimeout},
 * {@code DequeueStatusCallbackUrl} and repeated {@code DequeueStatusCallbackEvent}.
 */
@Value.Immutable
public abstract class DequeueInstruction extends Instruction implements RestInstruction {
  /** Twilio's maximum dequeue timeout in seconds. */
  static final long MAX_TIMEOUT_SECONDS = 999;

  /** Twilio's maximum dequeue timeout in seconds when calling a SIP URI. */
  static final long MAX_SIP_TIMEOUT_SECONDS = 600;

  DequeueInstruction() {}

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The caller ID shown to the worker ({@code from}); else the number the caller dialed. */
  public abstract Optional<String> from();

  /**
   * The worker's contact URI ({@code to}): a phone number, {@code client:…} or {@code sip:…}; else
   * the worker's {@code contact_uri} attribute.
   */
  public abstract Optional<String> to();

  /** The activity the worker moves to when the call ends ({@code post_work_activity_sid}). */
  public abstract Optional<ActivitySid> postWorkActivitySid();

  /** Whether to record ({@code record}). */
  public abstract Optional<CallRecording> record();

  /** How long to ring the worker ({@code timeout}, whole seconds, 1 to 999; 600 for SIP). */
  public abstract Optional<Duration> timeout();

  /** Where Twilio sends call status ({@code status_callback_url}). */
  public abstract Optional<URI> statusCallbackUrl();

  /** Which call events go to {@link #statusCallbackUrl()} ({@code status_callback_events}). */
  @Value.NaturalOrder
  public abstract SortedSet<CallStatusEvent> statusCallbackEvents();

  @Value.Check
  void check() {
    from().ifPresent(f -> InstructionChecks.notBlank("DequeueInstruction.from", f));
    to().ifPresent(t -> InstructionChecks.notBlank("DequeueInstruction.to", t));
    statusCallbackUrl()
        .ifPresent(u -> InstructionChecks.httpUrl("DequeueInstruction.statusCallbackUrl", u));
    boolean sip = to().map(t -> t.regionMatches(true, 0, "sip:", 0, 4)).orElse(false);
    timeout()
        .ifPresent(
            t ->
                InstructionChecks.timeout(
                    "DequeueInstruction.timeout",
                    t,
                    sip ? MAX_SIP_TIMEOUT_SECONDS : MAX_TIMEOUT_SECONDS,
                    sip ? " when calling a SIP URI" : ""));
    if (!statusCallbackEvents().isEmpty() && statusCallbackUrl().isEmpty()) {
      throw new InvalidInstructionException(
          "DequeueInstruction.statusCallbackEvents "
              + statusCallbackEvents()
              + " needs a statusCallbackUrl to be sent to");
    }
  }

  @Override
  public final String name() {
    return "dequeue";
  }

  @Override
  final void writeFields(ObjectNode json) {
    from().ifPresent(v -> json.put("from", v));
    to().ifPresent(v -> json.put("to", v));
    postWorkActivitySid().ifPresent(v -> json.put("post_work_activity_sid", v.value()));
    record().ifPresent(v -> json.put("record", v.wireValue()));
    timeout().ifPresent(v -> json.put("timeout", v.getSeconds()));
    statusCallbackUrl().ifPresent(v -> json.put("status_callback_url", v.toString()));
    if (!statusCallbackEvents().isEmpty()) {
      json.put(
          "status_callback_events",
          statusCallbackEvents().stream()
              .map(CallStatusEvent::wireValue)
              .collect(Collectors.joining(",")));
    }
  }

  @Override
  public final Map<String, List<String>> toFormParameters() {
    return new FormWriter()
        .put("Instruction", name())
        .put("DequeueFrom", from())
        .put("DequeueTo", to())
        .put("DequeuePostWorkActivitySid", postWorkActivitySid())
        .put("DequeueRecord", record())
        .put("DequeueTimeout", timeout().map(Duration::getSeconds))
        .put("DequeueStatusCallbackUrl", statusCallbackUrl())
        .putAll("DequeueStatusCallbackEvent", statusCallbackEvents())
        .build();
  }

  /** Builds a {@link DequeueInstruction}; {@link #build()} checks the documented ranges. */
  public static final class Builder extends ImmutableDequeueInstruction.Builder {
    Builder() {}
  }
}
