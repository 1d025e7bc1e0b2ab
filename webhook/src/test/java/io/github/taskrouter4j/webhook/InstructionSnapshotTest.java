package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import io.github.taskrouter4j.webhook.ConferenceOptions.Beep;
import io.github.taskrouter4j.webhook.ConferenceOptions.Event;
import io.github.taskrouter4j.webhook.ConferenceOptions.JitterBufferSize;
import io.github.taskrouter4j.webhook.ConferenceOptions.Method;
import io.github.taskrouter4j.webhook.ConferenceOptions.Recording;
import io.github.taskrouter4j.webhook.ConferenceOptions.RecordingChannels;
import io.github.taskrouter4j.webhook.ConferenceOptions.Trim;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InstructionSnapshotTest {
  static final ActivitySid WRAP_UP = ActivitySid.of("WA0123456789abcdef0123456789abcdef");
  static final CallSid CALL = CallSid.of("CA0123456789abcdef0123456789abcdef");
  static final URI TWIML = URI.create("https://example.com/agent.xml");
  static final URI STATUS = URI.create("https://example.com/status?leg=worker");
  static final DequeueInstruction FULL_DEQUEUE =
      Instruction.dequeue(
          d ->
              d.from("+15550100")
                  .to("client:alice")
                  .postWorkActivitySid(WRAP_UP)
                  .record(CallRecording.RECORD_FROM_ANSWER)
                  .timeout(Duration.ofSeconds(30))
                  .statusCallbackUrl(STATUS)
                  .addStatusCallbackEvents(CallStatusEvent.COMPLETED, CallStatusEvent.INITIATED));
  static final CallInstruction FULL_CALL =
      Instruction.call(
          c ->
              c.from("+15550100")
                  .to("+15550199")
                  .url(TWIML)
                  .acceptReservation(true)
                  .record(CallRecording.DO_NOT_RECORD)
                  .timeout(Duration.ofSeconds(999))
                  .statusCallbackUrl(STATUS));

  static Stream<Arguments> instructions() {
    return Stream.of(
        Arguments.of("accept", Instruction.accept()),
        Arguments.of("reject", Instruction.reject()),
        Arguments.of("reject-activity", Instruction.reject(WRAP_UP)),
        Arguments.of("dequeue", Instruction.dequeue()),
        Arguments.of("dequeue-full", FULL_DEQUEUE),
        Arguments.of("call", Instruction.call("+15550100", TWIML)),
        Arguments.of("call-full", FULL_CALL),
        Arguments.of("redirect", Instruction.redirect(CALL, TWIML)),
        Arguments.of("redirect-accept", Instruction.redirect(CALL, TWIML, true)),
        Arguments.of("defer", Instruction.defer()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instructions")
  void toJson_everyInstruction_matchesSnapshotAndParsesBack(String name, Instruction instruction) {
    String json = instruction.toJson();

    String stored = WebhookSnapshots.assertMatches("instruction-" + name + ".json", json + "\n");

    assertThat(Instruction.parse(stored.trim()).toJson()).isEqualTo(json);
    assertThat(Instruction.parse(stored)).isEqualTo(instruction);
  }

  static Stream<Arguments> reservationInstructions() {
    return Stream.of(
        Arguments.of("accept", Instruction.accept()),
        Arguments.of("reject-activity", Instruction.reject(WRAP_UP)),
        Arguments.of("dequeue-full", FULL_DEQUEUE),
        Arguments.of("call-full", FULL_CALL),
        Arguments.of("redirect-accept", Instruction.redirect(CALL, TWIML, true)),
        Arguments.of("conference", ConferenceInstruction.builder().build()),
        Arguments.of("conference-full", fullConference()),
        Arguments.of(
            "supervise",
            SuperviseInstruction.of("client:supervisor", SuperviseInstruction.Mode.BARGE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reservationInstructions")
  void toFormParameters_everyReservationInstruction_matchesSnapshot(
      String name, RestInstruction instruction) {
    WebhookSnapshots.assertMatches(
        "reservation-" + name + ".form", render(instruction.toFormParameters()));
  }

  static ConferenceInstruction fullConference() {
    return ConferenceInstruction.builder()
        .from("+15550100")
        .to("client:alice")
        .timeout(Duration.ofSeconds(45))
        .statusCallback(STATUS)
        .statusCallbackMethod(Method.GET)
        .addStatusCallbackEvents(CallStatusEvent.RINGING, CallStatusEvent.ANSWERED)
        .record(true)
        .muted(false)
        .beep(Beep.ON_ENTER)
        .startConferenceOnEnter(true)
        .endConferenceOnExit(false)
        .waitUrl(URI.create("https://example.com/hold.mp3"))
        .waitMethod(Method.GET)
        .earlyMedia(true)
        .maxParticipants(10)
        .conferenceStatusCallback(URI.create("https://example.com/conference"))
        .conferenceStatusCallbackMethod(Method.POST)
        .addConferenceStatusCallbackEvents(Event.LEAVE, Event.JOIN, Event.START)
        .conferenceRecord(Recording.RECORD_FROM_START)
        .conferenceTrim(Trim.DO_NOT_TRIM)
        .recordingChannels(RecordingChannels.DUAL)
        .recordingStatusCallback(URI.create("https://example.com/recording"))
        .recordingStatusCallbackMethod(Method.POST)
        .conferenceRecordingStatusCallback(URI.create("https://example.com/conference-recording"))
        .conferenceRecordingStatusCallbackMethod(Method.GET)
        .region("ie1")
        .sipAuthUsername("agent")
        .sipAuthPassword("s3cret-sip")
        .postWorkActivitySid(WRAP_UP)
        .endConferenceOnCustomerExit(true)
        .beepOnCustomerEntrance(false)
        .jitterBufferSize(JitterBufferSize.MEDIUM)
        .build();
  }

  static String render(Map<String, List<String>> form) {
    return form.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
