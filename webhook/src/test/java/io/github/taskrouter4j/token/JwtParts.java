package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Splits and checks a JWT independently of the code under test. */
final class JwtParts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  final JsonNode header;
  final JsonNode payload;
  final String signature;
  final String signingInput;

  JwtParts(String jwt) throws Exception {
    String[] parts = jwt.split("\\.");
    this.header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
    this.payload = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    this.signature = parts[2];
    this.signingInput = parts[0] + "." + parts[1];
  }

  String expectedSignature(String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
