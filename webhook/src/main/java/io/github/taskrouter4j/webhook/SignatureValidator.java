package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.webhook.internal.UrlVariants;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks {@code X-Twilio-Signature} on TaskRouter's callbacks, in constant time, accepting the URL
 * spellings a proxy produces: with and without the default port ({@code :443}/{@code :80}), which
 * Twilio's own validators accept because Twilio signs inconsistently, and, unless {@link
 * Builder#strictScheme()}, {@code http} for {@code https} (TLS terminated by a load balancer).
 *
 * <pre>{@code
 * SignatureValidator validator = SignatureValidator.of(authToken);
 * SignatureCheck check = validator.check(url, formParams, request.header("X-Twilio-Signature"));
 * if (!check.isValid()) log.warn("rejected callback: {}", check.explanation());
 * }</pre>
 *
 * <p>Subaccounts sign with their own auth token: register them with {@link
 * Builder#authToken(AccountSid, String)}; the {@code AccountSid} parameter picks the token.
 * Instances are immutable and thread-safe; {@code toString()} shows no token.
 */
public final class SignatureValidator {
  private final Optional<String> defaultToken;
  private final Map<AccountSid, String> accountTokens;
  private final boolean otherScheme;

  private SignatureValidator(Builder b) {
    this.defaultToken = b.defaultToken;
    this.accountTokens = Map.copyOf(b.accountTokens);
    this.otherScheme = b.otherScheme;
  }

  /**
   * A validator for one account.
   *
   * @param authToken the account's Auth Token
   */
  public static SignatureValidator of(String authToken) {
    return builder().authToken(authToken).build();
  }

  /** A builder, for subaccounts and the scheme policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a form POST (or a GET, with no parameters).
   *
   * @param url the full URL as Twilio requested it (scheme, host, path and query)
   * @param params every POST parameter received; never a fixed list (Twilio adds parameters)
   * @param signature the {@code X-Twilio-Signature} header, if the request had one
   * @return the outcome, with an explanation
   */
  public SignatureCheck check(
      String url, Map<String, List<String>> params, Optional<String> signature) {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(params, "params == null");
    if (signature.isEmpty() || signature.get().isEmpty()) {
      return SignatureCheck.invalid("the request has no " + TwilioSignature.HEADER + " header");
    }
    Optional<AccountSid> account =
        Optional.ofNullable(params.get("AccountSid"))
            .filter(v -> !v.isEmpty())
            .map(v -> v.get(0))
            .filter(AccountSid::looksLikeSid)
            .flatMap(SignatureValidator::account);
    Optional<String> token = account.map(accountTokens::get).or(() -> defaultToken);
    if (token.isEmpty()) {
      return SignatureCheck.invalid(
          "no auth token is configured for account " + account.map(Object::toString).orElse("?"));
    }
    return match(token.get(), url, params, signature.get());
  }

  /**
   * Checks a request with a JSON body: the URL must carry {@code bodySHA256} equal to the SHA-256
   * of {@code body}, and the signature covers the URL alone.
   *
   * @param url the full URL including {@code bodySHA256}
   * @param body the raw body bytes
   * @param signature the {@code X-Twilio-Signature} header, if any
   * @return the outcome
   */
  public SignatureCheck checkJson(String url, byte[] body, Optional<String> signature) {
    Objects.requireNonNull(body, "body == null");
    Optional<String> claimed = queryParameter(url, TwilioSignature.BODY_SHA256);
    if (claimed.isEmpty()) {
      return SignatureCheck.invalid(
          "the URL has no " + TwilioSignature.BODY_SHA256 + " query parameter for the JSON body");
    }
    byte[] actual = TwilioSignature.bodySha256(body).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = claimed.get().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(actual, expected)) {
      return SignatureCheck.invalid(
          "the body does not match " + TwilioSignature.BODY_SHA256 + " (body was altered)");
    }
    if (signature.isEmpty() || signature.get().isEmpty()) {
      return SignatureCheck.invalid("the request has no " + TwilioSignature.HEADER + " header");
    }
    if (defaultToken.isEmpty()) {
      return SignatureCheck.invalid("no default auth token is configured for JSON callbacks");
    }
    return match(defaultToken.get(), url, Map.of(), signature.get());
  }

  /**
   * Shorthand for {@code check(url, params, Optional.ofNullable(signature)).isValid()}.
   *
   * @param url the full URL
   * @param params every POST parameter
   * @param signature the header value, or {@code null} if absent
   * @return whether the request is authentic
   */
  public boolean isValid(String url, Map<String, List<String>> params, String signature) {
    return check(url, params, Optional.ofNullable(signature)).isValid();
  }

  private SignatureCheck match(
      String token, String url, Map<String, List<String>> params, String signature) {
    byte[] given = signature.trim().getBytes(StandardCharsets.US_ASCII);
    List<String> candidates = UrlVariants.of(url, otherScheme);
    String matched = null;
    for (String candidate : candidates) {
      byte[] expected =
          Base64.getEncoder()
              .encode(TwilioSignature.hmac(token, TwilioSignature.payload(candidate, params)));
      // No early exit: every candidate is compared in full.
      if (MessageDigest.isEqual(expected, given) && matched == null) {
        matched = candidate;
      }
    }
    if (matched != null) {
      return SignatureCheck.valid(matched);
    }
    return SignatureCheck.invalid(
        "no spelling of the URL matched the signature; tried "
            + candidates
            + " with "
            + params.size()
            + " POST parameters. The URL must be exactly the one configured in TaskRouter"
            + " (behind a proxy, give the public URL), all received parameters must be passed,"
            + " and the auth token must be the account's (subaccounts have their own)");
  }

  private static Optional<AccountSid> account(String text) {
    try {
      return Optional.of(AccountSid.of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<String> queryParameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return Optional.of(pair.substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** Shows the configured accounts and scheme policy, never a token. */
  @Override
  public String toString() {
    return "SignatureValidator{defaultToken="
        + (defaultToken.isPresent() ? "set" : "none")
        + ", accounts="
        + accountTokens.keySet()
        + ", acceptsOtherScheme="
        + otherScheme
        + "}";
  }

  /** Builds a {@link SignatureValidator}. */
  public static final class Builder {
    private Optional<String> defaultToken = Optional.empty();
    private final Map<AccountSid, String> accountTokens = new HashMap<>();
    private boolean otherScheme = true;

    private Builder() {}

    /**
     * The Auth Token used when the request's {@code AccountSid} has no token of its own.
     *
     * @param authToken the Auth Token
     * @return this
     */
    public Builder authToken(String authToken) {
      this.defaultToken = Optional.of(checkToken(authToken));
      return this;
    }

    /**
     * The Auth Token of one (sub)account, picked by the {@code AccountSid} parameter.
     *
     * @param account the account
     * @param authToken its Auth Token
     * @return this
     */
    public Builder authToken(AccountSid account, String authToken) {
      accountTokens.put(Objects.requireNonNull(account, "account == null"), checkToken(authToken));
      return this;
    }

    /**
     * Accepts only the scheme the server saw; use it when the URL you pass is already the public
     * one (the default also accepts {@code http} for {@code https} and the reverse).
     *
     * @return this
     */
    public Builder strictScheme() {
      this.otherScheme = false;
      return this;
    }

    /** Builds the validator; at least one token must be set. */
    public SignatureValidator build() {
      if (defaultToken.isEmpty() && accountTokens.isEmpty()) {
        throw new IllegalStateException("SignatureValidator needs at least one auth token");
      }
      return new SignatureValidator(this);
    }

    private static String checkToken(String token) {
      Objects.requireNonNull(token, "authToken == null");
      if (token.isEmpty()) {
        throw new IllegalArgumentException("authToken must not be empty");
      }
      return token;
    }
  }
}
