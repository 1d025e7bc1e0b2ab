package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenValuesTest {
  private static final ObjectMapper MAPPER = Resources.mapper();

  static Stream<Arguments> types() {
    return Stream.of(
        type(
            CallStatus.class,
            CallStatus::of,
            CallStatus::knownValues,
            "[initiated, ringing, answered, completed]"),
        type(
            ConferenceEvent.class,
            ConferenceEvent::of,
            ConferenceEvent::knownValues,
            "[start, end, join, leave, mute, hold, speaker]"),
        type(
            ReservationInstruction.class,
            ReservationInstruction::of,
            ReservationInstruction::knownValues,
            "[conference, dequeue, call, redirect, supervise]"),
        type(
            ReservationStatus.class,
            ReservationStatus::of,
            ReservationStatus::knownValues,
            "[pending, accepted, rejected, timeout, canceled, rescinded, wrapping, completed]"),
        type(
            SupervisorMode.class,
            SupervisorMode::of,
            SupervisorMode::knownValues,
            "[monitor, whisper, barge]"),
        type(
            TaskAssignmentStatus.class,
            TaskAssignmentStatus::of,
            TaskAssignmentStatus::knownValues,
            "[pending, reserved, assigned, canceled, completed, wrapping]"),
        type(TaskOrder.class, TaskOrder::of, TaskOrder::knownValues, "[FIFO, LIFO]"),
        type(
            WorkspaceTemplate.class,
            WorkspaceTemplate::of,
            WorkspaceTemplate::knownValues,
            "[NONE, FIFO]"));
  }

  private static <T> Arguments type(
      Class<T> type, Function<String, T> of, Supplier<List<T>> known, String texts) {
    return Arguments.of(type, of, known, texts);
  }

  @ParameterizedTest
  @MethodSource("types")
  void of_knownText_returnsTheConstant(
      Class<?> type, Function<String, Object> of, Supplier<List<Object>> known, String texts) {
    assertThat(known.get().toString()).isEqualTo(texts);
    for (Object constant : known.get()) {
      assertThat(of.apply(constant.toString())).isSameAs(constant);
      assertThat(((OpenValue) constant).isKnown()).isTrue();
      assertThat(((OpenValue) constant).value()).isEqualTo(constant.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void of_newerText_keepsTextAndIsUnknown(
      Class<?> type, Function<String, Object> of, Supplier<List<Object>> known, String texts)
      throws Exception {
    Object newer = of.apply("added-later");
    assertThat(newer).isInstanceOf(type).isEqualTo(of.apply("added-later"));
    assertThat(newer.hashCode()).isEqualTo(of.apply("added-later").hashCode());
    assertThat(newer.toString()).isEqualTo("added-later");
    assertThat(((OpenValue) newer).isKnown()).isFalse();
    assertThat(known.get()).doesNotContain(newer).hasSize(texts.split(",").length);
    assertThat(MAPPER.readValue("\"added-later\"", type)).isEqualTo(newer);
    assertThat(MAPPER.writeValueAsString(newer)).isEqualTo("\"added-later\"");
    Object first = known.get().get(0);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(first), type)).isSameAs(first);
  }

  @ParameterizedTest
  @MethodSource("types")
  void of_blankOrNull_isRefusedWithTheKnownValues(
      Class<?> type, Function<String, Object> of, Supplier<List<Object>> known, String texts) {
    String name = type.getSimpleName();
    assertThatThrownBy(() -> of.apply(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must be one of " + texts + " (or a newer value), but is blank");
    assertThatThrownBy(() -> of.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name + " == null");
  }

  @Test
  void equals_sameTextDifferentTypes_isFalse() {
    assertThat((Object) ReservationStatus.COMPLETED).isNotEqualTo(TaskAssignmentStatus.COMPLETED);
    assertThat((Object) CallStatus.COMPLETED).isNotEqualTo(ReservationStatus.COMPLETED);
    assertThat((Object) TaskOrder.FIFO).isNotEqualTo(WorkspaceTemplate.FIFO);
    assertThat((Object) TaskOrder.of("x")).isNotEqualTo(SupervisorMode.of("x")).isNotEqualTo("x");
  }
}
