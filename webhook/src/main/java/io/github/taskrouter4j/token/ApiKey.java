package io.github.taskrouter4j.token;

import java.util.Objects;

/**
 * A Twilio API Key (its {@code SK…} SID and its secret), which signs {@link AccessToken}s. {@code
 * toString()} shows the SID only.
 */
public final class ApiKey {
  private final String sid;
  private final String secret;

  private ApiKey(String sid, String secret) {
    this.sid = sid;
    this.secret = secret;
  }

  /**
   * Makes an API key.
   *
   * @param sid the key's SID: {@code SK} followed by 32 hexadecimal digits
   * @param secret the key's secret
   * @throws IllegalArgumentException if the SID is malformed or the secret empty
   */
  public static ApiKey of(String sid, String secret) {
    Objects.requireNonNull(sid, "sid == null");
    Objects.requireNonNull(secret, "secret == null");
    if (!sid.matches("SK[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException(
          "API key SID must be 'SK' followed by 32 hexadecimal digits, was \""
              + (sid.length() > 40 ? sid.substring(0, 40) + "…" : sid)
              + "\"");
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("API key secret must not be empty");
    }
    return new ApiKey(sid, secret);
  }

  /** The key's SID, {@code SK…}; the token's {@code iss}. */
  public String sid() {
    return sid;
  }

  String secret() {
    return secret;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKey
        && ((ApiKey) other).sid.equals(sid)
        && ((ApiKey) other).secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return sid.hashCode();
  }

  /** Shows the SID, never the secret. */
  @Override
  public String toString() {
    return "ApiKey{" + sid + "}";
  }
}
