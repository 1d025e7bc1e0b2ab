package io.github.taskrouter4j.http.hostile;

import static io.github.taskrouter4j.http.hostile.HostileServer.answer;
import static io.github.taskrouter4j.http.hostile.HostileServer.garbage;
import static io.github.taskrouter4j.http.hostile.HostileServer.json;
import static io.github.taskrouter4j.http.hostile.HostileServer.reset;
import static io.github.taskrouter4j.http.hostile.HostileServer.thenClose;
import static io.github.taskrouter4j.http.hostile.HostileServer.truncated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.ApiRequest;
import io.github.taskrouter4j.http.ApiResponse;
import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.PageOptions;
import io.github.taskrouter4j.http.RateLimitedException;
import io.github.taskrouter4j.http.RetryPolicy;
import io.github.taskrouter4j.http.TaskRouterClientException;
import io.github.taskrouter4j.http.TwilioHttpClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on the http layer by servers that misbehave: each test asserts the exact outcome (type,
 * status, message free of class names) and that the same client then completes a normal call.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class MisbehavingServerTest {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  HostileServer server;
  TwilioHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new HostileServer();
    client = client(RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  TwilioHttpClient client(RetryPolicy policy) {
    return TwilioHttpClient.builder()
        .credentials(Credentials.authToken("AC" + "0".repeat(32), "secret-token"))
        .baseUri(server.uri())
        .requestTimeout(REQUEST_TIMEOUT)
        .retryPolicy(policy)
        .build();
  }

  /** The client completes a well-formed call after the attack. */
  static void servesNextCall(TwilioHttpClient client) {
    ApiResponse<JsonNode> next = client.send(ApiRequest.get("/v1/Next"), JsonNode.class);
    assertThat(next.body().path("ok").asBoolean()).isTrue();
  }

  static void assertNoClassNames(Throwable e) {
    HostileAssertions.assertNoClassNames(e.getMessage());
    assertThat(e.getMessage()).doesNotContain("secret-token");
  }

  @Test
  void drippingBody_postFailsAtTheRequestTimeout_andTheConnectionIsDropped() throws Exception {
    CountDownLatch hungUp = new CountDownLatch(1);
    // 60 bytes, one every 500 ms: 30 s if the client waited for all of it.
    server.enqueue(server.drip(60, Duration.ofMillis(500), hungUp));

    assertThatThrownBy(() -> client.send(ApiRequest.post("/v1/Tasks").withForm("A", "1")))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class,
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertNoClassNames(e);
            })
        .hasMessageMatching(
            "POST /v1/Tasks failed after 1 attempt: no answer from 127\\.0\\.0\\.1:\\d+ within the"
                + " request timeout of PT2S; the request may have reached the server and was not"
                + " repeated \\(ApiRequest\\.retryableOnAmbiguousFailure\\(true\\) allows it\\)");
    assertThat(hungUp.await(10, TimeUnit.SECONDS)).as("the client closed the connection").isTrue();
    assertThat(server.requests()).isEqualTo(1);
    servesNextCall(client);
  }

  @Test
  void drippingBody_asyncGetFailsAtTheRequestTimeout() throws Exception {
    CountDownLatch hungUp = new CountDownLatch(1);
    server.enqueue(server.drip(60, Duration.ofMillis(500), hungUp));

    assertThatThrownBy(
            () ->
                client
                    .sendAsync(ApiRequest.get("/v1/Workers"), JsonNode.class)
                    .get(15, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessageContaining("GET /v1/Workers failed after 1 attempt")
        .hasMessageContaining("within the request timeout of PT2S");
    assertThat(hungUp.await(10, TimeUnit.SECONDS)).isTrue();
    servesNextCall(client);
  }

  @Test
  void connectionReset_postIsNotRepeated() {
    server.enqueue(reset());

    assertThatThrownBy(() -> client.send(ApiRequest.post("/v1/Tasks").withForm("A", "1")))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageStartingWith(
            "POST /v1/Tasks failed after 1 attempt: the connection to 127.0.0.1:")
        .hasMessageContaining("the request may have reached the server and was not repeated");
    assertThat(server.requests()).isEqualTo(1);
    servesNextCall(client);
  }

  @Test
  void connectionReset_getIsRetried() {
    try (TwilioHttpClient retrying =
        client(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build())) {
      server.enqueue(reset());

      ApiResponse<JsonNode> answer = retrying.send(ApiRequest.get("/v1/Workers"), JsonNode.class);

      // Sent twice: by the retry policy, or by the JDK client itself for an idempotent GET.
      assertThat(answer.body().path("ok").asBoolean()).isTrue();
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void truncatedBody_isAnIoErrorNamingNoClass() {
    server.enqueue(truncated(100, "{\"sid\":\"WT"));

    assertThatThrownBy(() -> client.send(ApiRequest.post("/v1/Tasks"), JsonNode.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageStartingWith(
            "POST /v1/Tasks failed after 1 attempt: the connection to 127.0.0.1:");
    servesNextCall(client);
  }

  @Test
  void notHttpAtAll_isAnIoError() {
    server.enqueue(garbage("SSH-2.0-OpenSSH_9.2\r\n\r\n"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workers"), JsonNode.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining(
            "GET /v1/Workers failed after 1 attempt: the connection to 127.0.0.1:");
    servesNextCall(client);
  }

  @Test
  void htmlErrorPage_isAClientExceptionWithStatusAndExcerpt() {
    server.enqueue(answer(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workers"), JsonNode.class))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class,
            e -> {
              assertThat(e.status()).hasValue(502);
              assertThat(e.bodyExcerpt()).hasValueSatisfying(b -> assertThat(b).contains("502"));
              assertNoClassNames(e);
            })
        .hasMessage(
            "GET /v1/Workers failed with HTTP 502 and a body that is not a JSON error object"
                + " (text/html, 50 bytes): <html><body><h1>502 Bad Gateway</h1></body></html>");
    servesNextCall(client);
  }

  @Test
  void htmlWithStatus200_cannotBeReadAsJson() {
    server.enqueue(answer(200, "text/html", "<html>maintenance</html>"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workers"), JsonNode.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining("answered HTTP 200 but the body could not be read as JSON: ")
        .hasMessageContaining("(line 1, column 1)")
        .hasMessageContaining("body starts: <html>maintenance</html>");
    servesNextCall(client);
  }

  @Test
  void trailingContent_isRefused() {
    server.enqueue(json(200, "{\"sid\":\"WT1\"}}garbage"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Tasks/WT1"), JsonNode.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessage(
            "GET /v1/Tasks/WT1 answered HTTP 200 but the body could not be read as JSON:"
                + " unexpected content after the JSON value (line 1, column 14);"
                + " body starts: {\"sid\":\"WT1\"}}garbage");
    servesNextCall(client);
  }

  @Test
  void secondJsonValue_isRefused_alsoForTypedBodies() {
    server.enqueue(json(200, "{\"ok\":true} {\"ok\":false}"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Tasks/WT1"), Flag.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining(
            "could not be read as Flag: unexpected content after the JSON value (line 1, column 13)");
    servesNextCall(client);
  }

  @Test
  void wrongTypeInTypedBody_saysWhatWasExpectedAndWhere() {
    server.enqueue(json(200, "{\"ok\":\"yes\"}"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Tasks/WT1"), Flag.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining(
            "could not be read as Flag: the value \"yes\" is not true or false (at $.ok)");
  }

  @Test
  void nestingBeyondTheLimit_saysSoPlainly() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    server.enqueue(json(200, deep));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Tasks/WT1"), JsonNode.class))
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining("could not be read as JSON: the JSON is nested deeper than ")
        .hasMessageMatching("(?s).*nested deeper than \\d+ levels.*");
    servesNextCall(client);
  }

  @Test
  void pageWithAMalformedNextPageUrl_isAnUnreadableAnswer() {
    server.enqueue(
        json(
            200,
            "{\"workers\":[{\"sid\":\"WK1\"}],"
                + "\"meta\":{\"next_page_url\":\"https://evil host/v1/Workers?Page=1\"}}"));

    assertThatThrownBy(
            () ->
                client.stream(
                        ApiRequest.get("/v1/Workers"), "workers", JsonNode.class, PageOptions.all())
                    .count())
        .isInstanceOfSatisfying(TaskRouterClientException.class, e -> assertNoClassNames(e))
        .hasMessageContaining(
            "GET /v1/Workers answered HTTP 200 but the body could not be read as a page:"
                + " meta.next_page_url is not a valid URL (Illegal character in authority at index");
    assertThat(server.requests()).isEqualTo(1);
    servesNextCall(client);
  }

  @Test
  void errorBodyWithTrailingJunk_isNotTakenForTwilioError() {
    server.enqueue(json(404, "{\"code\":20404,\"message\":\"not found\"}junk"));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Tasks/WT1"), JsonNode.class))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class, e -> assertThat(e.status()).hasValue(404))
        .hasMessageContaining("failed with HTTP 404 and a body that is not a JSON error object");
    servesNextCall(client);
  }

  @Test
  void tooManyRequests_withRetryAfter_isRetriedThenSucceeds() {
    try (TwilioHttpClient retrying = client(RetryPolicy.defaults())) {
      server.enqueue(
          json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}", "Retry-After: 0"));

      ApiResponse<JsonNode> answer =
          retrying.send(ApiRequest.post("/v1/Tasks").withForm("A", "1"), JsonNode.class);

      assertThat(answer.attempts()).isEqualTo(2);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void tooManyRequests_untilAttemptsRunOut_isRateLimited() {
    try (TwilioHttpClient retrying = client(RetryPolicy.builder().maxAttempts(3).build())) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(
            json(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}", "Retry-After: 0"));
      }

      assertThatThrownBy(() -> retrying.send(ApiRequest.get("/v1/Workers"), JsonNode.class))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.attempts()).isEqualTo(3);
                assertThat(e.code()).hasValue(20429);
              });
      assertThat(server.requests()).isEqualTo(3);
      servesNextCall(retrying);
    }
  }

  @Test
  void serviceUnavailable_withRetryAfter_retriesPostOnce() {
    try (TwilioHttpClient retrying = client(RetryPolicy.defaults())) {
      server.enqueue(answer(503, "text/html", "<h1>down for maintenance</h1>", "Retry-After: 0"));

      ApiResponse<JsonNode> answer =
          retrying.send(ApiRequest.post("/v1/Tasks").withForm("A", "1"), JsonNode.class);

      assertThat(answer.attempts()).isEqualTo(2);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void serverClosingIdleConnections_doesNotFailTheNextGets() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(thenClose(json(200, HostileServer.OK_JSON)));
    }

    for (int i = 0; i < 5; i++) {
      servesNextCall(client);
    }
    assertThat(server.requests()).isEqualTo(5);
  }

  /** A typed body. */
  record Flag(boolean ok) {}
}
