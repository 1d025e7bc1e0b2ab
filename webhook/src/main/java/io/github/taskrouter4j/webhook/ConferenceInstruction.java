package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.webhook.ConferenceOptions.Beep;
import io.github.taskrouter4j.webhook.ConferenceOptions.Event;
import io.github.taskrouter4j.webhook.ConferenceOptions.JitterBufferSize;
import io.github.taskrouter4j.webhook.ConferenceOptions.Method;
import io.github.taskrouter4j.webhook.ConferenceOptions.Recording;
import io.github.taskrouter4j.webhook.ConferenceOptions.RecordingChannels;
import io.github.taskrouter4j.webhook.ConferenceOptions.Trim;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
public abstract class ConferenceInstruction implements RestInstruction {

  ConferenceInstruction() {}

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code From}: the caller ID of the call to the worker. */
  public abstract Optional<String> from();

  /** {@code To}: the worker's contact URI; else its {@code contact_uri} attribute. */
  public abstract Optional<String> to();

  /** {@code Timeout}: how long to ring the worker, whole seconds from 1 to 999. */
  public abstract Optional<Duration> timeout();

  /** {@code StatusCallback}: where the worker call's progress is sent. */
  public abstract Optional<URI> statusCallback();

  /** {@code StatusCallbackMethod}. */
  public abstract Optional<Method> statusCallbackMethod();

  /** {@code StatusCallbackEvent} (repeated). */
  @Value.NaturalOrder
  public abstract SortedSet<CallStatusEvent> statusCallbackEvents();

  /** {@code Record}: record the worker and their conferences. */
  public abstract Optional<Boolean> record();

  /** {@code Muted}: the worker joins muted. */
  public abstract Optional<Boolean> muted();

  /** {@code Beep}. */
  public abstract Optional<Beep> beep();

  /** {@code StartConferenceOnEnter}. */
  public abstract Optional<Boolean> startConferenceOnEnter();

  /** {@code EndConferenceOnExit}: end the conference when the worker leaves. */
  public abstract Optional<Boolean> endConferenceOnExit();

  /** {@code WaitUrl}: hold music while waiting for the conference to start. */
  public abstract Optional<URI> waitUrl();

  /** {@code WaitMethod}: use {@code GET} for a static audio file so Twilio can cache it. */
  public abstract Optional<Method> waitMethod();

  /** {@code EarlyMedia}: the worker hears ringing of the outbound call. */
  public abstract Optional<Boolean> earlyMedia();

  /** {@code MaxParticipants}: 2 to 250. */
  public abstract OptionalInt maxParticipants();

  /** {@code ConferenceStatusCallback}. */
  public abstract Optional<URI> conferenceStatusCallback();

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

  /** {@code RecordingStatusCallback}. */
  public abstract Optional<URI> recordingStatusCallback();

  /** {@code RecordingStatusCallbackMethod}. */
  public abstract Optional<Method> recordingStatusCallbackMethod();

  /** {@code ConferenceRecordingStatusCallback}. */
  public abstract Optional<URI> conferenceRecordingStatusCallback();

  /** {@code ConferenceRecordingStatusCallbackMethod}. */
  public abstract Optional<Method> conferenceRecordingStatusCallbackMethod();

  /**
   * {@code Region} where the audio is mixed: a Twilio region such as {@code us1}, {@code ie1},
   * {@code de1}, {@code au1}.
   */
  public abstract Optional<String> region();

  /** {@code SipAuthUsername}. */
  public abstract Optional<String> sipAuthUsername();

  /** {@code SipAuthPassword}; never shown by {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> sipAuthPassword();

  /** {@code PostWorkActivitySid}: the worker's activity after the conference. */
  public abstract Optional<ActivitySid> postWorkActivitySid();

  /** {@code EndConferenceOnCustomerExit}. */
  public abstract Optional<Boolean> endConferenceOnCustomerExit();

  /** {@code BeepOnCustomerEntrance}. */
  public abstract Optional<Boolean> beepOnCustomerEntrance();

  /** {@code JitterBufferSize}. */
  public abstract Optional<JitterBufferSize> jitterBufferSize();

  @Value.Check
  void check() {
    String type = "ConferenceInstruction.";
    from().ifPresent(v -> InstructionChecks.notBlank(type + "from", v));
    to().ifPresent(v -> InstructionChecks.notBlank(type + "to", v));
    timeout()
        .ifPresent(
            t -> InstructionChecks.timeout(type + "timeout", t, 999, " (Twilio error 14233)"));
    statusCallback().ifPresent(u -> InstructionChecks.httpUrl(type + "statusCallback", u));
    waitUrl().ifPresent(u -> InstructionChecks.httpUrl(type + "waitUrl", u));
    conferenceStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "conferenceStatusCallback", u));
    recordingStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "recordingStatusCallback", u));
    conferenceRecordingStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "conferenceRecordingStatusCallback", u));
    if (maxParticipants().isPresent()
        && (maxParticipants().getAsInt() < 2 || maxParticipants().getAsInt() > 250)) {
      throw new InvalidInstructionException(
          type + "maxParticipants must be between 2 and 250, was " + maxParticipants().getAsInt());
    }
    region()
        .ifPresent(
            r -> {
              if (!r.matches("[a-z]{2}[0-9]")) {
                throw new InvalidInstructionException(
                    type
                        + "region must be a Twilio region such as us1, ie1 or au1, was \""
                        + r
                        + "\"");
              }
            });
    if (sipAuthPassword().isPresent() && sipAuthUsername().isEmpty()) {
      throw new InvalidInstructionException(
          type + "sipAuthPassword is set without sipAuthUsername");
    }
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
        .put(
            "MaxParticipants",
            maxParticipants().isPresent()
                ? Optional.of(maxParticipants().getAsInt())
                : Optional.empty())
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
