package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.http.stub.StubServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
  StubServer server;
  TwilioHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StubServer();
    // Three pages of two workers; next_page_url names Twilio's host, as Twilio does.
    server.always(
        request -> {
          int page =
              request.rawQuery() != null && request.rawQuery().contains("PageToken=p")
                  ? Character.getNumericValue(
                      request.rawQuery().charAt(request.rawQuery().indexOf("PageToken=p") + 11))
                  : 0;
          return Reply.json(200, page(page, 3));
        });
    client =
        TwilioHttpClient.builder()
            .credentials(Credentials.authToken(TwilioHttpClientTest.ACCOUNT, "token"))
            .baseUri(server.uri())
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static String page(int page, int pages) {
    String base = "https://taskrouter.twilio.com/v1/Workspaces/WS1/Workers";
    String next =
        page + 1 < pages
            ? "\"" + base + "?PageSize=2&Page=" + (page + 1) + "&PageToken=p" + (page + 1) + "\""
            : "null";
    String previous = page > 0 ? "\"" + base + "?PageSize=2&Page=" + (page - 1) + "\"" : "null";
    return "{\"workers\":[{\"friendly_name\":\"w"
        + (2 * page)
        + "\"},{\"friendly_name\":\"w"
        + (2 * page + 1)
        + "\"}],"
        + "\"meta\":{\"page\":"
        + page
        + ",\"page_size\":2,\"first_page_url\":\""
        + base
        + "?PageSize=2&Page=0\","
        + "\"previous_page_url\":"
        + previous
        + ",\"url\":\""
        + base
        + "?PageSize=2&Page="
        + page
        + "\","
        + "\"next_page_url\":"
        + next
        + ",\"key\":\"workers\"}}";
  }

  static List<String> names(List<JsonNode> workers) {
    return workers.stream().map(w -> w.path("friendly_name").asText()).collect(Collectors.toList());
  }

  @Test
  void page_readsItemsAndMeta() {
    Page<JsonNode> page =
        client.page(ApiRequest.get("/v1/Workspaces/WS1/Workers"), "workers", JsonNode.class);

    assertThat(names(page.items())).containsExactly("w0", "w1");
    assertThat(page.meta().page()).isZero();
    assertThat(page.meta().pageSize()).isEqualTo(2);
    assertThat(page.meta().key()).contains("workers");
    assertThat(page.meta().previousPageUrl()).isEmpty();
    assertThat(page.meta().nextPageUrl())
        .contains(
            "https://taskrouter.twilio.com/v1/Workspaces/WS1/Workers?PageSize=2&Page=1&PageToken=p1");
    assertThat(page.nextPage()).isPresent();
  }

  @Test
  void stream_followsNextPageUrlAcrossThreePages() {
    List<JsonNode> all =
        client.stream(
                ApiRequest.get("/v1/Workspaces/WS1/Workers"),
                "workers",
                JsonNode.class,
                PageOptions.all().withPageSize(2))
            .collect(Collectors.toList());

    assertThat(names(all)).containsExactly("w0", "w1", "w2", "w3", "w4", "w5");
    List<StubServer.Request> requests = server.received();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).rawQuery()).isEqualTo("PageSize=2");
    // The Twilio host of next_page_url is replaced by the configured base: credentials stay put.
    assertThat(requests.get(1).path()).isEqualTo("/v1/Workspaces/WS1/Workers");
    assertThat(requests.get(1).rawQuery()).isEqualTo("PageSize=2&Page=1&PageToken=p1");
    assertThat(requests.get(2).rawQuery()).isEqualTo("PageSize=2&Page=2&PageToken=p2");
  }

  @Test
  void stream_stoppedEarly_fetchesNoFurtherPage() {
    List<JsonNode> first3 =
        client.stream(
                ApiRequest.get("/v1/Workspaces/WS1/Workers"),
                "workers",
                JsonNode.class,
                PageOptions.all())
            .limit(3)
            .collect(Collectors.toList());

    assertThat(names(first3)).containsExactly("w0", "w1", "w2");
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void stream_limit_stopsAndSetsPageSize() {
    List<JsonNode> two =
        client.stream(
                ApiRequest.get("/v1/Workspaces/WS1/Workers"),
                "workers",
                JsonNode.class,
                PageOptions.limit(2))
            .collect(Collectors.toList());

    assertThat(names(two)).containsExactly("w0", "w1");
    assertThat(server.received()).hasSize(1);
    assertThat(server.last().rawQuery()).isEqualTo("PageSize=2");
  }

  @Test
  void stream_nothingConsumed_sendsNothing() {
    client.stream(
        ApiRequest.get("/v1/Workspaces/WS1/Workers"), "workers", JsonNode.class, PageOptions.all());

    assertThat(server.received()).isEmpty();
  }

  @Test
  void iterable_eachIteratorStartsAfresh() {
    Iterable<JsonNode> workers =
        client.iterable(
            ApiRequest.get("/v1/Workspaces/WS1/Workers"),
            "workers",
            JsonNode.class,
            PageOptions.limit(5));
    List<JsonNode> first = new ArrayList<>();
    workers.forEach(first::add);
    List<JsonNode> second = new ArrayList<>();
    workers.forEach(second::add);

    assertThat(names(first)).containsExactly("w0", "w1", "w2", "w3", "w4");
    assertThat(names(second)).isEqualTo(names(first));
  }

  @Test
  void pageAsync_readsPage() {
    Page<JsonNode> page =
        client
            .pageAsync(ApiRequest.get("/v1/Workspaces/WS1/Workers"), "workers", JsonNode.class)
            .join();

    assertThat(names(page.items())).containsExactly("w0", "w1");
  }

  @Test
  void page_wrongItemsKey_namesKeysPresent() {
    assertThatThrownBy(
            () ->
                client.page(ApiRequest.get("/v1/Workspaces/WS1/Workers"), "tasks", JsonNode.class))
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessageContaining("no \"tasks\" array")
        .hasMessageContaining("[workers, meta]");
  }

  @Test
  void pageOptions_invalidPageSize_refused() {
    assertThatThrownBy(() -> PageOptions.all().withPageSize(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be between 1 and 1000, was 1001");
    assertThat(PageOptions.limit(5000).pageSize()).hasValue(1000);
  }
}
