package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies an access or capability token before you hand it out (or when a worker says it does not
 * work) and says what it grants: structure, {@code alg} HS256 only, signature in constant time,
 * {@code exp} and {@code nbf} against the clock.
 *
 * <pre>{@code
 * DecodedToken token = TokenDecoder.decode(jwt, apiKeySecret);
 * System.out.println(token.describe());
 * }</pre>
 */
public final class TokenDecoder {
  private TokenDecoder() {}

  /**
   * Verifies a token against the system clock.
   *
   * @param jwt the compact JWT
   * @param secret the API key secret (access token) or Auth Token (capability token)
   * @return what the token grants
   * @throws InvalidTokenException if the token is malformed, altered, signed with another secret or
   *     algorithm, expired or not yet valid
   */
  public static DecodedToken decode(String jwt, String secret) {
    return decode(jwt, secret, Clock.systemUTC());
  }

  /**
   * Verifies a token against {@code clock}.
   *
   * @param jwt the compact JWT
   * @param secret the signing secret
   * @param clock the clock that decides expiry
   * @return what the token grants
   */
  public static DecodedToken decode(String jwt, String secret, Clock clock) {
    Objects.requireNonNull(jwt, "jwt == null");
    Objects.requireNonNull(secret, "secret == null");
    Hs256.Parts parts = Hs256.verify(jwt, secret);
    JsonNode claims = parts.payload;
    if (!claims.path("exp").canConvertToLong() || !claims.path("exp").isNumber()) {
      throw new InvalidTokenException("the token has no numeric exp claim");
    }
    Instant now = clock.instant();
    Instant exp = Instant.ofEpochSecond(claims.get("exp").asLong());
    if (!now.isBefore(exp)) {
      throw new InvalidTokenException("the token expired at " + exp + " (now " + now + ")");
    }
    if (claims.path("nbf").isNumber()) {
      Instant nbf = Instant.ofEpochSecond(claims.get("nbf").asLong());
      if (now.isBefore(nbf)) {
        throw new InvalidTokenException(
            "the token is not valid before " + nbf + " (now " + now + ")");
      }
    }
    if (claims.has("grants")) {
      JsonNode taskRouter = claims.get("grants").get("task_router");
      Optional<TaskRouterGrant> grant;
      try {
        grant = Optional.ofNullable(taskRouter).map(TaskRouterGrant::fromJson);
      } catch (IllegalArgumentException e) {
        throw new InvalidTokenException(
            "the token's task_router grant is malformed: " + e.getMessage());
      }
      return new DecodedToken(TokenKind.ACCESS_TOKEN, parts.header, claims, exp, grant, List.of());
    }
    if (claims.path("policies").isArray()) {
      List<Policy> policies = new ArrayList<>();
      claims.get("policies").forEach(p -> policies.add(Policy.fromJson(p)));
      return new DecodedToken(
          TokenKind.CAPABILITY_TOKEN, parts.header, claims, exp, Optional.empty(), policies);
    }
    throw new InvalidTokenException(
        "the token has neither grants (access token) nor policies (capability token)");
  }
}
