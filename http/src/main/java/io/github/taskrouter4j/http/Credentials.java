package io.github.taskrouter4j.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the client authenticates to Twilio with HTTP Basic: an Account SID with its Auth Token, or an
 * API Key SID with its secret (recommended for production; the account SID names the account).
 * {@link #toString()} never shows a secret.
 *
 * <pre>{@code
 * Credentials.authToken("AC0123...", token);
 * Credentials.apiKey("AC0123...", "SK0123...", secret);
 * Credentials.fromEnvironment(); // TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or + TWILIO_API_KEY/SECRET
 * }</pre>
 */
public final class Credentials {
  private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
  private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");

  private final String accountSid;
  private final String username;
  private final String authorization;

  private Credentials(String accountSid, String username, String secret) {
    this.accountSid = accountSid;
    this.username = username;
    String pair = username + ':' + secret;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Account SID and Auth Token.
   *
   * @param accountSid {@code AC} followed by 32 hexadecimal digits
   * @param authToken the account's Auth Token
   * @return the credentials
   * @throws IllegalArgumentException if the SID is malformed or the token blank
   */
  public static Credentials authToken(String accountSid, String authToken) {
    checkSid("accountSid", accountSid, ACCOUNT_SID, "AC");
    checkSecret("authToken", authToken);
    return new Credentials(accountSid, accountSid, authToken);
  }

  /**
   * API Key SID and secret, for the given account.
   *
   * @param accountSid {@code AC} followed by 32 hexadecimal digits
   * @param apiKeySid {@code SK} followed by 32 hexadecimal digits
   * @param apiKeySecret the key's secret
   * @return the credentials
   * @throws IllegalArgumentException if a SID is malformed or the secret blank
   */
  public static Credentials apiKey(String accountSid, String apiKeySid, String apiKeySecret) {
    checkSid("accountSid", accountSid, ACCOUNT_SID, "AC");
    checkSid("apiKeySid", apiKeySid, API_KEY_SID, "SK");
    checkSecret("apiKeySecret", apiKeySecret);
    return new Credentials(accountSid, apiKeySid, apiKeySecret);
  }

  /**
   * Reads the process environment: {@code TWILIO_ACCOUNT_SID} with either {@code TWILIO_API_KEY}
   * and {@code TWILIO_API_SECRET} (preferred when {@code TWILIO_API_KEY} is set) or {@code
   * TWILIO_AUTH_TOKEN}.
   *
   * @return the credentials
   * @throws IllegalStateException naming the variable that is missing
   */
  public static Credentials fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * Like {@link #fromEnvironment()}, reading variables through {@code environment} (which returns
   * {@code null} for an unset variable), for tests and for configuration systems.
   *
   * @param environment variable name to value, or {@code null}
   * @return the credentials
   * @throws IllegalStateException naming the variable that is missing
   */
  public static Credentials fromEnvironment(Function<String, String> environment) {
    Objects.requireNonNull(environment, "environment == null");
    String apiKey = variable(environment, "TWILIO_API_KEY");
    String accountSid = variable(environment, "TWILIO_ACCOUNT_SID");
    if (apiKey != null) {
      String secret = variable(environment, "TWILIO_API_SECRET");
      require(accountSid, "TWILIO_ACCOUNT_SID", "TWILIO_API_KEY is set");
      require(secret, "TWILIO_API_SECRET", "TWILIO_API_KEY is set");
      return apiKey(accountSid, apiKey, secret);
    }
    String token = variable(environment, "TWILIO_AUTH_TOKEN");
    require(accountSid, "TWILIO_ACCOUNT_SID", null);
    require(token, "TWILIO_AUTH_TOKEN", null);
    return authToken(accountSid, token);
  }

  /** The account every call acts on: {@code AC} followed by 32 hexadecimal digits. */
  public String accountSid() {
    return accountSid;
  }

  /** The HTTP Basic user name: the account SID, or the API Key SID. */
  public String username() {
    return username;
  }

  /** The {@code Authorization} header value; keep it out of logs. */
  String authorization() {
    return authorization;
  }

  /** Shows the account and key SIDs, never the secret. */
  @Override
  public String toString() {
    return username.equals(accountSid)
        ? "Credentials[accountSid=" + accountSid + ", authToken=****]"
        : "Credentials[accountSid=" + accountSid + ", apiKeySid=" + username + ", secret=****]";
  }

  private static String variable(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  private static void require(String value, String name, String because) {
    if (value == null) {
      throw new IllegalStateException(
          "Environment variable "
              + name
              + " is not set"
              + (because == null ? "" : " (required because " + because + ")")
              + "; set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID,"
              + " TWILIO_API_KEY and TWILIO_API_SECRET");
    }
  }

  private static void checkSid(String field, String sid, Pattern pattern, String prefix) {
    Objects.requireNonNull(sid, field + " == null");
    if (!pattern.matcher(sid).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be "
              + prefix
              + " followed by 32 hexadecimal digits; the value given starts with \""
              + sid.substring(0, Math.min(2, sid.length()))
              + "\" and has "
              + sid.length()
              + " characters");
    }
  }

  private static void checkSecret(String field, String secret) {
    Objects.requireNonNull(secret, field + " == null");
    if (secret.trim().isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
