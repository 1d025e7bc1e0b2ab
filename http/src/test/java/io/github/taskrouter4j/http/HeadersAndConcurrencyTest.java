package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class HeadersAndConcurrencyTest {

  static TwilioHttpClient client(URI base) {
    return TwilioHttpClient.builder()
        .credentials(
            Credentials.authToken(TwilioHttpClientTest.ACCOUNT, TwilioHttpClientTest.TOKEN))
        .baseUri(base)
        .build();
  }

  static String answer(String etagHeader) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + etagHeader
        + "\r\nX-Rate-Limit-Remaining: 98\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
  }

  @Test
  void etag_readWhicheverWayTwilioSpellsIt() throws Exception {
    for (String spelling : List.of("ETag", "Etag", "etag")) {
      try (RawServer raw =
              new RawServer(
                  (socket, request) -> RawServer.write(socket, answer(spelling + ": \"42\"")));
          TwilioHttpClient client = client(raw.uri())) {
        ApiResponse<JsonNode> response =
            client.send(ApiRequest.get("/v1/Workspaces/WS1/Tasks/WT1"), JsonNode.class);

        assertThat(response.etag()).as(spelling).contains("\"42\"");
        assertThat(response.header("x-rate-limit-remaining")).contains("98");
      }
    }
  }

  @Test
  void eightThreads_shareOneClient() throws Exception {
    try (StubServer server = new StubServer();
        TwilioHttpClient client = client(server.uri())) {
      server.always(request -> Reply.json(201, "{\"echo\":\"" + request.bodyText() + "\"}"));
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Callable<List<String>>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          jobs.add(
              () -> {
                List<String> echoes = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                  ApiRequest request =
                      ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", thread + "-" + i);
                  ApiResponse<JsonNode> response =
                      i % 2 == 0
                          ? client.send(request, JsonNode.class)
                          : client.sendAsync(request, JsonNode.class).join();
                  echoes.add(response.body().path("echo").asText());
                }
                return echoes;
              });
        }
        List<Future<List<String>>> results = threads.invokeAll(jobs);
        for (int t = 0; t < 8; t++) {
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            expected.add("FriendlyName=" + t + "-" + i);
          }
          assertThat(results.get(t).get()).isEqualTo(expected);
        }
        assertThat(server.received()).hasSize(200);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void debugLog_showsMethodPathStatusAndNoSecret() throws Exception {
    Logger logger = Logger.getLogger("io.github.taskrouter4j.http");
    List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Level previous = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try (StubServer server = new StubServer();
        TwilioHttpClient client = client(server.uri())) {
      server.enqueue(Reply.json(201, "{}"));
      client.send(ApiRequest.post("/v1/Workspaces").withForm("FriendlyName", "secret-name"));
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }

    assertThat(records).hasSize(1);
    String message = records.get(0).getMessage();
    assertThat(records.get(0).getLevel()).isEqualTo(Level.FINE);
    assertThat(message).matches("POST /v1/Workspaces -> HTTP 201 in \\d+ ms \\(attempt 1\\)");
    assertThat(message).doesNotContain(TwilioHttpClientTest.TOKEN, "Basic", "secret-name");
  }
}
