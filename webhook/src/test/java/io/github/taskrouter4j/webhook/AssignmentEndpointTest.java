package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Servlet-agnostic core, driven with {@link WebhookRequest}s directly. */
class AssignmentEndpointTest {
  static final String TOKEN = "core-token";

  static WebhookRequest signedRequest(
      String seenUrl, String signedUrl, Map<String, List<String>> headers) {
    AssignmentCallback callback = AssignmentCallback.fromForm(AssignmentCallbackTest.form());
    String signature = TwilioSignature.compute(TOKEN, signedUrl, callback.toFormParameters());
    Map<String, List<String>> all = new HashMap<>(headers);
    all.put("x-twilio-signature", List.of(signature));
    all.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    return WebhookRequest.of(
        "POST", seenUrl, all, callback.toFormBody().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void forwardedHeaders_rebuildThePublicUrl_whenTrusted() {
    WebhookRequest request =
        signedRequest(
            "http://10.0.0.5:8080/assign?a=1",
            "https://app.example.com/assign?a=1",
            Map.of(
                "X-Forwarded-Proto",
                List.of("https"),
                "X-Forwarded-Host",
                List.of("app.example.com")));
    AssignmentEndpoint trusting =
        AssignmentEndpoint.builder()
            .authToken(TOKEN)
            .trustForwardedHeaders()
            .handler(c -> Instruction.accept())
            .build();
    AssignmentEndpoint ignoring =
        AssignmentEndpoint.builder().authToken(TOKEN).handler(c -> Instruction.accept()).build();

    assertThat(trusting.handle(request).status()).isEqualTo(200);
    assertThat(ignoring.handle(request).status()).isEqualTo(403);
  }

  @Test
  void publicBaseUrl_keepsPathAndQuery() {
    WebhookRequest request =
        signedRequest(
            "http://127.0.0.1:9000/cb/assign?t=2",
            "https://app.example.com/cb/assign?t=2",
            Map.of());
    AssignmentEndpoint endpoint =
        AssignmentEndpoint.builder()
            .authToken(TOKEN)
            .publicBaseUrl(URI.create("https://app.example.com/"))
            .handler(c -> Instruction.defer())
            .build();

    WebhookResponse response = endpoint.handle(request);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{}");
    assertThat(response.contentType()).contains("application/json");
  }

  @Test
  void skipSignatureValidation_acceptsUnsignedRequests() {
    AssignmentEndpoint endpoint =
        AssignmentEndpoint.builder()
            .skipSignatureValidation()
            .handler(c -> Instruction.accept())
            .build();
    WebhookRequest unsigned =
        WebhookRequest.of(
            "POST",
            "http://localhost/assign",
            Map.of(),
            AssignmentCallback.fromForm(AssignmentCallbackTest.form())
                .toFormBody()
                .getBytes(StandardCharsets.UTF_8));

    assertThat(endpoint.handle(unsigned).body()).isEqualTo("{\"instruction\":\"accept\"}");
  }

  @Test
  void handlerReturningNull_is500SayingSo() {
    AssignmentEndpoint endpoint =
        AssignmentEndpoint.builder().authToken(TOKEN).handler(c -> null).build();

    WebhookResponse response =
        endpoint.handle(signedRequest("https://a.example/x", "https://a.example/x", Map.of()));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).contains("returned null");
  }

  @Test
  void bothValidatorAndSkip_isAConfigurationError() {
    assertThatThrownBy(
            () ->
                AssignmentEndpoint.builder()
                    .authToken(TOKEN)
                    .skipSignatureValidation()
                    .handler(c -> Instruction.accept())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("both a signature validator and skipSignatureValidation()");
  }

  @Test
  void errorResponse_outsideErrorRange_isRejected() {
    assertThatThrownBy(() -> WebhookResponse.error(200, "fine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error status must be 4xx or 5xx, was 200");
  }
}
