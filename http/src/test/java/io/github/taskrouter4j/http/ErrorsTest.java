package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.throwable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  static final String NOT_FOUND =
      "{\"code\": 20404, \"message\": \"The requested resource /Workspaces/WS1/Tasks/WT1 was not found\","
          + " \"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}";

  StubServer server;
  TwilioHttpClient client;
  RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    server = new StubServer();
    client = client(server.uri().toString(), Duration.ofSeconds(5));
  }

  TwilioHttpClient client(String base, Duration timeout) {
    return TwilioHttpClient.builder()
        .credentials(
            Credentials.authToken(TwilioHttpClientTest.ACCOUNT, TwilioHttpClientTest.TOKEN))
        .baseUri(java.net.URI.create(base))
        .requestTimeout(timeout)
        .sleeper(sleeper)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void twilioJsonError_becomesNotFoundWithCodeAndLink() {
    server.enqueue(Reply.json(404, NOT_FOUND));

    assertThatThrownBy(
            () -> client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).hasValue(20404);
              assertThat(e.errorMessage())
                  .isEqualTo("The requested resource /Workspaces/WS1/Tasks/WT1 was not found");
              assertThat(e.moreInfo()).contains("https://www.twilio.com/docs/errors/20404");
              assertThat(e.method()).isEqualTo("GET");
              assertThat(e.path()).isEqualTo("/v1/Workspaces/WS1/Tasks/WT1");
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.details()).isEmpty();
            })
        .hasMessage(
            "GET /v1/Workspaces/WS1/Tasks/WT1 failed with HTTP 404: The requested resource"
                + " /Workspaces/WS1/Tasks/WT1 was not found (Twilio error 20404,"
                + " https://www.twilio.com/docs/errors/20404)");
  }

  @Test
  void validationErrorWithDetails_keepsDetails() {
    server.enqueue(
        Reply.json(
            400,
            "{\"code\":20001,\"message\":\"Invalid expression\",\"status\":400,\"details\":{\"column\":7}}"));

    assertThatThrownBy(
            () -> client.send(ApiRequest.post("/v1/Workspaces/WS1/Workflows").withForm("x", "y")))
        .isExactlyInstanceOf(TaskRouterServiceException.class)
        .hasMessageContaining(
            "POST /v1/Workspaces/WS1/Workflows failed with HTTP 400: Invalid expression (Twilio error 20001)")
        .satisfies(
            e ->
                assertThat(
                        ((TaskRouterServiceException) e)
                            .details()
                            .orElseThrow()
                            .path("column")
                            .asInt())
                    .isEqualTo(7));
  }

  @Test
  void staleIfMatch_becomesPreconditionFailed() {
    server.enqueue(
        Reply.json(412, "{\"code\":20412,\"message\":\"Precondition failed\",\"status\":412}"));

    assertThatThrownBy(
            () ->
                client.send(
                    ApiRequest.post("/v1/Workspaces/WS1/Tasks/WT1")
                        .withForm("Priority", 2)
                        .withIfMatch("\"1\"")))
        .isInstanceOf(PreconditionFailedException.class)
        .hasMessageContaining("HTTP 412: Precondition failed (Twilio error 20412)");
  }

  @Test
  void htmlErrorPage_becomesClientExceptionWithExcerpt() {
    server.enqueue(
        Reply.of(502, "text/html", "<html>\n<body><h1>502   Bad Gateway</h1></body></html>"));

    assertThatThrownBy(
            () -> client.send(ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x")))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class,
            e -> {
              assertThat(e.status()).hasValue(502);
              assertThat(e.bodyExcerpt())
                  .contains("<html> <body><h1>502 Bad Gateway</h1></body></html>");
            })
        .hasMessageContaining(
            "POST /v1/Workspaces failed with HTTP 502 and a body that is not a JSON error object (text/html");
  }

  @Test
  void emptyErrorBody_becomesClientException() {
    server.enqueue(new Reply(500, List.of(), new byte[0]));

    assertThatThrownBy(() -> client.send(ApiRequest.delete("/v1/Workspaces/WS1")))
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessage("DELETE /v1/Workspaces/WS1 failed with HTTP 500 and an empty body");
  }

  @Test
  void truncatedJson_becomesClientExceptionWithLocation() {
    server.enqueue(Reply.json(200, "{\"sid\": \"WT1\", \"attributes\": {\"ty"));

    assertThatThrownBy(
            () -> client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class, e -> assertThat(e.status()).hasValue(200))
        .hasMessageContaining(
            "GET /v1/Workspaces/WS1/Tasks/WT1 answered HTTP 200 but the body could not be read as JsonNode")
        .hasMessageContaining("Unexpected end-of-input")
        .hasMessageContaining("body starts: {\"sid\": \"WT1\"");
  }

  @Test
  void emptySuccessBody_whenValueExpected_becomesClientException() {
    server.enqueue(new Reply(200, List.of(), new byte[0]));

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workspaces/WS1"), JsonNode.class))
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessageContaining("the body is empty");
  }

  @Test
  void wrongShape_namesJsonPath() {
    server.enqueue(Reply.json(200, "{\"sid\":\"WT1\",\"priority\":\"high\"}"));

    assertThatThrownBy(
            () ->
                client.send(
                    ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"),
                    TwilioHttpClientTest.TaskView.class))
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessageContaining("could not be read as TaskView")
        .hasMessageContaining("\"high\"")
        .hasMessageContaining("priority");
  }

  @Test
  void connectionReset_postIsNotRepeated() throws Exception {
    try (RawServer raw = new RawServer((socket, request) -> RawServer.reset(socket));
        TwilioHttpClient rawClient = client(raw.uri().toString(), Duration.ofSeconds(5))) {
      assertThatThrownBy(
              () ->
                  rawClient.send(
                      ApiRequest.post("/v1/Workspaces/WS1/Tasks").withForm("Priority", 1)))
          .isInstanceOfSatisfying(
              TaskRouterClientException.class,
              e -> {
                assertThat(e.status()).isEmpty();
                assertThat(e.attempts()).isEqualTo(1);
              })
          .hasMessageContaining(
              "POST /v1/Workspaces/WS1/Tasks failed after 1 attempt: the connection to "
                  + raw.uri().getHost()
                  + ":"
                  + raw.uri().getPort()
                  + " failed (")
          .hasMessageContaining("may have reached the server and was not repeated")
          .hasMessageNotContaining(TwilioHttpClientTest.TOKEN);
      assertThat(raw.requests()).isEqualTo(1);
      assertThat(sleeper.waits).isEmpty();
    }
  }

  @Test
  void bodyCutShort_becomesClientException() throws Exception {
    try (RawServer raw =
            new RawServer(
                (socket, request) -> {
                  RawServer.write(
                      socket,
                      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sid\":");
                  socket.close();
                });
        TwilioHttpClient rawClient = client(raw.uri().toString(), Duration.ofSeconds(5))) {
      assertThatThrownBy(
              () ->
                  rawClient.send(
                      ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x"),
                      JsonNode.class))
          .isInstanceOf(TaskRouterClientException.class)
          .hasMessageContaining(
              "POST /v1/Workspaces failed after 1 attempt: the connection to 127.0.0.1:"
                  + raw.uri().getPort()
                  + " failed (")
          .hasMessageNotContaining("java.");
      assertThat(raw.requests()).isEqualTo(1);
    }
  }

  @Test
  void slowServer_pastTimeout_becomesClientException() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(
        request -> {
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Reply.json(200, "{}");
        });
    try (TwilioHttpClient impatient = client(server.uri().toString(), Duration.ofMillis(50))) {
      assertThatThrownBy(
              () -> impatient.send(ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "x")))
          .isInstanceOf(TaskRouterClientException.class)
          .hasMessageContaining(
              "no answer from 127.0.0.1:"
                  + server.uri().getPort()
                  + " within the request timeout of PT0.05S")
          .hasMessageContaining("was not repeated")
          .cause()
          .isInstanceOf(HttpTimeoutException.class);
    } finally {
      release.countDown();
    }
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void connectionRefused_namesHostAndPortAndSaysNothingWasSent() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    String expected =
        "GET /v1/Workspaces failed after 4 attempts: could not connect to 127.0.0.1:"
            + closedPort
            + " (connection refused); the request was not sent";
    try (TwilioHttpClient refused =
        client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> refused.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class))
          .isInstanceOf(TaskRouterClientException.class)
          .hasMessage(expected);
      assertThatThrownBy(
              () -> refused.sendAsync(ApiRequest.get("/v1/Workspaces"), JsonNode.class).join())
          .isInstanceOf(CompletionException.class)
          .extracting(Throwable::getCause, throwable(TaskRouterClientException.class))
          .hasMessage(expected);
    }
  }

  @Test
  void asyncError_failsFutureWithSameException() {
    server.enqueue(Reply.json(404, NOT_FOUND));

    assertThatThrownBy(
            () ->
                client
                    .sendAsync(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class)
                    .join())
        .isInstanceOf(CompletionException.class)
        .extracting(Throwable::getCause, throwable(NotFoundException.class))
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void plainHttpToRemoteHost_refused() {
    assertThatThrownBy(() -> client("http://api.example.com", Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUri must use https")
        .hasMessageContaining("was http://api.example.com");
  }

  @Test
  void plainHttpFullUrlToRemoteHost_neverSent() {
    server.enqueue(Reply.json(200, "{}"));

    // A foreign host is replaced by the configured one, so the request stays on loopback.
    client.send(
        ApiRequest.get("http://evil.example.com/v1/Workspaces?PageToken=x"), JsonNode.class);

    assertThat(server.last().path()).isEqualTo("/v1/Workspaces");
    assertThat(server.last().rawQuery()).isEqualTo("PageToken=x");
  }
}
