package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.AccountSid;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Twilio Access Token with a {@link TaskRouterGrant}, for the TaskRouter JS SDK v2 and Flex: an
 * HS256 JWT signed with an {@link ApiKey}'s secret.
 *
 * <pre>{@code
 * String jwt = AccessToken.builder()
 *     .accountSid(account)
 *     .apiKey(ApiKey.of("SK…", apiKeySecret))
 *     .identity("alice")
 *     .grant(TaskRouterGrant.forWorker(workspace, worker))
 *     .ttl(Duration.ofHours(8))                    // default 1 h, at most 24 h
 *     .build()
 *     .toJwt();
 * }</pre>
 *
 * <p>Header {@code {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}} (plus {@code twr} for a
 * region); claims {@code jti} ({@code <key SID>-<iat>}), {@code grants} ({@code identity}, {@code
 * task_router}), {@code iat}, {@code exp}, {@code iss} (key SID), {@code sub} (account SID) and
 * {@code nbf} when set. {@code toString()} never shows the secret.
 */
@Value.Immutable
public abstract class AccessToken {
  /** Twilio's maximum lifetime of an access token. */
  public static final Duration MAX_TTL = Duration.ofHours(24);

  /** The lifetime when none is set. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  AccessToken() {}

  /** A builder; account, API key and grant are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account, the token's {@code sub}. */
  public abstract AccountSid accountSid();

  /** The API key whose secret signs the token; its SID is {@code iss}. */
  public abstract ApiKey apiKey();

  /** The grant. */
  public abstract TaskRouterGrant grant();

  /** {@code grants.identity}: the user's identity, if any. */
  public abstract Optional<String> identity();

  /** The lifetime, positive and at most {@link #MAX_TTL} (24 h). */
  @Value.Default
  public Duration ttl() {
    return DEFAULT_TTL;
  }

  /** {@code iat}: when the token is issued; defaults to now, whole seconds. */
  @Value.Default
  public Instant issuedAt() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@code nbf}: the token is not valid before this instant. */
  public abstract Optional<Instant> notBefore();

  /** {@code twr} header: the Twilio region the SDK connects to, for example {@code ie1}. */
  public abstract Optional<String> region();

  /** {@code exp}: {@link #issuedAt()} plus {@link #ttl()}. */
  public Instant expiresAt() {
    return issuedAt().plus(ttl());
  }

  @Value.Check
  void check() {
    if (ttl().isNegative() || ttl().isZero() || ttl().compareTo(MAX_TTL) > 0) {
      throw new InvalidTokenException(
          "AccessToken.ttl must be positive and at most "
              + MAX_TTL
              + " (Twilio's maximum), was "
              + ttl());
    }
    identity()
        .ifPresent(
            i -> {
              if (i.isEmpty()) {
                throw new InvalidTokenException("AccessToken.identity must not be empty");
              }
            });
  }

  /**
   * Signs the token.
   *
   * @return the compact JWT to hand to the SDK
   */
  public String toJwt() {
    ObjectNode header = TokenJson.object();
    header.put("alg", "HS256");
    header.put("typ", "JWT");
    header.put("cty", "twilio-fpa;v=1");
    region().ifPresent(r -> header.put("twr", r));
    long iat = issuedAt().getEpochSecond();
    ObjectNode payload = TokenJson.object();
    payload.put("jti", apiKey().sid() + "-" + iat);
    ObjectNode grants = payload.putObject("grants");
    identity().ifPresent(i -> grants.put("identity", i));
    grants.set("task_router", grant().toJson());
    payload.put("iat", iat);
    payload.put("exp", expiresAt().getEpochSecond());
    payload.put("iss", apiKey().sid());
    payload.put("sub", accountSid().value());
    notBefore().ifPresent(n -> payload.put("nbf", n.getEpochSecond()));
    return Hs256.sign(header, payload, apiKey().secret());
  }

  /** Builds an {@link AccessToken}; {@link #build()} enforces the 24 h maximum. */
  public static final class Builder extends ImmutableAccessToken.Builder {
    Builder() {}
  }
}
