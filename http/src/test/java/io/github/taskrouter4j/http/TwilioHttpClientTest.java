package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioHttpClientTest {
  static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
  static final String TOKEN = "s3cr3t-auth-token";
  static final String TASK_JSON =
      "{\"sid\":\"WT"
          + "0".repeat(32)
          + "\",\"priority\":5,\"assignment_status\":\"pending\","
          + "\"attributes\":\"{\\\"type\\\":\\\"support\\\"}\",\"unmodelled\":true}";

  /** A caller's own decoded type. */
  static final class TaskView {
    @JsonProperty("sid")
    String sid;

    @JsonProperty("priority")
    int priority;

    @JsonProperty("assignment_status")
    String assignmentStatus;
  }

  StubServer server;
  TwilioHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StubServer();
    client =
        TwilioHttpClient.builder()
            .credentials(Credentials.authToken(ACCOUNT, TOKEN))
            .baseUri(server.uri())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void post_formAndAuthorization_sentByteForByte() {
    server.enqueue(Reply.json(201, TASK_JSON));

    ApiResponse<TaskView> response =
        client.send(
            ApiRequest.post("/v1/Workspaces/WS1/Tasks")
                .withForm("Attributes", "{\"type\":\"support\"}")
                .withForm("Priority", 5)
                .withForm("FriendlyName", "Ünïcode & spaces+plus")
                .withForm("Available", true)
                .withForm("At", Instant.parse("2026-01-01T00:00:00Z"))
                .withForm("Events", List.of("task.created", "task.canceled")),
            TaskView.class);

    StubServer.Request request = server.last();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/Workspaces/WS1/Tasks");
    assertThat(request.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    assertThat(request.header("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(request.header("Accept")).isEqualTo("application/json");
    assertThat(request.bodyText())
        .isEqualTo(
            "Attributes=%7B%22type%22%3A%22support%22%7D&Priority=5"
                + "&FriendlyName=%C3%9Cn%C3%AFcode+%26+spaces%2Bplus&Available=true"
                + "&At=2026-01-01T00%3A00%3A00Z&Events=task.created&Events=task.canceled");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.attempts()).isEqualTo(1);
    assertThat(response.body().sid).isEqualTo("WT" + "0".repeat(32));
    assertThat(response.body().priority).isEqualTo(5);
    assertThat(response.body().assignmentStatus).isEqualTo("pending");
  }

  @Test
  void get_queryParameters_encodedAndRepeated() {
    server.enqueue(Reply.json(200, "{\"ok\":true}"));

    ApiResponse<JsonNode> response =
        client.send(
            ApiRequest.get("/v1/Workspaces/WS1/Tasks")
                .withQuery("AssignmentStatus", List.of("pending", "reserved"))
                .withQuery("Evaluate", "a == 'b c'"),
            JsonNode.class);

    assertThat(server.last().rawQuery())
        .isEqualTo(
            "AssignmentStatus=pending&AssignmentStatus=reserved&Evaluate=a+%3D%3D+%27b+c%27");
    assertThat(server.last().bodyText()).isEmpty();
    assertThat(response.body().path("ok").asBoolean()).isTrue();
  }

  @Test
  void userAgent_namesLibraryAndJavaVersions() {
    server.enqueue(Reply.json(200, "{}"));
    TwilioHttpClient suffixed =
        TwilioHttpClient.builder()
            .credentials(Credentials.authToken(ACCOUNT, TOKEN))
            .baseUri(server.uri())
            .userAgentSuffix("my-app/2.1")
            .build();

    suffixed.send(ApiRequest.get("/v1/Workspaces"), JsonNode.class);

    assertThat(server.last().header("User-Agent"))
        .matches(
            "taskrouter4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/"
                + java.util.regex.Pattern.quote(System.getProperty("java.version"))
                + " my-app/2\\.1");
  }

  @Test
  void delete_noContent_returnsVoidResponse() {
    server.enqueue(new Reply(204, List.of(), new byte[0]));

    ApiResponse<Void> response = client.send(ApiRequest.delete("/v1/Workspaces/WS1"));

    assertThat(response.status()).isEqualTo(204);
    assertThat(server.last().method()).isEqualTo("DELETE");
  }

  @Test
  void ifMatch_sentAndEtagRead() {
    server.enqueue(Reply.json(200, TASK_JSON).withHeader("ETag", "\"7\""));

    ApiResponse<JsonNode> response =
        client.send(
            ApiRequest.post("/v1/Workspaces/WS1/Tasks/WT1")
                .withForm("Priority", 1)
                .withIfMatch("\"6\""),
            JsonNode.class);

    assertThat(server.last().header("If-Match")).isEqualTo("\"6\"");
    assertThat(response.etag()).contains("\"7\"");
    assertThat(response.header("etag")).contains("\"7\"");
  }

  @Test
  void sendAsync_decodesLikeSend() {
    server.enqueue(Reply.json(201, TASK_JSON));

    ApiResponse<TaskView> response =
        client
            .sendAsync(
                ApiRequest.post("/v1/Workspaces/WS1/Tasks").withForm("Priority", 5), TaskView.class)
            .join();

    assertThat(response.body().priority).isEqualTo(5);
    assertThat(server.last().bodyText()).isEqualTo("Priority=5");
  }

  @Test
  void closedClient_refusesCalls() {
    client.close();

    assertThatThrownBy(() -> client.send(ApiRequest.get("/v1/Workspaces")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void toString_hidesSecret() {
    assertThat(client.toString()).contains(ACCOUNT).doesNotContain(TOKEN);
  }

  @Test
  void jsonBody_sentAsJson() {
    server.enqueue(Reply.json(200, "{}"));

    client.send(
        ApiRequest.post("/v1/Workspaces/WS1/Workers/WK1/Channels/default")
            .withJsonBody(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .put("Capacity", 2)));

    assertThat(server.last().header("Content-Type")).isEqualTo("application/json");
    assertThat(server.last().bodyText()).isEqualTo("{\"Capacity\":2}");
  }

  @Test
  void executor_runsAsyncContinuations() {
    server.enqueue(Reply.json(200, "{}"));
    java.util.concurrent.atomic.AtomicInteger used =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try (TwilioHttpClient withExecutor =
        TwilioHttpClient.builder()
            .credentials(Credentials.authToken(ACCOUNT, TOKEN))
            .baseUri(server.uri())
            .executor(
                task -> {
                  used.incrementAndGet();
                  pool.execute(task);
                })
            .build()) {
      assertThat(withExecutor.sendAsync(ApiRequest.get("/v1/Workspaces")).join().status())
          .isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }

    assertThat(used.get()).isPositive();
  }
}
