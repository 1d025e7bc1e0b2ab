package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.configuration;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console over plain HTTP: who may enter, CSRF, actions, event streams. */
class ConsoleHttpTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private TaskRouterEmulator emulator;
  private Scenario s;

  @BeforeEach
  void start() {
    emulator = TaskRouterEmulator.builder().clock(EmulatorClock.manual()).start();
    s = new Scenario(new Api(emulator));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private HttpResponse<String> get(URI uri, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String basic() {
    String pair =
        emulator.credentials().accountSid().value() + ":" + emulator.credentials().authToken();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String cookie(HttpResponse<?> response) {
    return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(emulator.baseUri().resolve(path))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void console_withoutCredentials_answers401AndAsksForBasicAuth() throws Exception {
    HttpResponse<String> response = get(emulator.consoleUri());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("login link");
  }

  @Test
  void console_withBasicAuth_listsWorkspacesAndOpensSession() throws Exception {
    HttpResponse<String> response = get(emulator.consoleUri(), "Authorization", basic());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(s.ws);
    assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(get(emulator.consoleUri(), "Cookie", cookie(response)).statusCode()).isEqualTo(200);
  }

  @Test
  void loginLink_worksOnce() throws Exception {
    URI link = emulator.consoleLoginUri();

    HttpResponse<String> first = get(link);
    HttpResponse<String> second = get(link);

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(get(emulator.consoleUri(), "Cookie", cookie(first)).statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(401);
    assertThat(second.body()).contains("already used");
  }

  @Test
  void action_withoutCsrfToken_isRefused_andWithIt_changesState() throws Exception {
    String alice = s.worker("alice", json("skills", array("billing")), s.offline);
    HttpResponse<String> page =
        get(emulator.consoleUri().resolve("/console/ws/" + s.ws), "Authorization", basic());
    String cookie = cookie(page);
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).isTrue();
    String form = "WorkerSid=" + alice + "&ActivitySid=" + s.available;

    HttpResponse<String> refused = post("/console/ws/" + s.ws + "/activity", cookie, form);
    HttpResponse<String> done =
        post(
            "/console/ws/" + s.ws + "/activity",
            cookie,
            form + "&csrf=" + enc(csrf.group(1)) + "&back=" + enc("/console/ws/" + s.ws));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("CSRF token");
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).contains("/console/ws/" + s.ws);
    assertThat(s.api.get(s.path("/Workers/" + alice)).ok().path("activity_name").asText())
        .isEqualTo("Available");
  }

  /** The queue's "Available" cell: its ready workers, as the workspace page shows them. */
  private String availableCell(String queueName) throws Exception {
    String page =
        get(emulator.consoleUri().resolve("/console/ws/" + s.ws), "Authorization", basic()).body();
    Matcher row = Pattern.compile("<tr data-queue=\"" + queueName + "\">(.*?)</tr>").matcher(page);
    assertThat(row.find()).as("a row for queue %s", queueName).isTrue();
    String[] cells = row.group(1).split("<td[^>]*>");
    return cells[cells.length - 1].replace("</td>", "");
  }

  @Test
  void queueRow_namesTheChannelsAReadyWorkerHasRoomOn_onceOneChannelIsFull() throws Exception {
    s.worker("alice", json("skills", array("billing")), s.available);
    String queue = s.queue("Billing", "1==1");
    String wf = s.workflow("Billing", configuration(queue));
    assertThat(availableCell("Billing")).isEqualTo("alice");

    String task = s.task(wf, json("type", "billing"));

    assertThat(s.status(task)).isEqualTo("reserved");
    String cell = availableCell("Billing");
    assertThat(cell).startsWith("alice <span class=\"dim\">(room on ").contains("voice");
    assertThat(cell.substring(cell.indexOf("room on"))).doesNotContain("default");
  }

  @Test
  void action_theApiRefuses_comesBackAsProblemOnThePage() throws Exception {
    String queue = s.queue("Billing", "1==1");
    String wf = s.workflow("Billing", configuration(queue));
    HttpResponse<String> page =
        get(emulator.consoleUri().resolve("/console/ws/" + s.ws), "Authorization", basic());
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).isTrue();

    HttpResponse<String> answer =
        post(
            "/console/ws/" + s.ws + "/task",
            cookie(page),
            "WorkflowSid="
                + wf
                + "&Attributes="
                + enc("{not json")
                + "&csrf="
                + enc(csrf.group(1))
                + "&back="
                + enc("/console/ws/" + s.ws));
    String location = answer.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> shown = get(emulator.baseUri().resolve(location), "Cookie", cookie(page));

    assertThat(location).contains("problem=");
    assertThat(shown.body()).contains("class=\"problem\"").contains("Attributes");
  }

  @Test
  void workflowPage_showsConfigurationAndMermaidDiagram() throws Exception {
    String queue = s.queue("Billing", "1==1");
    String wf = s.workflow("Billing", configuration(queue));

    HttpResponse<String> page =
        get(
            emulator.consoleUri().resolve("/console/ws/" + s.ws + "/workflows/" + wf),
            "Authorization",
            basic());
    HttpResponse<String> mermaid =
        get(
            emulator.consoleUri().resolve("/console/static/mermaid.min.js"),
            "Authorization",
            basic());

    assertThat(page.body()).contains("<pre class=\"mermaid\">").contains("default_filter");
    assertThat(mermaid.statusCode()).isEqualTo(200);
    assertThat(mermaid.body().length()).isGreaterThan(100_000);
  }

  @Test
  void liveStream_sendsChange_andEndsWhenEmulatorStops() throws Exception {
    HttpResponse<String> page = get(emulator.consoleUri(), "Authorization", basic());
    HttpResponse<Stream<String>> stream =
        HTTP.send(
            HttpRequest.newBuilder(emulator.consoleUri().resolve("/console/live"))
                .header("Cookie", cookie(page))
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    Iterator<String> lines = stream.body().iterator();
    CompletableFuture<Boolean> sawChange =
        CompletableFuture.supplyAsync(
            () -> {
              while (lines.hasNext()) {
                if (lines.next().equals("data: change")) {
                  return true;
                }
              }
              return false;
            });

    s.worker("alice", json("skills", array("billing")), s.offline);

    assertThat(sawChange.get(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> ended =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                while (lines.hasNext()) {
                  lines.next();
                }
              } catch (UncheckedIOException e) {
                // the connection closed under the reader: ended as well
              }
              return true;
            });
    emulator.close();
    assertThat(ended.get(10, TimeUnit.SECONDS)).isTrue();
  }
}
