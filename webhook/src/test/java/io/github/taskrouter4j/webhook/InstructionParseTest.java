package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InstructionParseTest {

  @Test
  void parse_emptyBodyOrEmptyObject_isDefer() {
    assertThat(Instruction.parse("")).isSameAs(Instruction.defer());
    assertThat(Instruction.parse("  {} ")).isSameAs(Instruction.defer());
  }

  @Test
  void parse_doubleEncodedJson_explainsTwilioError40001() {
    assertThatThrownBy(() -> Instruction.parse("\"{\\\"instruction\\\":\\\"accept\\\"}\""))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("encoded twice")
        .hasMessageContaining("40001");
  }

  @Test
  void parse_notJson_reportsLineAndColumn() {
    assertThatThrownBy(() -> Instruction.parse("{\"instruction\":accept}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("line 1, column");
  }

  @Test
  void parse_missingInstructionKey_explainsWarning40005() {
    assertThatThrownBy(
            () -> Instruction.parse("{\"activity_sid\":\"WA0123456789abcdef0123456789abcdef\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("no \"instruction\" key")
        .hasMessageContaining("40005");
  }

  @Test
  void parse_unknownInstruction_listsAllowedNames() {
    assertThatThrownBy(() -> Instruction.parse("{\"instruction\":\"acept\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining(
            "$.instruction must be one of [accept, reject, dequeue, call, redirect]")
        .hasMessageContaining("\"acept\"");
  }

  @Test
  void parse_conferenceInCallbackAnswer_saysRestOnly() {
    assertThatThrownBy(() -> Instruction.parse("{\"instruction\":\"conference\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("only given through the REST API");
  }

  @Test
  void parse_unknownKey_namesKeyAndAllowedOnes() {
    assertThatThrownBy(
            () -> Instruction.parse("{\"instruction\":\"dequeue\",\"post_work_activity\":\"x\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("$.post_work_activity is not a parameter of the dequeue instruction")
        .hasMessageContaining("post_work_activity_sid");
  }

  @Test
  void parse_wrongSidKind_namesKey() {
    assertThatThrownBy(
            () ->
                Instruction.parse(
                    "{\"instruction\":\"reject\",\"activity_sid\":\"WK0123456789abcdef0123456789abcdef\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("$.activity_sid")
        .hasMessageContaining("must start with 'WA'");
  }

  @Test
  void parse_numericStringsAndEventArray_areAccepted() {
    Instruction parsed =
        Instruction.parse(
            "{\"instruction\":\"dequeue\",\"timeout\":\"25\",\"status_callback_url\":\"https://example.com/s\","
                + "\"status_callback_events\":[\"ringing\",\"answered\"]}");

    assertThat(parsed).isInstanceOf(DequeueInstruction.class);
    DequeueInstruction dequeue = (DequeueInstruction) parsed;
    assertThat(dequeue.timeout()).contains(Duration.ofSeconds(25));
    assertThat(dequeue.statusCallbackEvents())
        .containsExactly(CallStatusEvent.RINGING, CallStatusEvent.ANSWERED);
  }

  @Test
  void parse_outOfRangeTimeout_isRejectedLikeTheBuilder() {
    assertThatThrownBy(
            () ->
                Instruction.parse(
                    "{\"instruction\":\"call\",\"from\":\"+1\",\"url\":\"https://e.com/x\",\"timeout\":0}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("CallInstruction.timeout must be between 1 and 999");
  }

  @Test
  void parse_redirectWithoutCallSid_saysRequired() {
    assertThatThrownBy(
            () -> Instruction.parse("{\"instruction\":\"redirect\",\"url\":\"https://e.com/x\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining("$.call_sid is required");
  }

  @Test
  void parse_unknownRecordValue_listsAllowed() {
    assertThatThrownBy(
            () -> Instruction.parse("{\"instruction\":\"dequeue\",\"record\":\"always\"}"))
        .isInstanceOf(InvalidInstructionException.class)
        .hasMessageContaining(
            "$.record must be \"record-from-answer\" or \"do-not-record\", was \"always\"");
  }
}
