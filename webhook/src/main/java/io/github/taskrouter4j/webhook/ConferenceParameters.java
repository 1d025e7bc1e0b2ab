package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.ActivitySid;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parameters of TaskRouter's {@code conference} instruction that have one meaning and one type
 * wherever they are sent, with the one definition of their limits: {@link ConferenceInstruction}
 * implements it, and so does the dsl's reservation update request, so both refuse the same values
 * with the same message.
 *
 * <pre>{@code
 * ConferenceParameters conference = ConferenceInstruction.builder()
 *     .timeout(Duration.ofSeconds(30))
 *     .maxParticipants(3)
 *     .build();                                   // checks with ConferenceParameters.check
 * }</pre>
 */
public interface ConferenceParameters {

  /** The longest {@code Timeout} Twilio accepts, in seconds (Twilio error 14233 above it). */
  long MAX_TIMEOUT_SECONDS = 999;

  /** The fewest participants {@code MaxParticipants} may allow. */
  int MIN_PARTICIPANTS = 2;

  /** The most participants {@code MaxParticipants} may allow. */
  int MAX_PARTICIPANTS = 250;

  /** {@code From}: the caller ID of the call to the worker. */
  Optional<String> from();

  /** {@code To}: the worker's contact URI; else its {@code contact_uri} attribute. */
  Optional<String> to();

  /** {@code Timeout}: how long to ring the worker, whole seconds from 1 to 999. */
  Optional<Duration> timeout();

  /** {@code StatusCallback}: where the worker call's progress is sent. */
  Optional<URI> statusCallback();

  /** {@code Record}: record the worker and their conferences. */
  Optional<Boolean> record();

  /** {@code Muted}: the worker joins muted. */
  Optional<Boolean> muted();

  /** {@code StartConferenceOnEnter}: the conference starts when the worker joins. */
  Optional<Boolean> startConferenceOnEnter();

  /** {@code EndConferenceOnExit}: end the conference when the worker leaves. */
  Optional<Boolean> endConferenceOnExit();

  /** {@code WaitUrl}: hold music while waiting for the conference to start. */
  Optional<URI> waitUrl();

  /** {@code EarlyMedia}: the worker hears ringing of the outbound call. */
  Optional<Boolean> earlyMedia();

  /** {@code MaxParticipants}: 2 to 250. */
  OptionalInt maxParticipants();

  /** {@code ConferenceStatusCallback}: where conference events are sent. */
  Optional<URI> conferenceStatusCallback();

  /** {@code RecordingStatusCallback}: called when the recording status changes. */
  Optional<URI> recordingStatusCallback();

  /** {@code ConferenceRecordingStatusCallback}: called when the conference recording is ready. */
  Optional<URI> conferenceRecordingStatusCallback();

  /**
   * {@code Region} where the audio is mixed: a Twilio region such as {@code us1}, {@code ie1},
   * {@code de1}, {@code au1}.
   */
  Optional<String> region();

  /** {@code SipAuthUsername}. */
  Optional<String> sipAuthUsername();

  /** {@code SipAuthPassword}; never shown by {@code toString()}. */
  @Value.Redacted
  Optional<String> sipAuthPassword();

  /** {@code PostWorkActivitySid}: the worker's activity after the conference. */
  Optional<ActivitySid> postWorkActivitySid();

  /** {@code EndConferenceOnCustomerExit}: end the conference when the customer leaves. */
  Optional<Boolean> endConferenceOnCustomerExit();

  /** {@code BeepOnCustomerEntrance}: beep when the customer joins. */
  Optional<Boolean> beepOnCustomerEntrance();

  /**
   * Checks the parameters against Twilio's documented limits: {@code from} and {@code to} not
   * blank, {@code timeout} whole seconds from 1 to {@value #MAX_TIMEOUT_SECONDS}, callback and wait
   * URLs absolute http or https, {@code maxParticipants} from {@value #MIN_PARTICIPANTS} to {@value
   * #MAX_PARTICIPANTS}, {@code region} like {@code us1}, and no SIP password without a user name.
   *
   * @param owner the type name that starts each message, e.g. {@code ConferenceInstruction}
   * @param parameters the values to check
   * @throws InvalidInstructionException naming the field, the rule and the bad value
   */
  static void check(String owner, ConferenceParameters parameters) {
    String type = owner + ".";
    parameters.from().ifPresent(v -> InstructionChecks.notBlank(type + "from", v));
    parameters.to().ifPresent(v -> InstructionChecks.notBlank(type + "to", v));
    parameters
        .timeout()
        .ifPresent(
            t ->
                InstructionChecks.timeout(
                    type + "timeout", t, MAX_TIMEOUT_SECONDS, " (Twilio error 14233)"));
    parameters
        .statusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "statusCallback", u));
    parameters.waitUrl().ifPresent(u -> InstructionChecks.httpUrl(type + "waitUrl", u));
    parameters
        .conferenceStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "conferenceStatusCallback", u));
    parameters
        .recordingStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "recordingStatusCallback", u));
    parameters
        .conferenceRecordingStatusCallback()
        .ifPresent(u -> InstructionChecks.httpUrl(type + "conferenceRecordingStatusCallback", u));
    OptionalInt participants = parameters.maxParticipants();
    if (participants.isPresent()
        && (participants.getAsInt() < MIN_PARTICIPANTS
            || participants.getAsInt() > MAX_PARTICIPANTS)) {
      throw new InvalidInstructionException(
          type
              + "maxParticipants must be between "
              + MIN_PARTICIPANTS
              + " and "
              + MAX_PARTICIPANTS
              + ", was "
              + participants.getAsInt());
    }
    parameters
        .region()
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
    if (parameters.sipAuthPassword().isPresent() && parameters.sipAuthUsername().isEmpty()) {
      throw new InvalidInstructionException(
          type + "sipAuthPassword is set without sipAuthUsername");
    }
  }
}
