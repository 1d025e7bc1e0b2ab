package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.ActivitySid;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InstructionTest {
  static final URI TWIML = URI.create("https://example.com/agent.xml");

  @Test
  void dequeue_timeoutAbove999_namesFieldAndRange() {
    assertThatThrownBy(() -> Instruction.dequeue(d -> d.timeout(Duration.ofSeconds(1000))))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("DequeueInstruction.timeout must be between 1 and 999 seconds")
        .hasMessageContaining("was 1000 s");
  }

  @Test
  void dequeue_sipTimeoutAbove600_isRejected() {
    assertThatThrownBy(
            () ->
                Instruction.dequeue(
                    d -> d.to("sip:alice@example.com").timeout(Duration.ofSeconds(601))))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("between 1 and 600 seconds when calling a SIP URI");
    assertThat(
            Instruction.dequeue(d -> d.to("+15550100").timeout(Duration.ofSeconds(601))).toJson())
        .contains("\"timeout\":601");
  }

  @Test
  void dequeue_fractionalTimeout_isRejected() {
    assertThatThrownBy(() -> Instruction.dequeue(d -> d.timeout(Duration.ofMillis(1500))))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("whole number of seconds")
        .hasMessageContaining("PT1.5S");
  }

  @Test
  void dequeue_eventsWithoutUrl_isRejected() {
    assertThatThrownBy(
            () -> Instruction.dequeue(d -> d.addStatusCallbackEvents(CallStatusEvent.RINGING)))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("statusCallbackEvents [ringing] needs a statusCallbackUrl");
  }

  @Test
  void call_missingUrl_failsAtBuild() {
    assertThatThrownBy(() -> CallInstruction.builder().from("+15550100").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("url");
  }

  @Test
  void call_relativeUrl_isRejected() {
    assertThatThrownBy(() -> Instruction.call("+15550100", URI.create("/agent.xml")))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("CallInstruction.url must be an absolute http or https URL")
        .hasMessageContaining("/agent.xml");
  }

  @Test
  void call_blankFrom_isRejected() {
    assertThatThrownBy(() -> Instruction.call(" ", TWIML))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("CallInstruction.from must not be blank");
  }

  @Test
  void conference_timeoutAbove999_citesTwilioError14233() {
    assertThatThrownBy(
            () -> ConferenceInstruction.builder().timeout(Duration.ofSeconds(1200)).build())
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining(
            "ConferenceInstruction.timeout must be between 1 and 999 seconds (Twilio error 14233)");
  }

  @Test
  void conference_maxParticipantsOutOfRange_isRejected() {
    assertThatThrownBy(() -> ConferenceInstruction.builder().maxParticipants(1).build())
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("maxParticipants must be between 2 and 250, was 1");
    assertThatThrownBy(() -> ConferenceInstruction.builder().maxParticipants(251).build())
        .hasMessageContaining("was 251");
  }

  @Test
  void conference_badRegion_isRejected() {
    assertThatThrownBy(() -> ConferenceInstruction.builder().region("Ireland").build())
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("region must be a Twilio region such as us1");
  }

  @Test
  void conference_toString_neverShowsSipPassword() {
    ConferenceInstruction conference = InstructionSnapshotTest.fullConference();

    assertThat(conference.toString()).doesNotContain("s3cret-sip").contains("agent");
    assertThat(conference.toFormParameters().get("SipAuthPassword")).containsExactly("s3cret-sip");
  }

  @Test
  void reject_withoutActivity_rendersOnlyTheInstruction() {
    assertThat(Instruction.reject().toJson()).isEqualTo("{\"instruction\":\"reject\"}");
    assertThat(Instruction.reject().toFormParameters()).containsOnlyKeys("ReservationStatus");
  }

  @Test
  void toJson_isAnObjectNotAnEscapedString() {
    String json = Instruction.reject(ActivitySid.of("WA0123456789abcdef0123456789abcdef")).toJson();

    assertThat(json).startsWith("{\"instruction\"").doesNotContain("\\\"");
    assertThat(Instruction.defer().toJson()).isEqualTo("{}");
  }
}
