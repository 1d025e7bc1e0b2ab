package io.github.taskrouter4j.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Twilio-Signature} algorithm: Base64 of HMAC-SHA1, keyed with the account's Auth
 * Token, over the full URL Twilio requested followed by every POST parameter sorted by name, each
 * as name then value (repeated names: values in sorted order). For a JSON body the URL carries
 * {@code bodySHA256} (lower-case hex SHA-256 of the body) and no parameters are appended.
 *
 * <pre>{@code
 * String header = TwilioSignature.compute(authToken, "https://example.com/assign", form);
 * }</pre>
 *
 * <p>To check a request, prefer {@link SignatureValidator}, which compares in constant time and
 * tolerates the URL forms a proxy produces. The auth token never appears in an exception.
 */
public final class TwilioSignature {
  /** The request header carrying the signature. */
  public static final String HEADER = "X-Twilio-Signature";

  /** The query parameter carrying the body hash of a JSON request. */
  public static final String BODY_SHA256 = "bodySHA256";

  private TwilioSignature() {}

  /**
   * Computes the signature of a form POST (or of a GET, with no parameters).
   *
   * @param authToken the account's Auth Token
   * @param url the full URL as Twilio requested it, query string included
   * @param params the POST parameters (empty for GET or a JSON body)
   * @return the Base64 signature, as sent in {@value #HEADER}
   */
  public static String compute(String authToken, String url, Map<String, List<String>> params) {
    return Base64.getEncoder().encodeToString(hmac(authToken, payload(url, params)));
  }

  /**
   * Computes the signature of a request without POST parameters (a GET, or a JSON body whose URL
   * already carries {@code bodySHA256}).
   *
   * @param authToken the account's Auth Token
   * @param url the full URL
   * @return the Base64 signature
   */
  public static String compute(String authToken, String url) {
    return compute(authToken, url, Map.of());
  }

  /**
   * Checks a form POST's signature with {@link SignatureValidator}'s defaults (constant time, the
   * URL with and without the default port, http or https).
   *
   * @param authToken the account's Auth Token
   * @param url the full URL the server saw
   * @param params every POST parameter received
   * @param signature the {@value #HEADER} header value
   * @return whether the request is authentic
   */
  public static boolean validate(
      String authToken, String url, Map<String, List<String>> params, String signature) {
    return SignatureValidator.of(authToken).isValid(url, params, signature);
  }

  /**
   * The lower-case hex SHA-256 of a body, as carried in {@value #BODY_SHA256}.
   *
   * @param body the raw body bytes
   * @return 64 hex digits
   */
  public static String bodySha256(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * Adds {@value #BODY_SHA256} for {@code body} to {@code url}, as Twilio does before signing a
   * request with a JSON body.
   *
   * @param url the URL, with or without a query string
   * @param body the raw body bytes
   * @return the URL with {@code bodySHA256=<hex>} appended
   */
  public static String withBodySha256(String url, byte[] body) {
    return url + (url.contains("?") ? "&" : "?") + BODY_SHA256 + "=" + bodySha256(body);
  }

  /** The signed text: the URL, then each parameter name and value in sorted order. */
  static byte[] payload(String url, Map<String, List<String>> params) {
    Objects.requireNonNull(url, "url == null");
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params)
        .forEach(
            (name, values) -> {
              List<String> sorted = new ArrayList<>(values);
              sorted.sort(null);
              for (String value : sorted) {
                data.append(name).append(value);
              }
            });
    return data.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] hmac(String authToken, byte[] data) {
    Objects.requireNonNull(authToken, "authToken == null");
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable: " + e.getClass().getSimpleName());
    }
  }
}
