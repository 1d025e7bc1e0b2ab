package io.github.taskrouter4j.webhook.hostile;

import static io.github.taskrouter4j.webhook.hostile.WebhookEndpointAttackTest.callback;
import static io.github.taskrouter4j.webhook.hostile.WebhookEndpointAttackTest.encode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.webhook.AssignmentEndpoint;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.webhook.SignatureCheck;
import io.github.taskrouter4j.webhook.SignatureValidator;
import io.github.taskrouter4j.webhook.TwilioSignature;
import io.github.taskrouter4j.webhook.WebhookRequest;
import io.github.taskrouter4j.webhook.WebhookResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile input handed to the endpoints and the validator directly, as a Servlet or any other
 * server would: every refusal is an answer, never an exception.
 */
class EndpointInputTest {
  static final String TOKEN = WebhookEndpointAttackTest.TOKEN;

  final AssignmentEndpoint endpoint =
      AssignmentEndpoint.builder()
          .authToken(TOKEN)
          .maxBodyBytes(4096)
          .handler(callback -> Instruction.accept())
          .build();

  static WebhookRequest post(String url, String body, Map<String, List<String>> headers) {
    return WebhookRequest.of("POST", url, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void malformedUrl_is400_notAnException() {
    WebhookResponse response =
        endpoint.handle(
            post(
                "http://exa mple.com/assignment",
                encode(callback()),
                Map.of(TwilioSignature.HEADER, List.of("c2lnbmVk"))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "the request URL is not a valid URL (Illegal character in authority at index 7):"
                + " \"http://exa mple.com/assignment\"\n");
  }

  @Test
  void malformedUrl_withValidationSkipped_isStill400() {
    AssignmentEndpoint open =
        AssignmentEndpoint.builder()
            .skipSignatureValidation()
            .handler(callback -> Instruction.accept())
            .build();

    WebhookResponse response = open.handle(post("http://h/%zz", encode(callback()), Map.of()));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).startsWith("the request URL is not a valid URL (Malformed escape");
  }

  @Test
  void checkJson_withMalformedUrl_isInvalid_notAnException() {
    SignatureCheck check =
        SignatureValidator.of(TOKEN)
            .checkJson("https://a b/cb?bodySHA256=00", new byte[0], Optional.of("c2lnbmVk"));

    assertThat(check.isValid()).isFalse();
    assertThat(check.explanation()).startsWith("the request URL is not a valid URL (");
  }

  @Test
  void check_withMalformedUrl_isInvalid() {
    SignatureCheck check =
        SignatureValidator.of(TOKEN).check("https://a b/cb", callback(), Optional.of("c2lnbmVk"));

    assertThat(check.isValid()).isFalse();
  }

  @Test
  void bodyOverTheConfiguredLimit_is413() {
    WebhookResponse response =
        endpoint.handle(
            post(
                "https://app.example.com/assignment",
                "a=" + "x".repeat(5000),
                Map.of(TwilioSignature.HEADER, List.of("c2lnbmVk"))));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("callback body exceeds the limit of 4096 bytes\n");
  }

  @Test
  void refuseBeforeBody_judgesMethodSignatureAndDeclaredLength() {
    Map<String, List<String>> signed = Map.of("x-twilio-signature", List.of("c2lnbmVk"));

    assertThat(endpoint.refuseBeforeBody("PUT", signed)).hasValueSatisfying(r -> status(r, 405));
    assertThat(endpoint.refuseBeforeBody("POST", Map.of())).hasValueSatisfying(r -> status(r, 403));
    assertThat(endpoint.refuseBeforeBody("POST", Map.of(TwilioSignature.HEADER, List.of(""))))
        .hasValueSatisfying(r -> status(r, 403));
    assertThat(endpoint.refuseBeforeBody("POST", withLength(signed, "4097")))
        .hasValueSatisfying(r -> status(r, 413));
    assertThat(endpoint.refuseBeforeBody("POST", withLength(signed, "9".repeat(40))))
        .hasValueSatisfying(r -> status(r, 413));
    assertThat(endpoint.refuseBeforeBody("POST", withLength(signed, "4096"))).isEmpty();
    // Not a number: the body is read, capped at the limit, and judged then.
    assertThat(endpoint.refuseBeforeBody("POST", withLength(signed, "-1"))).isEmpty();
    assertThat(endpoint.maxBodyBytes()).isEqualTo(4096);
  }

  @Test
  void forwardedHostWithSpaces_isRefusedAsUnsigned_notAnException() {
    AssignmentEndpoint behindProxy =
        AssignmentEndpoint.builder()
            .authToken(TOKEN)
            .trustForwardedHeaders()
            .handler(callback -> Instruction.accept())
            .build();

    WebhookResponse response =
        behindProxy.handle(
            post(
                "http://10.0.0.1/assignment",
                encode(callback()),
                Map.of(
                    TwilioSignature.HEADER,
                    List.of("c2lnbmVk"),
                    "X-Forwarded-Host",
                    List.of("evil host"))));

    assertThat(response.status()).isEqualTo(403);
  }

  private static void status(WebhookResponse response, int status) {
    assertThat(response.status()).isEqualTo(status);
  }

  private static Map<String, List<String>> withLength(
      Map<String, List<String>> headers, String length) {
    Map<String, List<String>> copy = new HashMap<>(headers);
    copy.put("Content-Length", List.of(length));
    return copy;
  }
}
