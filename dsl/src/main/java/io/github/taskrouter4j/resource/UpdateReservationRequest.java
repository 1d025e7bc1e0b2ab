package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.webhook.ConferenceParameters;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that updates a Reservation (of a task or of a worker): immutable, checked when built,
 * rendered as Twilio's form parameters by {@link #toForm()}. The conference instruction's
 * parameters and their limits are those of {@link ConferenceParameters}, shared with the webhook's
 * {@code ConferenceInstruction}.
 *
 * <pre>{@code
 * UpdateReservationRequest request = UpdateReservationRequest.builder()
 *     .reservationStatus(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateReservationRequest implements ConferenceParameters {
  UpdateReservationRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UpdateReservationRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableUpdateReservationRequest.Builder {
    Builder() {}

    /** Accepts the reservation: {@code ReservationStatus=accepted}. */
    public Builder accept() {
      return reservationStatus(ReservationStatus.ACCEPTED);
    }

    /**
     * Rejects the reservation, leaving the worker in its activity: {@code
     * ReservationStatus=rejected}.
     */
    public Builder reject() {
      return reservationStatus(ReservationStatus.REJECTED);
    }

    /**
     * Rejects the reservation and moves the worker: {@code
     * ReservationStatus=rejected&WorkerActivitySid=WA…}.
     */
    public Builder reject(ActivitySid workerActivity) {
      return reservationStatus(ReservationStatus.REJECTED).workerActivitySid(workerActivity);
    }

    /** Completes the reservation: {@code ReservationStatus=completed}. */
    public Builder complete() {
      return reservationStatus(ReservationStatus.COMPLETED);
    }
  }

  /**
   * The new status: {@code accepted}, {@code rejected}, {@code wrapping} or {@code completed}. Sent
   * as {@code ReservationStatus}.
   */
  public abstract Optional<ReservationStatus> reservationStatus();

  /** The activity the worker moves to; only when rejecting. Sent as {@code WorkerActivitySid}. */
  public abstract Optional<ActivitySid> workerActivitySid();

  /**
   * The instruction to carry out instead of a plain status change: conference, dequeue, call,
   * redirect or supervise. Sent as {@code Instruction}.
   */
  public abstract Optional<ReservationInstruction> instruction();

  /**
   * Dequeue: the activity the worker moves to after the call. Sent as {@code
   * DequeuePostWorkActivitySid}.
   */
  public abstract Optional<ActivitySid> dequeuePostWorkActivitySid();

  /** Dequeue: the caller ID of the call to the worker. Sent as {@code DequeueFrom}. */
  public abstract Optional<String> dequeueFrom();

  /**
   * Dequeue: whether and which legs to record, e.g. {@code record-from-answer}. Sent as {@code
   * DequeueRecord}.
   */
  public abstract Optional<String> dequeueRecord();

  /** Dequeue: how long to ring the worker. Sent as {@code DequeueTimeout}. */
  public abstract Optional<Duration> dequeueTimeout();

  /** Dequeue: the worker's contact URI (client, SIP or E.164). Sent as {@code DequeueTo}. */
  public abstract Optional<String> dequeueTo();

  /** Dequeue: the URL called when the call completes. Sent as {@code DequeueStatusCallbackUrl}. */
  public abstract Optional<URI> dequeueStatusCallbackUrl();

  /**
   * Call: the caller ID of the outbound call (required for a call instruction). Sent as {@code
   * CallFrom}.
   */
  public abstract Optional<String> callFrom();

  /** Call: whether and which legs to record. Sent as {@code CallRecord}. */
  public abstract Optional<String> callRecord();

  /** Call: how long to ring the worker. Sent as {@code CallTimeout}. */
  public abstract Optional<Duration> callTimeout();

  /** Call: the worker's contact URI. Sent as {@code CallTo}. */
  public abstract Optional<String> callTo();

  /**
   * Call: the TwiML run when the worker answers (required for a call instruction). Sent as {@code
   * CallUrl}.
   */
  public abstract Optional<URI> callUrl();

  /** Call: the URL called when the call completes. Sent as {@code CallStatusCallbackUrl}. */
  public abstract Optional<URI> callStatusCallbackUrl();

  /** Call: whether to accept the reservation when the call is made. Sent as {@code CallAccept}. */
  public abstract Optional<Boolean> callAccept();

  /**
   * Redirect: the call parked in the queue (required for a redirect instruction). Sent as {@code
   * RedirectCallSid}.
   */
  public abstract Optional<CallSid> redirectCallSid();

  /** Redirect: whether to accept the reservation. Sent as {@code RedirectAccept}. */
  public abstract Optional<Boolean> redirectAccept();

  /**
   * Redirect: the TwiML URL to redirect the call to (required for a redirect instruction). Sent as
   * {@code RedirectUrl}.
   */
  public abstract Optional<URI> redirectUrl();

  /** The HTTP method for {@code StatusCallback}. Sent as {@code StatusCallbackMethod}. */
  public abstract Optional<CallbackMethod> statusCallbackMethod();

  /**
   * The call events sent to {@code StatusCallback} (repeated parameter). Sent as {@code
   * StatusCallbackEvent}.
   */
  public abstract List<CallStatus> statusCallbackEvent();

  /**
   * Conference: {@code true}, {@code false}, {@code onEnter} or {@code onExit}. Sent as {@code
   * Beep}.
   */
  public abstract Optional<String> beep();

  /** Conference: the HTTP method for {@code WaitUrl}. Sent as {@code WaitMethod}. */
  public abstract Optional<CallbackMethod> waitMethod();

  /**
   * Conference: the HTTP method for {@code ConferenceStatusCallback}. Sent as {@code
   * ConferenceStatusCallbackMethod}.
   */
  public abstract Optional<CallbackMethod> conferenceStatusCallbackMethod();

  /**
   * Conference: the events sent (repeated parameter). Sent as {@code
   * ConferenceStatusCallbackEvent}.
   */
  public abstract List<ConferenceEvent> conferenceStatusCallbackEvent();

  /**
   * Conference: {@code true}, {@code false}, {@code record-from-start} or {@code do-not-record}.
   * Sent as {@code ConferenceRecord}.
   */
  public abstract Optional<String> conferenceRecord();

  /** Conference: {@code trim-silence} or {@code do-not-trim}. Sent as {@code ConferenceTrim}. */
  public abstract Optional<String> conferenceTrim();

  /** Conference: {@code mono} or {@code dual}. Sent as {@code RecordingChannels}. */
  public abstract Optional<String> recordingChannels();

  /**
   * Conference: the HTTP method for {@code RecordingStatusCallback}. Sent as {@code
   * RecordingStatusCallbackMethod}.
   */
  public abstract Optional<CallbackMethod> recordingStatusCallbackMethod();

  /**
   * Conference: the HTTP method for {@code ConferenceRecordingStatusCallback}. Sent as {@code
   * ConferenceRecordingStatusCallbackMethod}.
   */
  public abstract Optional<CallbackMethod> conferenceRecordingStatusCallbackMethod();

  /**
   * Dequeue: the call events sent (repeated parameter). Sent as {@code DequeueStatusCallbackEvent}.
   */
  public abstract List<CallStatus> dequeueStatusCallbackEvent();

  /**
   * Supervise: monitor, whisper or barge (task reservations only). Sent as {@code SupervisorMode}.
   */
  public abstract Optional<SupervisorMode> supervisorMode();

  /**
   * Supervise: the supervisor's SID or contact URI (required for a supervise instruction; task
   * reservations only). Sent as {@code Supervisor}.
   */
  public abstract Optional<String> supervisor();

  /**
   * Conference: {@code small}, {@code medium}, {@code large} or {@code off}. Sent as {@code
   * JitterBufferSize}.
   */
  public abstract Optional<String> jitterBufferSize();

  /**
   * Update only if the reservation's ETag still is this value; else Twilio answers 412. Sent as the
   * header {@code If-Match}.
   */
  public abstract Optional<String> ifMatch();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("ReservationStatus", reservationStatus())
        .put("WorkerActivitySid", workerActivitySid())
        .put("Instruction", instruction())
        .put("DequeuePostWorkActivitySid", dequeuePostWorkActivitySid())
        .put("DequeueFrom", dequeueFrom())
        .put("DequeueRecord", dequeueRecord())
        .put("DequeueTimeout", dequeueTimeout())
        .put("DequeueTo", dequeueTo())
        .put("DequeueStatusCallbackUrl", dequeueStatusCallbackUrl())
        .put("CallFrom", callFrom())
        .put("CallRecord", callRecord())
        .put("CallTimeout", callTimeout())
        .put("CallTo", callTo())
        .put("CallUrl", callUrl())
        .put("CallStatusCallbackUrl", callStatusCallbackUrl())
        .put("CallAccept", callAccept())
        .put("RedirectCallSid", redirectCallSid())
        .put("RedirectAccept", redirectAccept())
        .put("RedirectUrl", redirectUrl())
        .put("To", to())
        .put("From", from())
        .put("StatusCallback", statusCallback())
        .put("StatusCallbackMethod", statusCallbackMethod())
        .putEach("StatusCallbackEvent", statusCallbackEvent())
        .put("Timeout", timeout())
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
        .putEach("ConferenceStatusCallbackEvent", conferenceStatusCallbackEvent())
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
        .putEach("DequeueStatusCallbackEvent", dequeueStatusCallbackEvent())
        .put("PostWorkActivitySid", postWorkActivitySid())
        .put("SupervisorMode", supervisorMode())
        .put("Supervisor", supervisor())
        .put("EndConferenceOnCustomerExit", endConferenceOnCustomerExit())
        .put("BeepOnCustomerEntrance", beepOnCustomerEntrance())
        .put("JitterBufferSize", jitterBufferSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.seconds("UpdateReservationRequest.dequeueTimeout", dequeueTimeout(), 1, 999);
    Checks.seconds("UpdateReservationRequest.callTimeout", callTimeout(), 1, 999);
    ConferenceParameters.check("UpdateReservationRequest", this);
    Checks.require(
        !(reservationStatus().isPresent() && instruction().isPresent()),
        "UpdateReservationRequest: set either reservationStatus or instruction, not both (an instruction such as call or conference accepts the reservation itself)");
    reservationStatus()
        .ifPresent(
            s ->
                Checks.require(
                    !s.isKnown()
                        || s.equals(ReservationStatus.ACCEPTED)
                        || s.equals(ReservationStatus.REJECTED)
                        || s.equals(ReservationStatus.WRAPPING)
                        || s.equals(ReservationStatus.COMPLETED),
                    "UpdateReservationRequest.reservationStatus can only be set to accepted, rejected, wrapping or completed (Twilio sets the others itself), but is "
                        + s));
    Checks.require(
        workerActivitySid().isEmpty()
            || reservationStatus().filter(ReservationStatus.REJECTED::equals).isPresent(),
        "UpdateReservationRequest.workerActivitySid is only used when rejecting (reservationStatus rejected), but reservationStatus is "
            + reservationStatus().map(Object::toString).orElse("not set"));
    ReservationChecks.instructionParameters(this);
  }
}
