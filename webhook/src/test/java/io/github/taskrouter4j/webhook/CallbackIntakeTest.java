package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both endpoints answer through the one shared intake, each naming its own kind of callback. */
class CallbackIntakeTest {

  private static WebhookRequest unsigned(String method, String body) {
    return WebhookRequest.of(
        method,
        "http://127.0.0.1:8080/cb",
        Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String eventBody() {
    return CallbackParams.encodeForm(TaskRouterEventTest.form(EventType.TASK_CREATED));
  }

  @Test
  void get_is405_namingTheKindOfCallback() {
    AssignmentEndpoint assignments =
        AssignmentEndpoint.builder()
            .skipSignatureValidation()
            .handler(c -> Instruction.accept())
            .build();
    EventEndpoint events =
        EventEndpoint.builder().skipSignatureValidation().handler(e -> {}).build();

    assertThat(assignments.handle(unsigned("GET", "")).body())
        .isEqualTo("assignment callbacks are POSTed; got GET\n");
    assertThat(events.handle(unsigned("GET", "")).body())
        .isEqualTo("event callbacks are POSTed; got GET\n");
  }

  @Test
  void throwingHandler_is500_withTheExceptionTypeOnly() {
    AssignmentEndpoint assignments =
        AssignmentEndpoint.builder()
            .skipSignatureValidation()
            .handler(
                c -> {
                  throw new IllegalStateException("secret detail");
                })
            .build();
    EventEndpoint events =
        EventEndpoint.builder()
            .skipSignatureValidation()
            .handler(
                e -> {
                  throw new IllegalStateException("secret detail");
                })
            .build();

    WebhookResponse assignment =
        assignments.handle(
            unsigned("POST", CallbackParams.encodeForm(AssignmentCallbackTest.form())));
    WebhookResponse event = events.handle(unsigned("POST", eventBody()));

    assertThat(assignment.status()).isEqualTo(500);
    assertThat(assignment.body()).isEqualTo("assignment handler failed: IllegalStateException\n");
    assertThat(event.status()).isEqualTo(500);
    assertThat(event.body()).isEqualTo("event handler failed: IllegalStateException\n");
  }

  @Test
  void unreadableCallback_is400_beforeTheHandlerRuns() {
    EventEndpoint events =
        EventEndpoint.builder()
            .skipSignatureValidation()
            .handler(
                e -> {
                  throw new AssertionError("the handler must not see an unreadable event");
                })
            .build();

    WebhookResponse response = events.handle(unsigned("POST", "EventType=task.created"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("AccountSid");
  }

  @Test
  void missingSignaturePolicy_failsTheBuildNamingTheEndpoint() {
    assertThatThrownBy(() -> EventEndpoint.builder().handler(e -> {}).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EventEndpoint needs a signatureValidator(..) or authToken(..)");
  }
}
