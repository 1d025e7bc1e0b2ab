package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A token whose signature and lifetime {@link TokenDecoder} verified, and what it grants: the
 * {@link TaskRouterGrant} of an access token, or the policies of a capability token.
 *
 * <pre>{@code
 * DecodedToken token = TokenDecoder.decode(jwt, secret);
 * token.taskRouterGrant().flatMap(TaskRouterGrant::workerSid);   // Optional[WK…]
 * token.allows("POST", workerUrl, Set.of("ActivitySid"));        // capability tokens
 * }</pre>
 */
public final class DecodedToken {
  private final TokenKind kind;
  private final JsonNode header;
  private final JsonNode claims;
  private final Instant expiresAt;
  private final Optional<TaskRouterGrant> grant;
  private final List<Policy> policies;

  DecodedToken(
      TokenKind kind,
      JsonNode header,
      JsonNode claims,
      Instant expiresAt,
      Optional<TaskRouterGrant> grant,
      List<Policy> policies) {
    this.kind = kind;
    this.header = header;
    this.claims = claims;
    this.expiresAt = expiresAt;
    this.grant = grant;
    this.policies = List.copyOf(policies);
  }

  /** Access token or capability token. */
  public TokenKind kind() {
    return kind;
  }

  /** The JOSE header (a copy). */
  public JsonNode header() {
    return header.deepCopy();
  }

  /** All claims (a copy). */
  public JsonNode claims() {
    return claims.deepCopy();
  }

  /** {@code iss}: the API key SID (access token) or the account SID (capability token). */
  public String issuer() {
    return claims.path("iss").asText();
  }

  /** {@code exp}. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** {@code grants.identity} of an access token. */
  public Optional<String> identity() {
    return Optional.ofNullable(claims.path("grants").get("identity")).map(JsonNode::asText);
  }

  /** {@code grants.task_router} of an access token. */
  public Optional<TaskRouterGrant> taskRouterGrant() {
    return grant;
  }

  /** {@code policies} of a capability token; empty for an access token. */
  public List<Policy> policies() {
    return policies;
  }

  /**
   * Whether a capability token's policies allow a request (always {@code false} for an access
   * token, which has no policies).
   *
   * @param method the HTTP method
   * @param url the URL without query string
   * @param parameters the names of the parameters sent
   */
  public boolean allows(String method, String url, Collection<String> parameters) {
    return Policies.allows(policies, method, url, parameters);
  }

  /** {@link #allows(String, String, Collection)} with no parameters. */
  public boolean allows(String method, String url) {
    return allows(method, url, Set.of());
  }

  /**
   * A short account of what the token grants, e.g. {@code access token for identity alice, expires
   * 2026-…; task_router: workspace WS…, worker WK…, role worker}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (kind == TokenKind.ACCESS_TOKEN) {
      out.append("access token");
      identity().ifPresent(i -> out.append(" for identity ").append(i));
      out.append(", expires ").append(expiresAt);
      grant.ifPresent(
          g -> {
            out.append("; task_router:");
            g.workspaceSid().ifPresent(w -> out.append(" workspace ").append(w));
            g.workerSid().ifPresent(w -> out.append(", worker ").append(w));
            g.role().ifPresent(r -> out.append(", role ").append(r));
          });
    } else {
      out.append("capability token for channel ")
          .append(claims.path("channel").asText())
          .append(", expires ")
          .append(expiresAt)
          .append("; ")
          .append(policies.size())
          .append(" policies:");
      policies.forEach(p -> out.append("\n  ").append(p));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
