package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Compact-serialized JWTs signed with HMAC-SHA256 (RFC 7515/7519). */
final class Hs256 {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Hs256() {}

  /**
   * Signs a token.
   *
   * @param header the JOSE header; {@code alg} must be {@code HS256}
   * @param payload the claims
   * @param secret the signing secret
   * @return {@code base64url(header).base64url(payload).base64url(signature)}
   */
  static String sign(ObjectNode header, ObjectNode payload, String secret) {
    String signingInput = TokenJson.segment(header) + "." + TokenJson.segment(payload);
    return signingInput + "." + ENCODER.encodeToString(mac(secret, signingInput));
  }

  /** A verified token's two JSON parts. */
  static final class Parts {
    /** The JOSE header. */
    final JsonNode header;

    /** The claims. */
    final JsonNode payload;

    Parts(JsonNode header, JsonNode payload) {
      this.header = header;
      this.payload = payload;
    }
  }

  /**
   * Checks the structure, the algorithm and the signature (in constant time).
   *
   * @param token the compact JWT
   * @param secret the secret it should be signed with
   * @return header and payload
   * @throws InvalidTokenException if any check fails
   */
  static Parts verify(String token, String secret) {
    String[] parts = token.trim().split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidTokenException(
          "a JWT has 3 dot-separated parts (header.payload.signature), this has " + parts.length);
    }
    JsonNode header = TokenJson.fromSegment(parts[0], "header");
    JsonNode payload = TokenJson.fromSegment(parts[1], "payload");
    String alg = header.path("alg").asText("");
    if (!alg.equals("HS256")) {
      throw new InvalidTokenException(
          "the token's alg is \"" + alg + "\"; only HS256 is accepted (never \"none\")");
    }
    byte[] given;
    try {
      given = DECODER.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("the token's signature is not base64url");
    }
    byte[] expected = mac(secret, parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new InvalidTokenException(
          "the token's signature does not match: it was altered or signed with another secret");
    }
    return new Parts(header, payload);
  }

  private static byte[] mac(String secret, String signingInput) {
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("the signing secret must not be empty");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable: " + e.getClass().getSimpleName());
    }
  }
}
