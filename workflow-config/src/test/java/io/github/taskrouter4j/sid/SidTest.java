package io.github.taskrouter4j.sid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SidTest {
  private static final String HEX = "0123456789abcdef0123456789ABCDEF";

  @Test
  void of_validQueueSid_keepsText() {
    TaskQueueSid sid = TaskQueueSid.of("WQ" + HEX);
    assertThat(sid.value()).isEqualTo("WQ" + HEX);
    assertThat(sid.prefix()).isEqualTo("WQ");
    assertThat(sid).hasToString("WQ" + HEX).isEqualTo(TaskQueueSid.of("WQ" + HEX));
  }

  @Test
  void of_wrongPrefix_namesExpectedPrefixAndActual() {
    assertThatThrownBy(() -> TaskQueueSid.of("WK" + HEX))
        .isInstanceOf(InvalidSidException.class)
        .hasMessageContaining("TaskQueueSid must start with 'WQ'")
        .hasMessageContaining("starts with 'WK'");
  }

  @Test
  void of_wrongLength_reportsLength() {
    assertThatThrownBy(() -> WorkerSid.of("WK123"))
        .isInstanceOf(InvalidSidException.class)
        .hasMessageContaining("34 characters")
        .hasMessageContaining("has 5 characters");
  }

  @Test
  void of_nonHexDigit_reportsPosition() {
    assertThatThrownBy(() -> WorkspaceSid.of("WS0123456789abcdef0123456789abcdeg"))
        .isInstanceOf(InvalidSidException.class)
        .hasMessageContaining("character 34 is 'g'");
  }

  @Test
  void of_null_namesType() {
    assertThatThrownBy(() -> TaskSid.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("TaskSid == null");
  }

  @Test
  void equals_differentKindsWithSameDigits_areNotEqual() {
    assertThat((Object) WorkerSid.of("WK" + HEX)).isNotEqualTo(TaskSid.of("WT" + HEX));
  }

  @Test
  void random_hasPrefixAndIsValid() {
    ReservationSid sid = ReservationSid.random();
    assertThat(sid.value()).startsWith("WR").hasSize(34);
    assertThat(ReservationSid.of(sid.value())).isEqualTo(sid);
    assertThat(ReservationSid.random()).isNotEqualTo(sid);
  }

  @Test
  void looksLikeSid_checksShapeOnly() {
    assertThat(Sid.looksLikeSid("XY" + HEX)).isTrue();
    assertThat(Sid.looksLikeSid("X1" + HEX)).isFalse();
    assertThat(Sid.looksLikeSid("XY" + HEX + "0")).isFalse();
    assertThat(Sid.looksLikeSid(null)).isFalse();
  }

  @Test
  void jackson_writesAndReadsBareText() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ActivitySid sid = ActivitySid.of("WA" + HEX);
    assertThat(mapper.writeValueAsString(sid)).isEqualTo("\"WA" + HEX + "\"");
    assertThat(mapper.readValue("\"WA" + HEX + "\"", ActivitySid.class)).isEqualTo(sid);
  }
}
