package io.github.taskrouter4j.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccessTokenTest {
  static final AccountSid ACCOUNT = AccountSid.of("AC" + "a".repeat(32));
  static final String KEY_SID = "SK" + "b".repeat(32);
  static final String SECRET = "api-key-secret-value";
  static final WorkspaceSid WORKSPACE = WorkspaceSid.of("WS" + "c".repeat(32));
  static final WorkerSid WORKER = WorkerSid.of("WK" + "d".repeat(32));
  static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");

  static AccessToken.Builder token() {
    return AccessToken.builder()
        .accountSid(ACCOUNT)
        .apiKey(ApiKey.of(KEY_SID, SECRET))
        .identity("alice")
        .grant(TaskRouterGrant.forWorker(WORKSPACE, WORKER))
        .issuedAt(ISSUED);
  }

  static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void toJwt_headerPayloadAndSignature_fieldByField() throws Exception {
    String jwt = token().ttl(Duration.ofHours(8)).region("ie1").build().toJwt();
    JwtParts parts = new JwtParts(jwt);

    assertThat(parts.header.get("alg").asText()).isEqualTo("HS256");
    assertThat(parts.header.get("typ").asText()).isEqualTo("JWT");
    assertThat(parts.header.get("cty").asText()).isEqualTo("twilio-fpa;v=1");
    assertThat(parts.header.get("twr").asText()).isEqualTo("ie1");
    assertThat(parts.header.size()).isEqualTo(4);

    assertThat(parts.payload.get("jti").asText())
        .isEqualTo(KEY_SID + "-" + ISSUED.getEpochSecond());
    assertThat(parts.payload.get("iss").asText()).isEqualTo(KEY_SID);
    assertThat(parts.payload.get("sub").asText()).isEqualTo(ACCOUNT.value());
    assertThat(parts.payload.get("iat").asLong()).isEqualTo(ISSUED.getEpochSecond());
    assertThat(parts.payload.get("exp").asLong())
        .isEqualTo(ISSUED.plus(Duration.ofHours(8)).getEpochSecond());
    assertThat(parts.payload.has("nbf")).isFalse();
    assertThat(parts.payload.get("grants").get("identity").asText()).isEqualTo("alice");
    assertThat(parts.payload.get("grants").get("task_router").toString())
        .isEqualTo(
            "{\"workspace_sid\":\""
                + WORKSPACE
                + "\",\"worker_sid\":\""
                + WORKER
                + "\",\"role\":\"worker\"}");

    assertThat(parts.signature).isEqualTo(parts.expectedSignature(SECRET));
  }

  @Test
  void decode_validToken_describesGrant() {
    String jwt = token().build().toJwt();

    DecodedToken decoded = TokenDecoder.decode(jwt, SECRET, at(ISSUED.plusSeconds(60)));

    assertThat(decoded.kind()).isEqualTo(TokenKind.ACCESS_TOKEN);
    assertThat(decoded.identity()).contains("alice");
    assertThat(decoded.taskRouterGrant()).contains(TaskRouterGrant.forWorker(WORKSPACE, WORKER));
    assertThat(decoded.expiresAt()).isEqualTo(ISSUED.plus(AccessToken.DEFAULT_TTL));
    assertThat(decoded.describe())
        .contains("identity alice")
        .contains("worker " + WORKER)
        .contains("role worker");
  }

  @Test
  void decode_expiredToken_isRejected() {
    String jwt = token().ttl(Duration.ofMinutes(5)).build().toJwt();

    assertThatThrownBy(
            () -> TokenDecoder.decode(jwt, SECRET, at(ISSUED.plus(Duration.ofMinutes(5)))))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("the token expired at 2026-03-01T12:05:00Z");
  }

  @Test
  void decode_beforeNotBefore_isRejected() {
    String jwt = token().notBefore(ISSUED.plusSeconds(600)).build().toJwt();

    assertThatThrownBy(() -> TokenDecoder.decode(jwt, SECRET, at(ISSUED.plusSeconds(10))))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not valid before");
  }

  @Test
  void decode_tamperedPayload_isRejected() throws Exception {
    String jwt = token().build().toJwt();
    JwtParts parts = new JwtParts(jwt);
    String forged = parts.payload.toString().replace(WORKER.value(), "WK" + "e".repeat(32));
    String tampered = jwt.split("\\.")[0] + "." + JwtParts.encode(forged) + "." + parts.signature;

    assertThatThrownBy(() -> TokenDecoder.decode(tampered, SECRET, at(ISSUED)))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature does not match");
  }

  @Test
  void decode_wrongSecret_isRejectedWithoutShowingIt() {
    String jwt = token().build().toJwt();

    assertThatThrownBy(() -> TokenDecoder.decode(jwt, "other-secret", at(ISSUED)))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signed with another secret")
        .hasMessageNotContaining("other-secret")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void decode_algNone_isRejected() throws Exception {
    String jwt = token().build().toJwt();
    String none =
        JwtParts.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt.split("\\.")[1] + ".";

    assertThatThrownBy(() -> TokenDecoder.decode(none, SECRET, at(ISSUED)))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("only HS256 is accepted");
  }

  @Test
  void decode_garbage_saysWhatIsWrong() {
    assertThatThrownBy(() -> TokenDecoder.decode("abc.def", SECRET))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("3 dot-separated parts");
  }

  @Test
  void ttlOver24Hours_isRejected() {
    assertThatThrownBy(() -> token().ttl(Duration.ofHours(25)).build())
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("AccessToken.ttl must be positive and at most PT24H")
        .hasMessageContaining("PT25H");
    assertThat(token().ttl(Duration.ofHours(24)).build().expiresAt())
        .isEqualTo(ISSUED.plus(Duration.ofHours(24)));
  }

  @Test
  void toString_neverShowsSecret() {
    assertThat(token().build().toString()).doesNotContain(SECRET).contains(KEY_SID);
  }

  @Test
  void apiKey_malformedSid_isRejected() {
    assertThatThrownBy(() -> ApiKey.of("AC" + "b".repeat(32), SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("API key SID must be 'SK' followed by 32 hexadecimal digits");
  }
}
