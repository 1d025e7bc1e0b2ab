package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  static final String RATE_LIMITED =
      "{\"code\":20429,\"message\":\"Too Many Requests\",\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}";
  static final String UNAVAILABLE =
      "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}";
  static final RetryPolicy EXACT = RetryPolicy.builder().jitter(0).build();

  StubServer server;
  RecordingSleeper sleeper = new RecordingSleeper();
  TwilioHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StubServer();
    client = client(server.uri(), EXACT, sleeper);
  }

  static TwilioHttpClient client(URI base, RetryPolicy policy, Sleeper sleeper) {
    return TwilioHttpClient.builder()
        .credentials(
            Credentials.authToken(TwilioHttpClientTest.ACCOUNT, TwilioHttpClientTest.TOKEN))
        .baseUri(base)
        .retryPolicy(policy)
        .sleeper(sleeper)
        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void rateLimited_retryAfterSeconds_waitsThenSucceeds() {
    server.enqueue(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "2"));
    server.enqueue(Reply.json(201, "{\"sid\":\"WT1\"}"));

    ApiResponse<JsonNode> response =
        client.send(
            ApiRequest.post("/v1/Workspaces/WS1/Tasks").withForm("Priority", 1), JsonNode.class);

    assertThat(response.body().path("sid").asText()).isEqualTo("WT1");
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
    assertThat(server.received())
        .extracting(StubServer.Request::bodyText)
        .containsExactly("Priority=1", "Priority=1");
  }

  @Test
  void rateLimited_retryAfterHttpDate_waitsUntilThen() {
    server.enqueue(
        Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "Thu, 01 Jan 2026 00:00:03 GMT"));
    server.enqueue(Reply.json(200, "{}"));

    client.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class);

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void unavailableTwice_backsOffExponentiallyThenSucceeds() {
    server.enqueue(Reply.json(503, UNAVAILABLE));
    server.enqueue(Reply.json(503, UNAVAILABLE));
    server.enqueue(Reply.json(200, "{\"ok\":true}"));

    ApiResponse<JsonNode> response = client.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class);

    assertThat(response.attempts()).isEqualTo(3);
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(server.received()).hasSize(3);
  }

  @Test
  void unavailableTwice_async_succeeds() {
    server.enqueue(Reply.json(503, UNAVAILABLE));
    server.enqueue(Reply.json(503, UNAVAILABLE));
    server.enqueue(Reply.json(200, "{\"ok\":true}"));

    ApiResponse<JsonNode> response =
        client
            .sendAsync(
                ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x"), JsonNode.class)
            .join();

    assertThat(response.attempts()).isEqualTo(3);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void rateLimitedEveryTime_givesUpAfterMaxAttempts() {
    server.always(r -> Reply.json(429, RATE_LIMITED));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(4))
        .hasMessageContaining("HTTP 429: Too Many Requests (Twilio error 20429")
        .hasMessageEndingWith("after 4 attempts");
    assertThat(server.received()).hasSize(4);
    assertThat(sleeper.waits)
        .containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void retryAfterBeyondTimeBudget_givesUpAtOnce() {
    server.always(r -> Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "60"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void absurdRetryAfter_givesUpWithoutOverflow() {
    server.always(
        r -> Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "99999999999999999999"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workspaces")))
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void timeBudget_countsWaitsAskedFor() {
    TwilioHttpClient budgeted =
        client(
            server.uri(),
            RetryPolicy.builder()
                .jitter(0)
                .maxAttempts(10)
                .maxElapsed(Duration.ofSeconds(5))
                .build(),
            sleeper);
    server.always(r -> Reply.json(503, UNAVAILABLE).withHeader("Retry-After", "2"));

    assertThatThrownBy(() -> budgeted.send(ApiRequest.get("/v1/Workspaces")))
        .isInstanceOfSatisfying(
            TaskRouterServiceException.class, e -> assertThat(e.attempts()).isEqualTo(3));
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void serverErrorOtherThan503_notRetried() {
    server.enqueue(
        Reply.json(500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}"));

    assertThatThrownBy(
            () -> client.send(ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x")))
        .isInstanceOf(TaskRouterServiceException.class)
        .hasMessageContaining("HTTP 500");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void connectionReset_getIsRepeated() throws Exception {
    try (RawServer raw = new RawServer((socket, request) -> RawServer.reset(socket));
        TwilioHttpClient rawClient = client(raw.uri(), EXACT, sleeper)) {
      assertThatThrownBy(() -> rawClient.send(ApiRequest.get("/v1/Workspaces")))
          .isInstanceOfSatisfying(
              TaskRouterClientException.class, e -> assertThat(e.attempts()).isEqualTo(4))
          .hasMessageContaining("failed after 4 attempts")
          .hasMessageContaining("may have reached the server");
      // Each of our 4 attempts may be 2 sends: the JDK client itself repeats a GET once.
      assertThat(raw.requests()).isBetween(4, 8);
    }
  }

  @Test
  void connectionReset_postOptedIn_isRepeated() throws Exception {
    try (RawServer raw =
            new RawServer(
                (socket, request) -> {
                  if (request.contains("attempt=1")) {
                    RawServer.write(
                        socket,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                  } else {
                    RawServer.reset(socket);
                  }
                });
        TwilioHttpClient rawClient = client(raw.uri(), EXACT, sleeper)) {
      assertThatThrownBy(
              () ->
                  rawClient.send(
                      ApiRequest.post("/v1/Workspaces")
                          .withForm("attempt", 0)
                          .retryableOnAmbiguousFailure(true)))
          .isInstanceOf(TaskRouterClientException.class);
      assertThat(raw.requests()).isEqualTo(4);
      assertThat(rawClient.send(ApiRequest.post("/v1/Workspaces").withForm("attempt", 1)).status())
          .isEqualTo(200);
    }
  }

  @Test
  void connectionRefused_postIsRetriedBecauseNeverSent() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (TwilioHttpClient refused =
        client(URI.create("http://127.0.0.1:" + port), EXACT, sleeper)) {
      assertThatThrownBy(
              () -> refused.send(ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x")))
          .isInstanceOfSatisfying(
              TaskRouterClientException.class, e -> assertThat(e.attempts()).isEqualTo(4))
          .hasMessageContaining("POST /v1/Workspaces failed after 4 attempts")
          .hasMessageContaining("the request was not sent");
      assertThat(sleeper.waits).hasSize(3);
    }
  }

  @Test
  void interruptedWait_restoresFlagAndStops() throws Exception {
    server.always(r -> Reply.json(503, UNAVAILABLE).withHeader("Retry-After", "10"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    try (TwilioHttpClient sleeping = client(server.uri(), EXACT, Sleeper.SYSTEM)) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  sleeping.send(ApiRequest.get("/v1/Workspaces"));
                } catch (RuntimeException e) {
                  thrown.set(e);
                  flag.set(Thread.currentThread().isInterrupted());
                }
              });
      worker.start();
      while (server.received().isEmpty() || worker.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }
      worker.interrupt();
      worker.join(TimeUnit.SECONDS.toMillis(5));
    }

    assertThat(thrown.get())
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessage("GET /v1/Workspaces was interrupted after 1 attempt(s); not retried")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(flag.get()).isTrue();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void asyncConnectionRefused_retriedThenFails() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (TwilioHttpClient refused =
        client(URI.create("http://127.0.0.1:" + port), EXACT, sleeper)) {
      CompletableFuture<ApiResponse<Void>> future =
          refused.sendAsync(ApiRequest.get("/v1/Workspaces"));
      assertThatThrownBy(future::join)
          .hasCauseInstanceOf(TaskRouterClientException.class)
          .hasMessageContaining("failed after 4 attempts");
    }
  }

  @Test
  void policy_backoffGrowsCapsAndJitters() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(300))
            .jitter(0.5)
            .build();

    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(9, 0.0)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(2, 0.999)).isBetween(Duration.ofMillis(100), Duration.ofMillis(101));
  }

  @Test
  void policy_invalidSettings_refused() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .hasMessage("jitter must be between 0 and 1, was 1.5");
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(10))
                    .maxBackoff(Duration.ofSeconds(1))
                    .build())
        .hasMessage("maxBackoff (PT1S) must not be less than initialBackoff (PT10S)");
    assertThatThrownBy(() -> RetryPolicy.builder().retryStatuses(Set.of(200)))
        .hasMessage("retry statuses must be between 400 and 599, was 200");
  }
}
