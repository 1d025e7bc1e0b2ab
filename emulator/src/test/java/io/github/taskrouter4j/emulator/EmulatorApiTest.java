package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.configuration;
import static io.github.taskrouter4j.emulator.RequestJson.defaultFilter;
import static io.github.taskrouter4j.emulator.RequestJson.json;
import static io.github.taskrouter4j.emulator.RequestJson.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.AccountSid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmulatorApiTest {
  private static TaskRouterEmulator emulator;
  private static Api api;

  @BeforeAll
  static void start() {
    emulator = TaskRouterEmulator.builder().clock(EmulatorClock.manual()).start();
    api = new Api(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void start_defaults_bindsLoopbackWithGeneratedCredentials() {
    assertThat(emulator.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(emulator.port()).isPositive();
    assertThat(emulator.credentials().authToken()).hasSize(32);
    assertThat(emulator.credentials().toString())
        .doesNotContain(emulator.credentials().authToken());
    assertThat(emulator.toString()).doesNotContain(emulator.credentials().authToken());
  }

  @Test
  void request_withoutCredentials_is401With20003() {
    Api.Answer a =
        new Api(emulator.baseUri(), emulator.credentials().accountSid().value(), "wrong")
            .get("/v1/Workspaces");

    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body().path("code").asInt()).isEqualTo(20003);
    assertThat(a.body().path("status").asInt()).isEqualTo(401);
    assertThat(a.body().path("more_info").asText())
        .isEqualTo("https://www.twilio.com/docs/errors/20003");
    assertThat(a.body().toString()).doesNotContain(emulator.credentials().authToken());
  }

  @Test
  void request_withConfiguredCredentials_isAccepted() {
    EmulatorCredentials fixed =
        EmulatorCredentials.of(AccountSid.of("AC" + "1".repeat(32)), "s3cret");
    try (TaskRouterEmulator other = TaskRouterEmulator.builder().credentials(fixed).start()) {
      assertThat(new Api(other).get("/v1/Workspaces").status()).isEqualTo(200);
      assertThat(
              new Api(other.baseUri(), "AC" + "1".repeat(32), "nope")
                  .get("/v1/Workspaces")
                  .status())
          .isEqualTo(401);
    }
  }

  @Test
  void createWorkspace_fifoTemplate_createsDefaultActivitiesQueueAndWorkflow() {
    JsonNode ws = api.post("/v1/Workspaces", "FriendlyName", "Support", "Template", "FIFO").ok();
    String sid = ws.path("sid").asText();

    assertThat(sid).startsWith("WS");
    assertThat(ws.path("default_activity_name").asText()).isEqualTo("Offline");
    assertThat(ws.path("timeout_activity_name").asText()).isEqualTo("Offline");
    assertThat(ws.path("url").asText()).isEqualTo(emulator.baseUri() + "/v1/Workspaces/" + sid);
    List<String> activities =
        names(api.get("/v1/Workspaces/" + sid + "/Activities").ok().path("activities"));
    assertThat(activities).containsExactly("Offline", "Available", "Unavailable");
    JsonNode queues = api.get("/v1/Workspaces/" + sid + "/TaskQueues").ok().path("task_queues");
    assertThat(names(queues)).containsExactly("Sample Queue");
    assertThat(queues.get(0).path("target_workers").asText()).isEqualTo("1==1");
    JsonNode workflows = api.get("/v1/Workspaces/" + sid + "/Workflows").ok().path("workflows");
    assertThat(names(workflows)).containsExactly("Default Fifo Workflow");
    assertThat(workflows.get(0).path("configuration").asText())
        .contains(queues.get(0).path("sid").asText());
  }

  @Test
  void list_paging_shapesMetaAsTwilio() {
    Scenario s = new Scenario(api);
    for (int i = 0; i < 5; i++) {
      s.worker("w" + i, "{}", s.offline);
    }

    JsonNode page = api.get(s.path("/Workers?PageSize=2&Page=1")).ok();

    assertThat(names(page.path("workers"))).containsExactly("w2", "w3");
    JsonNode meta = page.path("meta");
    assertThat(meta.path("key").asText()).isEqualTo("workers");
    assertThat(meta.path("page").asInt()).isEqualTo(1);
    assertThat(meta.path("page_size").asInt()).isEqualTo(2);
    String base = emulator.baseUri() + s.path("/Workers?");
    assertThat(meta.path("first_page_url").asText()).isEqualTo(base + "PageSize=2&Page=0");
    assertThat(meta.path("previous_page_url").asText()).isEqualTo(base + "PageSize=2&Page=0");
    assertThat(meta.path("url").asText()).isEqualTo(base + "PageSize=2&Page=1");
    assertThat(meta.path("next_page_url").asText())
        .startsWith(base + "PageSize=2&Page=2&PageToken=PA");
    JsonNode last = api.get(meta.path("next_page_url").asText()).ok();
    assertThat(names(last.path("workers"))).containsExactly("w4");
    assertThat(last.path("meta").path("next_page_url").isNull()).isTrue();
  }

  @Test
  void fetch_unknownSid_is404With20404() {
    Scenario s = new Scenario(api);
    Api.Answer a = api.get(s.path("/Workers/WK" + "0".repeat(32)));

    assertThat(a.status()).isEqualTo(404);
    assertThat(a.body().path("code").asInt()).isEqualTo(20404);
    assertThat(a.body().path("message").asText())
        .contains("/Workers/WK" + "0".repeat(32))
        .contains("was not found");
  }

  @Test
  void create_missingParameter_is400With20001NamingIt() {
    Scenario s = new Scenario(api);
    Api.Answer a = api.post(s.path("/Workers"), "Attributes", "{}");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText()).contains("FriendlyName");
  }

  @Test
  void create_badJsonAttributes_isRefusedWithPositionAndNothingCreated() {
    Scenario s = new Scenario(api);
    Api.Answer a =
        api.post(
            s.path("/Workers"), "FriendlyName", "Ann", "Attributes", "{\"languages\": [\"en\"");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .contains("Attributes is not valid JSON at line 1");
    assertThat(api.get(s.path("/Workers")).ok().path("workers")).isEmpty();
  }

  @Test
  void create_attributesNotAnObject_isRefused() {
    Scenario s = new Scenario(api);
    Api.Answer a = api.post(s.path("/Workers"), "FriendlyName", "Ann", "Attributes", "[1,2]");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText()).contains("Attributes must be a JSON object");
  }

  @Test
  void create_oversizeAttributes_isRefusedWithLimit() {
    Scenario s = new Scenario(api);
    String big = json("notes", "x".repeat(4100));
    Api.Answer a = api.post(s.path("/Workers"), "FriendlyName", "Ann", "Attributes", big);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText())
        .contains("Attributes is too long: 4112 characters")
        .contains("4096");
  }

  @Test
  void createQueue_badExpression_isRefusedWithTheExpression() {
    Scenario s = new Scenario(api);
    Api.Answer a =
        api.post(s.path("/TaskQueues"), "FriendlyName", "Q", "TargetWorkers", "languages HAS (");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .contains("Invalid TargetWorkers expression 'languages HAS ('");
    assertThat(api.get(s.path("/TaskQueues")).ok().path("task_queues")).isEmpty();
  }

  @Test
  void createWorkflow_unknownQueue_isRefusedByTheLinterWithPath() {
    Scenario s = new Scenario(api);
    String config = configuration("WQ" + "a".repeat(32));
    Api.Answer a = api.post(s.path("/Workflows"), "FriendlyName", "W", "Configuration", config);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .startsWith("Invalid Configuration: task_routing.default_filter")
        .contains("WQ" + "a".repeat(32));
  }

  @Test
  void createWorkflow_badFilterExpression_isRefused() {
    Scenario s = new Scenario(api);
    String q = s.queue("Q", "1==1");
    String config =
        configuration(object("expression", "type == ", "targets", array(object("queue", q))));
    Api.Answer a = api.post(s.path("/Workflows"), "FriendlyName", "W", "Configuration", config);

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText()).contains("task_routing.filters[0]");
  }

  @Test
  void completeTask_whilePending_isRefusedAndStateUnchanged() {
    Scenario s = new Scenario(api, "Template", "FIFO");
    String wf = api.get(s.path("/Workflows")).ok().path("workflows").get(0).path("sid").asText();
    String task = s.task(wf, "{}");

    Api.Answer a = api.post(s.path("/Tasks/" + task), "AssignmentStatus", "completed");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("code").asInt()).isEqualTo(20001);
    assertThat(a.body().path("message").asText())
        .contains("is pending; only an assigned or wrapping task can be completed");
    assertThat(s.status(task)).isEqualTo("pending");
  }

  @Test
  void updateTask_ifMatchMismatch_is412With20412() {
    Scenario s = new Scenario(api, "Template", "FIFO");
    String wf = api.get(s.path("/Workflows")).ok().path("workflows").get(0).path("sid").asText();
    String task = s.task(wf, json("a", 1));
    String etag = api.get(s.path("/Tasks/" + task)).etag();

    Api.Answer stale =
        api.postWithHeaders(
            s.path("/Tasks/" + task),
            new String[] {"If-Match", "\"999\""},
            "Attributes",
            json("a", 2));
    String attributes = json("a", 3);
    Api.Answer fresh =
        api.postWithHeaders(
            s.path("/Tasks/" + task), new String[] {"If-Match", etag}, "Attributes", attributes);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body().path("code").asInt()).isEqualTo(20412);
    assertThat(fresh.ok().path("attributes").asText()).isEqualTo(attributes);
    assertThat(fresh.etag()).isNotEqualTo(etag);
  }

  @Test
  void createTask_withoutWorkflowInWorkspaceWithTwo_isRefused() {
    Scenario s = new Scenario(api);
    String q = s.queue("Q", "1==1");
    String config = defaultFilter(q);
    s.workflow("A", config);
    s.workflow("B", config);

    Api.Answer a = api.post(s.path("/Tasks"), "Attributes", "{}");

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("message").asText()).contains("WorkflowSid").contains("2 workflows");
  }

  @Test
  void unknownPath_is404AndWrongMethodIs405() {
    assertThat(api.get("/v1/Nope").status()).isEqualTo(404);
    assertThat(api.delete("/v1/Workspaces").status()).isEqualTo(405);
  }

  private static List<String> names(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.path("friendly_name").asText()));
    return out;
  }
}
