package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.webhook.ConferenceOptions.Beep;
import io.github.taskrouter4j.webhook.ConferenceOptions.Event;
import io.github.taskrouter4j.webhook.ConferenceOptions.JitterBufferSize;
import io.github.taskrouter4j.webhook.ConferenceOptions.Method;
import io.github.taskrouter4j.webhook.ConferenceOptions.Recording;
import io.github.taskrouter4j.webhook.ConferenceOptions.RecordingChannels;
import io.github.taskrouter4j.webhook.ConferenceOptions.Trim;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Put the caller and the worker in a conference ({@code Instruction=conference}), given only
 * through the REST API by updating a pending Reservation of a task created by TwiML {@code
 * <Enqueue>}. All parameters are optional and keep Twilio's defaults when unset:
 *
 * <pre>{@code
 * ConferenceInstruction.builder()
 *     .from("+15550100")                              // From
 *     .postWorkActivitySid(wrapUp)                    // PostWorkActivitySid
 *     .timeout(Duration.ofSeconds(30))                // Timeout=30 (1..999, error 14233)
 *     .endConferenceOnCustomerExit(true)              // EndConferenceOnCustomerExit=true
 *     .conferenceStatusCallback(URI.create("https://example.com/conf"))
 *     .addConferenceStatusCallbackEvents(Event.JOIN, Event.LEAVE)   // repeated, "join", "leave"
 *     .build()
 *     .toFormParameters();
 * }</pre>
 *
 * <p>{@code toString()} never shows {@link #sipAuthPassword()}.
 */
@Value.Immutable
public abstract class ConferenceInstruction implements RestInstruction, ConferenceParameters {

  ConferenceInstruction() {}

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code StatusCallbackMethod}. */
  public abstract Optional<Method> statusCallbackMethod();

  /** {@code StatusCallbackEvent} (repeated). */
  @Value.NaturalOrder
  public abstract SortedSet<CallStatusEvent> statusCallbackEvents();

  /** {@code Beep}. */
  public abstract Optional<Beep> beep();

  /** {@code WaitMethod}: use {@code GET} for a static audio file so Twilio can cache it. */
  public abstract Optional<Method> waitMethod();

  /** {@code ConferenceStatusCallbackMethod}. */
  public abstract Optional<Method> conferenceStatusCallbackMethod();

  /** {@code ConferenceStatusCallbackEvent} (repeated). */
  @Value.NaturalOrder
  public abstract SortedSet<Event> conferenceStatusCallbackEvents();

  /** {@code ConferenceRecord}. */
  public abstract Optional<Recording> conferenceRecord();

  /** {@code ConferenceTrim}. */
  public abstract Optional<Trim> conferenceTrim();

  /** {@code RecordingChannels}. */
  public abstract Optional<RecordingChannels> recordingChannels();

  /** {@code RecordingStatusCallbackMethod}. */
  public abstract Optional<Method> recordingStatusCallbackMethod();

  /** {@code ConferenceRecordingStatusCallbackMethod}. */
  public abstract Optional<Method> conferenceRecordingStatusCallbackMethod();

  /** {@code JitterBufferSize}. */
  public abstract Optional<JitterBufferSize> jitterBufferSize();

  @Value.Check
  void check() {
    ConferenceParameters.check("ConferenceInstruction", this);
  }

  /** {@code conference}. */
  @Override
  public final String name() {
    return "conference";
  }

  @Override
  public final Map<String, List<String>> toFormParameters() {
    return new FormWriter()
        .put("Instruction", name())
        .put("From", from())
        .put("To", to())
        .put("Timeout", timeout().map(Duration::getSeconds))
        .put("StatusCallback", statusCallback())
        .put("StatusCallbackMethod", statusCallbackMethod())
        .putAll("StatusCallbackEvent", statusCallbackEvents())
        .put("Record", record())
        .put("Muted", muted())
        .put("Beep", beep())
        .put("StartConferenceOnEnter", startConferenceOnEnter())
        .put("EndConferenceOnExit", endConferenceOnExit())
        .put("WaitUrl", waitUrl())
        .put("WaitMethod", waitMethod())
        .put("EarlyMedia", earlyMedia())
        .put("MaxParticipants", maxParticipants())
        .put("ConferenceStatusCallback", conferenceStatusCallback())
        .put("ConferenceStatusCallbackMethod", conferenceStatusCallbackMethod())
        .putAll("ConferenceStatusCallbackEvent", conferenceStatusCallbackEvents())
        .put("ConferenceRecord", conferenceRecord())
        .put("ConferenceTrim", conferenceTrim())
        .put("RecordingChannels", recordingChannels())
        .put("RecordingStatusCallback", recordingStatusCallback())
        .put("RecordingStatusCallbackMethod", recordingStatusCallbackMethod())
        .put("ConferenceRecordingStatusCallback", conferenceRecordingStatusCallback())
        .put("ConferenceRecordingStatusCallbackMethod", conferenceRecordingStatusCallbackMethod())
        .put("Region", region())
        .put("SipAuthUsername", sipAuthUsername())
        .put("SipAuthPassword", sipAuthPassword())
        .put("PostWorkActivitySid", postWorkActivitySid())
        .put("EndConferenceOnCustomerExit", endConferenceOnCustomerExit())
        .put("BeepOnCustomerEntrance", beepOnCustomerEntrance())
        .put("JitterBufferSize", jitterBufferSize())
        .build();
  }

  /** Builds a {@link ConferenceInstruction}; {@link #build()} checks the documented ranges. */
  public static final class Builder extends ImmutableConferenceInstruction.Builder {
    Builder() {}
  }
}
