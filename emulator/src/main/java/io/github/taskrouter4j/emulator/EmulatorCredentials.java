package io.github.taskrouter4j.emulator;

import io.github.taskrouter4j.sid.AccountSid;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The account SID and auth token the emulator accepts over HTTP Basic (and signs its callbacks
 * with). {@link #toString()} never shows the token.
 */
public final class EmulatorCredentials {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountSid accountSid;
  private final String authToken;

  private EmulatorCredentials(AccountSid accountSid, String authToken) {
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid == null");
    this.authToken = Objects.requireNonNull(authToken, "authToken == null");
    if (authToken.isEmpty()) {
      throw new IllegalArgumentException("authToken must not be empty");
    }
  }

  /** Fixed credentials, e.g. {@code EmulatorCredentials.of(AccountSid.of("AC…"), "secret")}. */
  public static EmulatorCredentials of(AccountSid accountSid, String authToken) {
    return new EmulatorCredentials(accountSid, authToken);
  }

  /** A random account SID and a random 32-hex-digit auth token. */
  public static EmulatorCredentials generate() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    StringBuilder token = new StringBuilder();
    for (byte b : bytes) {
      token.append(String.format("%02x", b));
    }
    return new EmulatorCredentials(AccountSid.random(), token.toString());
  }

  /** The account SID: the HTTP Basic user name. */
  public AccountSid accountSid() {
    return accountSid;
  }

  /** The auth token: the HTTP Basic password and the callback signing key. */
  public String authToken() {
    return authToken;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmulatorCredentials
        && ((EmulatorCredentials) o).accountSid.equals(accountSid)
        && ((EmulatorCredentials) o).authToken.equals(authToken);
  }

  @Override
  public int hashCode() {
    return accountSid.hashCode() * 31 + authToken.hashCode();
  }

  @Override
  public String toString() {
    return "EmulatorCredentials{accountSid=" + accountSid + ", authToken=********}";
  }
}
