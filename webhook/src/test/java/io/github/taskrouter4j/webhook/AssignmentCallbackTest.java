package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentCallbackTest {

  static Map<String, List<String>> form() {
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("Timestamp", List.of("1522302807"));
    form.put("AccountSid", List.of("AC" + "a".repeat(32)));
    form.put("WorkspaceSid", List.of("WS0373f9ac28020851e66c8f52fc6ff2bd"));
    form.put("WorkflowSid", List.of("WWa649336cf9549b6176be7611b7934139"));
    form.put("TaskQueueSid", List.of("WQba7b15b5da2835daf8840999ac359aa1"));
    form.put("WorkerSid", List.of("WKc50fcd98cdc674342b6248b6c178bb5e"));
    form.put(
        "WorkerAttributes",
        List.of("{\"skills\":[\"computers\"],\"contact_uri\":\"client:alice\"}"));
    form.put("TaskSid", List.of("WTa064deb11caffd9f2e54a1eb88536de2"));
    form.put("TaskAttributes", List.of("{\"skill\":\"general\",\"language\":\"english\"}"));
    form.put("TaskAge", List.of("42"));
    form.put("TaskPriority", List.of("5"));
    form.put("ReservationSid", List.of("WRa37d19e6b32d8f5809a4a6ff5209553b"));
    form.put("TaskChannelUniqueName", List.of("voice"));
    return form;
  }

  @Test
  void fromForm_realParameters_areTyped() {
    AssignmentCallback callback = AssignmentCallback.fromForm(form());

    assertThat(callback.workerSid()).isEqualTo(WorkerSid.of("WKc50fcd98cdc674342b6248b6c178bb5e"));
    assertThat(callback.taskAttributes().path("language").asText()).isEqualTo("english");
    assertThat(callback.workerAttributes().path("skills").get(0).asText()).isEqualTo("computers");
    assertThat(callback.taskAge()).isEqualTo(Duration.ofSeconds(42));
    assertThat(callback.taskPriority()).isEqualTo(5);
    assertThat(callback.timestamp()).contains(Instant.ofEpochSecond(1522302807));
    assertThat(callback.parameters()).containsEntry("TaskChannelUniqueName", "voice");
  }

  @Test
  void toFormParameters_roundTripsThroughTheParser() {
    AssignmentCallback callback = AssignmentCallback.fromForm(form());

    Map<String, List<String>> written = callback.toFormParameters();

    assertThat(written.keySet()).containsExactlyElementsOf(form().keySet());
    assertThat(AssignmentCallback.fromForm(written)).isEqualTo(callback);
  }

  @Test
  void toFormBody_decodesBackToTheSameCallback() {
    AssignmentCallback callback = AssignmentCallback.fromForm(form());

    assertThat(AssignmentCallback.fromFormBody(callback.toFormBody())).isEqualTo(callback);
  }

  @Test
  void fromForm_missingWorkerSid_namesParameter() {
    Map<String, List<String>> form = form();
    form.remove("WorkerSid");

    assertThatThrownBy(() -> AssignmentCallback.fromForm(form))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("assignment callback is missing the WorkerSid parameter");
  }

  @Test
  void fromForm_wrongSidKind_namesParameterAndPrefix() {
    Map<String, List<String>> form = form();
    form.put("TaskSid", List.of("WRa37d19e6b32d8f5809a4a6ff5209553b"));

    assertThatThrownBy(() -> AssignmentCallback.fromForm(form))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("parameter TaskSid")
        .hasMessageContaining("must start with 'WT'");
  }

  @Test
  void fromForm_malformedAttributes_reportsColumnNotContent() {
    Map<String, List<String>> form = form();
    form.put("TaskAttributes", List.of("{\"ssn\":\"123-45-6789\""));

    assertThatThrownBy(() -> AssignmentCallback.fromForm(form))
        .isInstanceOf(InvalidCallbackException.class)
        .hasMessageContaining("TaskAttributes is not valid JSON at column")
        .hasMessageNotContaining("123-45-6789");
  }

  @Test
  void fromFormBody_decodesUrlEncoding() {
    String body =
        "AccountSid=AC"
            + "a".repeat(32)
            + "&WorkspaceSid=WS0373f9ac28020851e66c8f52fc6ff2bd&WorkflowSid=WWa649336cf9549b6176be7611b7934139"
            + "&TaskQueueSid=WQba7b15b5da2835daf8840999ac359aa1&WorkerSid=WKc50fcd98cdc674342b6248b6c178bb5e"
            + "&TaskSid=WTa064deb11caffd9f2e54a1eb88536de2&ReservationSid=WRa37d19e6b32d8f5809a4a6ff5209553b"
            + "&TaskAttributes=%7B%22name%22%3A%22Ana+Mar%C3%ADa%22%7D";

    assertThat(AssignmentCallback.fromFormBody(body).taskAttributes().path("name").asText())
        .isEqualTo("Ana María");
  }
}
