package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a kept-alive connection because it was idle, at the moment the client reuses
 * it: the request arrives on a socket the server has given up on, and no byte of an answer comes
 * back. This is what failed at 8 threads in {@code HttpBenchmark} ("header parser received no
 * bytes"): the JDK's HTTP server closes connections idle for 30 s, the JDK client keeps them for 20
 * minutes, and now and then one is taken from the pool as the server's close reaches it. Here the
 * race is made certain: the second request on every connection meets the close.
 */
class IdleConnectionTest {
  private static final String ANSWER = "{\"sid\":\"WT1\"}";

  private IdleClosingServer server;
  private TwilioHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server = new IdleClosingServer();
    client =
        TwilioHttpClient.builder()
            .credentials(
                Credentials.authToken(TwilioHttpClientTest.ACCOUNT, TwilioHttpClientTest.TOKEN))
            .baseUri(server.uri())
            .retryPolicy(RetryPolicy.defaults())
            .sleeper(new RecordingSleeper())
            .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @Test
  void postOnConnectionClosedAsIdle_failsClearlyAndIsNotRepeated() {
    client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class);

    assertThatThrownBy(
            () ->
                client.send(
                    ApiRequest.post("/v1/Workspaces/WS1/Tasks").withForm("Priority", 1),
                    JsonNode.class))
        .isInstanceOfSatisfying(
            TaskRouterClientException.class, e -> assertThat(e.attempts()).isEqualTo(1))
        .hasMessageContaining("POST /v1/Workspaces/WS1/Tasks failed after 1 attempt")
        .hasMessageContaining("the server closed the connection without answering")
        .hasMessageContaining("was not repeated");
    assertThat(server.requestLines())
        .containsExactly(
            "GET /v1/Workspaces/WS1/Tasks/WT1 HTTP/1.1", "POST /v1/Workspaces/WS1/Tasks HTTP/1.1");
  }

  @Test
  void getOnConnectionClosedAsIdle_isAnsweredOnAFreshConnection() {
    client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class);

    ApiResponse<JsonNode> again =
        client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class);

    assertThat(again.body().path("sid").asText()).isEqualTo("WT1");
    // The JDK client itself resends an idempotent request whose reused connection expired.
    assertThat(server.requestLines())
        .containsExactly(
            "GET /v1/Workspaces/WS1/Tasks/WT1 HTTP/1.1",
            "GET /v1/Workspaces/WS1/Tasks/WT1 HTTP/1.1",
            "GET /v1/Workspaces/WS1/Tasks/WT1 HTTP/1.1");
  }

  /**
   * Answers the first request of each connection with keep-alive, then treats the connection as
   * idle-expired: it reads the next request and closes the socket without a byte of answer.
   */
  static final class IdleClosingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    IdleClosingServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread thread = new Thread(this::serve, "idle-closing-server");
      thread.setDaemon(true);
      thread.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    List<String> requestLines() {
      return requestLines;
    }

    private void serve() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          Thread handler = new Thread(() -> handle(connection), "idle-closing-connection");
          handler.setDaemon(true);
          handler.start();
        } catch (IOException e) {
          return;
        }
      }
    }

    private void handle(Socket connection) {
      try (connection) {
        record(RawServer.readRequest(connection.getInputStream()));
        RawServer.write(
            connection,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + ANSWER.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n"
                + ANSWER);
        String next = RawServer.readRequest(connection.getInputStream());
        if (!next.isEmpty()) {
          record(next);
        }
      } catch (IOException e) {
        // the client went away: nothing to answer
      }
    }

    private void record(String request) {
      requestLines.add(request.substring(0, request.indexOf("\r\n")));
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
