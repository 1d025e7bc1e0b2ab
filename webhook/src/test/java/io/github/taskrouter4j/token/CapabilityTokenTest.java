package io.github.taskrouter4j.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapabilityTokenTest {
  static final AccountSid ACCOUNT = AccountSid.of("AC" + "a".repeat(32));
  static final String AUTH_TOKEN = "account-auth-token";
  static final WorkspaceSid WORKSPACE = WorkspaceSid.of("WS" + "c".repeat(32));
  static final WorkerSid WORKER = WorkerSid.of("WK" + "d".repeat(32));
  static final TaskQueueSid QUEUE = TaskQueueSid.of("WQ" + "e".repeat(32));
  static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");
  static final String BASE = "https://taskrouter.twilio.com/v1/Workspaces/" + WORKSPACE;
  static final Clock CLOCK = Clock.fixed(ISSUED.plusSeconds(1), ZoneOffset.UTC);

  static CapabilityToken worker() {
    return CapabilityToken.forWorker(ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER)
        .issuedAt(ISSUED)
        .ttl(Duration.ofHours(8))
        .build();
  }

  @Test
  void workerToken_claimsAndSignature_fieldByField() throws Exception {
    JwtParts parts = new JwtParts(worker().toJwt());

    assertThat(parts.header.toString()).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    JsonNode p = parts.payload;
    assertThat(p.get("iss").asText()).isEqualTo(ACCOUNT.value());
    assertThat(p.get("exp").asLong()).isEqualTo(ISSUED.plus(Duration.ofHours(8)).getEpochSecond());
    assertThat(p.get("version").asText()).isEqualTo("v1");
    assertThat(p.get("friendly_name").asText()).isEqualTo(WORKER.value());
    assertThat(p.get("account_sid").asText()).isEqualTo(ACCOUNT.value());
    assertThat(p.get("workspace_sid").asText()).isEqualTo(WORKSPACE.value());
    assertThat(p.get("channel").asText()).isEqualTo(WORKER.value());
    assertThat(p.get("worker_sid").asText()).isEqualTo(WORKER.value());
    assertThat(p.has("taskqueue_sid")).isFalse();
    JsonNode socket = p.get("policies").get(0);
    assertThat(socket.toString())
        .isEqualTo(
            "{\"url\":\"https://event-bridge.twilio.com/v1/wschannels/"
                + ACCOUNT
                + "/"
                + WORKER
                + "\",\"method\":\"GET\",\"query_filter\":{},\"post_filter\":{},\"allow\":true}");
    assertThat(p.get("policies").get(1).get("method").asText()).isEqualTo("POST");
    assertThat(parts.signature).isEqualTo(parts.expectedSignature(AUTH_TOKEN));
  }

  @Test
  void workerPreset_allowsWhatAWorkerNeeds_andNothingElse() {
    CapabilityToken token = worker();
    String self = BASE + "/Workers/" + WORKER;
    String reservation = self + "/Reservations/" + ReservationSid.random();
    String taskReservation =
        BASE + "/Tasks/" + TaskSid.random() + "/Reservations/" + ReservationSid.random();

    assertThat(token.allows("GET", BASE + "/Activities")).isTrue();
    assertThat(token.allows("GET", self)).isTrue();
    assertThat(token.allows("GET", reservation)).isTrue();
    assertThat(token.allows("POST", reservation)).isTrue();
    assertThat(token.allows("POST", taskReservation)).isTrue();
    assertThat(token.allows("POST", self, Set.of("ActivitySid"))).isTrue();
    assertThat(token.allows("POST", self)).as("attribute updates need ActivitySid").isFalse();
    assertThat(token.allows("GET", BASE + "/Workers/" + WorkerSid.random())).isFalse();
    assertThat(token.allows("DELETE", self)).isFalse();
    assertThat(token.allows("POST", BASE + "/Activities")).isFalse();
  }

  @Test
  void taskQueuePreset_readsAndUpdatesItsQueueOnly() throws Exception {
    CapabilityToken token =
        CapabilityToken.forTaskQueue(ACCOUNT, AUTH_TOKEN, WORKSPACE, QUEUE)
            .issuedAt(ISSUED)
            .build();
    String self = BASE + "/TaskQueues/" + QUEUE;

    assertThat(token.allows("GET", self)).isTrue();
    assertThat(token.allows("GET", self + "/Statistics")).isTrue();
    assertThat(token.allows("POST", self)).isTrue();
    assertThat(token.allows("GET", BASE + "/TaskQueues/" + TaskQueueSid.random())).isFalse();
    assertThat(token.allows("GET", BASE + "/Workers")).isFalse();
    assertThat(new JwtParts(token.toJwt()).payload.get("taskqueue_sid").asText())
        .isEqualTo(QUEUE.value());
  }

  @Test
  void workspacePreset_coversTheWholeWorkspace() {
    CapabilityToken token = CapabilityToken.forWorkspace(ACCOUNT, AUTH_TOKEN, WORKSPACE).build();

    assertThat(token.allows("GET", BASE)).isTrue();
    assertThat(token.allows("POST", BASE + "/Workers")).isTrue();
    assertThat(token.allows("DELETE", BASE + "/Tasks/" + TaskSid.random())).isTrue();
    assertThat(
            token.allows(
                "GET", "https://taskrouter.twilio.com/v1/Workspaces/" + WorkspaceSid.random()))
        .isFalse();
  }

  @Test
  void denyPolicy_winsOverPresetAllow() {
    CapabilityToken token =
        CapabilityToken.forWorker(ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER)
            .addPolicy(Policy.deny("POST", BASE + "/Tasks/**"))
            .build();

    assertThat(token.allows("POST", BASE + "/Tasks/" + TaskSid.random())).isFalse();
  }

  @Test
  void decode_roundTripsPoliciesAndRole() {
    CapabilityToken token = worker();

    DecodedToken decoded = TokenDecoder.decode(token.toJwt(), AUTH_TOKEN, CLOCK);

    assertThat(decoded.kind()).isEqualTo(TokenKind.CAPABILITY_TOKEN);
    assertThat(decoded.issuer()).isEqualTo(ACCOUNT.value());
    assertThat(decoded.policies()).isEqualTo(token.policies());
    assertThat(decoded.allows("POST", BASE + "/Workers/" + WORKER, Set.of("ActivitySid"))).isTrue();
    assertThat(decoded.describe())
        .contains("capability token for channel " + WORKER)
        .contains("10 policies");
  }

  @Test
  void decode_expiredOrWrongKey_isRejected() {
    String jwt = worker().toJwt();

    assertThatThrownBy(
            () ->
                TokenDecoder.decode(
                    jwt, AUTH_TOKEN, Clock.fixed(ISSUED.plus(Duration.ofHours(9)), ZoneOffset.UTC)))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> TokenDecoder.decode(jwt, "not-the-auth-token", CLOCK))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature does not match");
  }

  @Test
  void ttlOver24Hours_isRejected() {
    assertThatThrownBy(
            () ->
                CapabilityToken.forWorker(ACCOUNT, AUTH_TOKEN, WORKSPACE, WORKER)
                    .ttl(Duration.ofDays(2)))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("at most PT24H, was PT48H");
  }

  @Test
  void toString_neverShowsAuthToken() {
    assertThat(worker().toString()).doesNotContain(AUTH_TOKEN).contains("WORKER");
  }
}
