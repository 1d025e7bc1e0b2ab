package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {
  // Twilio's documented example ("Validating requests are coming from Twilio"; also in
  // twilio-java's RequestValidatorTest): auth token 12345, this URL and these parameters.
  static final String TOKEN = "12345";
  static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

  static Map<String, List<String>> docParams(String caller) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("CallSid", List.of("CA1234567890ABCDE"));
    params.put("Caller", List.of(caller));
    params.put("Digits", List.of("1234"));
    params.put("From", List.of(caller));
    params.put("To", List.of("+18005551212"));
    return params;
  }

  /** Independent of the code under test: the concatenation written out by hand. */
  static String handComputed(String token, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void compute_twilioDocumentedExamples_matchPublishedSignatures() {
    assertThat(TwilioSignature.compute(TOKEN, URL, docParams("+14158675309")))
        .isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    assertThat(TwilioSignature.compute(TOKEN, URL, docParams("+12349013030")))
        .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  }

  @Test
  void compute_sortsParametersByName_crossCheckedByHand() throws Exception {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("b", List.of("2"));
    params.put("TaskAttributes", List.of("{\"type\":\"sales\"}"));
    params.put("a", List.of("z", "y"));

    String expected =
        handComputed(
            "tok",
            "https://example.com/cb" + "TaskAttributes{\"type\":\"sales\"}" + "ay" + "az" + "b2");

    assertThat(TwilioSignature.compute("tok", "https://example.com/cb", params))
        .isEqualTo(expected);
  }

  @Test
  void bodySha256_twilioJsonExample_matchesPublishedHash() {
    byte[] body = "{\"property\": \"value\", \"boolean\": true}".getBytes(StandardCharsets.UTF_8);

    assertThat(TwilioSignature.bodySha256(body))
        .isEqualTo("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
    assertThat(TwilioSignature.withBodySha256("https://e.com/x?a=1", body))
        .isEqualTo(
            "https://e.com/x?a=1&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
  }

  @Test
  void validator_documentedExample_isValid() {
    SignatureValidator validator = SignatureValidator.of(TOKEN);

    SignatureCheck check =
        validator.check(
            URL, docParams("+12349013030"), Optional.of("0/KCTR6DLpKmkAf8muzZqo1nDgQ="));

    assertThat(check.isValid()).isTrue();
    assertThat(check.matchedUrl()).contains(URL);
  }

  @Test
  void validator_tamperedUrlParamsOrSignature_isInvalid() {
    SignatureValidator validator = SignatureValidator.of(TOKEN);
    String signature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
    Map<String, List<String>> tampered = new LinkedHashMap<>(docParams("+12349013030"));
    tampered.put("Digits", List.of("1235"));
    Map<String, List<String>> extra = new LinkedHashMap<>(docParams("+12349013030"));
    extra.put("Extra", List.of("1"));

    assertThat(
            validator.isValid(URL.replace("foo=1", "foo=2"), docParams("+12349013030"), signature))
        .isFalse();
    assertThat(
            validator.isValid(
                "https://evil.com/myapp.php?foo=1&bar=2", docParams("+12349013030"), signature))
        .isFalse();
    assertThat(validator.isValid(URL, tampered, signature)).isFalse();
    assertThat(validator.isValid(URL, extra, signature)).isFalse();
    assertThat(validator.isValid(URL, docParams("+12349013030"), "0/KCTR6DLpKmkAf8muzZqo1nDgR="))
        .isFalse();
    assertThat(SignatureValidator.of("54321").isValid(URL, docParams("+12349013030"), signature))
        .isFalse();
  }

  @Test
  void validate_staticShorthand_acceptsDocumentedExampleAndRejectsTampering() {
    assertThat(
            TwilioSignature.validate(
                TOKEN, URL, docParams("+12349013030"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
        .isTrue();
    assertThat(
            TwilioSignature.validate(
                TOKEN, URL, docParams("+12349013031"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
        .isFalse();
  }

  @Test
  void validator_urlWithUserInfo_keepsCredentialsAndTriesPorts() {
    String signed = TwilioSignature.compute(TOKEN, "https://user:pw@example.com/cb", Map.of());

    assertThat(
            SignatureValidator.of(TOKEN)
                .isValid("https://user:pw@example.com:443/cb", Map.of(), signed))
        .isTrue();
  }

  @Test
  void validator_missingSignature_explains() {
    SignatureCheck check = SignatureValidator.of(TOKEN).check(URL, Map.of(), Optional.empty());

    assertThat(check.isValid()).isFalse();
    assertThat(check.explanation()).contains("no X-Twilio-Signature header");
  }

  @Test
  void validator_defaultPortAddedOrRemoved_isAccepted() {
    SignatureValidator validator = SignatureValidator.of(TOKEN);
    String signedWithoutPort =
        TwilioSignature.compute(TOKEN, "https://example.com/cb?x=1", Map.of());
    String signedWithPort =
        TwilioSignature.compute(TOKEN, "https://example.com:443/cb?x=1", Map.of());

    assertThat(validator.isValid("https://example.com:443/cb?x=1", Map.of(), signedWithoutPort))
        .isTrue();
    assertThat(validator.isValid("https://example.com/cb?x=1", Map.of(), signedWithPort)).isTrue();
    assertThat(validator.isValid("https://example.com:8443/cb?x=1", Map.of(), signedWithoutPort))
        .isFalse();
  }

  @Test
  void validator_httpSeenForHttpsSigned_acceptedUnlessStrict() {
    String signed = TwilioSignature.compute(TOKEN, "https://example.com/cb", Map.of());

    assertThat(SignatureValidator.of(TOKEN).isValid("http://example.com/cb", Map.of(), signed))
        .isTrue();
    assertThat(SignatureValidator.of(TOKEN).isValid("http://example.com:80/cb", Map.of(), signed))
        .isTrue();
    assertThat(
            SignatureValidator.builder()
                .authToken(TOKEN)
                .strictScheme()
                .build()
                .isValid("http://example.com/cb", Map.of(), signed))
        .isFalse();
  }

  @Test
  void validator_subaccountToken_isPickedByAccountSid() {
    String sub = "AC" + "1".repeat(32);
    Map<String, List<String>> params = Map.of("AccountSid", List.of(sub));
    String signed = TwilioSignature.compute("sub-token", "https://example.com/cb", params);
    SignatureValidator validator =
        SignatureValidator.builder()
            .authToken("main-token")
            .authToken(io.github.taskrouter4j.sid.AccountSid.of(sub), "sub-token")
            .build();

    assertThat(validator.isValid("https://example.com/cb", params, signed)).isTrue();
    assertThat(
            SignatureValidator.of("main-token").isValid("https://example.com/cb", params, signed))
        .isFalse();
    assertThat(validator.toString()).doesNotContain("sub-token").doesNotContain("main-token");
  }

  @Test
  void checkJson_validBodyHash_isValid_andTamperedBodyIsNot() {
    byte[] body = "{\"EventType\":\"task.created\"}".getBytes(StandardCharsets.UTF_8);
    String url = TwilioSignature.withBodySha256("https://example.com/events", body);
    String signature = TwilioSignature.compute(TOKEN, url);
    SignatureValidator validator = SignatureValidator.of(TOKEN);

    assertThat(validator.checkJson(url, body, Optional.of(signature)).isValid()).isTrue();
    SignatureCheck tampered =
        validator.checkJson(
            url,
            "{\"EventType\":\"task.deleted\"}".getBytes(StandardCharsets.UTF_8),
            Optional.of(signature));
    assertThat(tampered.isValid()).isFalse();
    assertThat(tampered.explanation()).contains("body does not match bodySHA256");
    assertThat(
            validator
                .checkJson("https://example.com/events", body, Optional.of(signature))
                .explanation())
        .contains("no bodySHA256 query parameter");
  }

  @Test
  void invalidCheck_explanation_neverContainsToken() {
    SignatureCheck check =
        SignatureValidator.of("very-secret-token").check(URL, docParams("+1"), Optional.of("AAAA"));

    assertThat(check.isValid()).isFalse();
    assertThat(check.explanation())
        .contains("no spelling of the URL matched")
        .doesNotContain("very-secret-token");
  }
}
