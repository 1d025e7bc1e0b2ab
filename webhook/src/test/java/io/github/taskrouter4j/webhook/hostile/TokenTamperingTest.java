package io.github.taskrouter4j.webhook.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.token.DecodedToken;
import io.github.taskrouter4j.token.InvalidTokenException;
import io.github.taskrouter4j.token.TokenDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Forged, altered and malformed tokens given to {@link TokenDecoder}: each is refused with an
 * {@link InvalidTokenException} saying what is wrong, never another exception or a class name.
 */
class TokenTamperingTest {
  static final String SECRET = "api-key-secret-for-hostile-tests";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  static final String CLAIMS =
      "{\"exp\":1767229200,\"grants\":{\"task_router\":{"
          + "\"workspace_sid\":\"WS0373f9ac28020851e66c8f52fc6ff2bd\","
          + "\"worker_sid\":\"WKc50fcd98cdc674342b6248b6c178bb5e\",\"role\":\"worker\"}}}";

  static String segment(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static String sign(String header, String claims, String secret) throws Exception {
    String input = segment(header) + "." + segment(claims);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signature = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
  }

  static void refused(String jwt, String message) {
    assertThatThrownBy(() -> TokenDecoder.decode(jwt, SECRET, CLOCK))
        .isExactlyInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(message)
        .satisfies(e -> WebhookEndpointAttackTest.assertNoClassNames(e.getMessage()));
  }

  @Test
  void genuineToken_decodes() throws Exception {
    DecodedToken token = TokenDecoder.decode(sign(HEADER, CLAIMS, SECRET), SECRET, CLOCK);

    assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(1767229200));
  }

  @Test
  void algNone_isRefused() throws Exception {
    String unsigned = segment("{\"alg\":\"none\"}") + "." + segment(CLAIMS) + ".";

    refused(unsigned, "the token's alg is \"none\"; only HS256 is accepted");
  }

  @Test
  void alteredClaims_withTheOriginalSignature_areRefused() throws Exception {
    String[] parts = sign(HEADER, CLAIMS, SECRET).split("\\.");
    String forged =
        parts[0] + "." + segment(CLAIMS.replace("\"worker\"", "\"admin\"")) + "." + parts[2];

    refused(forged, "the token's signature does not match");
  }

  @Test
  void otherSecret_isRefused() throws Exception {
    refused(sign(HEADER, CLAIMS, "another-secret"), "the token's signature does not match");
  }

  @Test
  void wrongNumberOfSegments_isRefused() throws Exception {
    refused(sign(HEADER, CLAIMS, SECRET) + ".extra", "this has 4");
    refused("only-one-part", "this has 1");
  }

  @Test
  void signatureNotBase64url_isRefused() throws Exception {
    String[] parts = sign(HEADER, CLAIMS, SECRET).split("\\.");

    refused(parts[0] + "." + parts[1] + ".%%%", "the token's signature is not base64url");
  }

  @Test
  void headerWithTrailingContent_isRefused() throws Exception {
    refused(
        sign(HEADER + "garbage", CLAIMS, SECRET),
        "the token's header is not JSON: line 1, column 28: unexpected content after the JSON value");
  }

  @Test
  void deeplyNestedHeader_isRefusedBeforeAnySignatureWork() throws Exception {
    String deep = "{\"alg\":\"HS256\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

    refused(segment(deep) + "." + segment(CLAIMS) + ".c2ln", "the token's header is not JSON: ");
    assertThatThrownBy(() -> TokenDecoder.decode(segment(deep) + ".e30.c2ln", SECRET, CLOCK))
        .hasMessageMatching(".*the JSON is nested deeper than \\d+ levels");
  }

  @Test
  void unsignedClaims_areNotParsedAtAll() throws Exception {
    String[] parts = sign(HEADER, CLAIMS, SECRET).split("\\.");

    refused(
        parts[0] + "." + segment("{\"exp\":" + "[".repeat(5_000)) + "." + parts[2],
        "the token's signature does not match");
  }

  @Test
  void expiryBeyondTheRangeOfTime_isRefused() throws Exception {
    String claims = CLAIMS.replace("1767229200", String.valueOf(Long.MAX_VALUE));

    refused(
        sign(HEADER, claims, SECRET),
        "the token's exp claim 9223372036854775807 is out of range (seconds since"
            + " 1970-01-01T00:00:00Z)");
  }

  @Test
  void notBeforeAsHugeFloat_isRefused() throws Exception {
    String claims = CLAIMS.replace("{\"exp\"", "{\"nbf\":1e300,\"exp\"");

    refused(sign(HEADER, claims, SECRET), "the token's nbf claim 1.0E300 is out of range");
  }

  @Test
  void capabilityPolicyThatIsNotAnObject_isRefused() throws Exception {
    String claims = "{\"exp\":1767229200,\"policies\":[42]}";

    refused(sign(HEADER, claims, SECRET), "a capability policy needs a url and a method, was 42");
  }

  @Test
  void grantsThatAreNotAnObject_decodeWithoutAGrant() throws Exception {
    String claims = "{\"exp\":1767229200,\"grants\":\"everything\"}";

    DecodedToken token = TokenDecoder.decode(sign(HEADER, claims, SECRET), SECRET, CLOCK);

    assertThat(token.taskRouterGrant()).isEmpty();
  }
}
