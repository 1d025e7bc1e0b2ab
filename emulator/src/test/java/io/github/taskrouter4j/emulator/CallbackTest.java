package io.github.taskrouter4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.webhook.AssignmentCallback;
import io.github.taskrouter4j.webhook.AssignmentEndpoint;
import io.github.taskrouter4j.webhook.HttpServerAdapter;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.webhook.SignatureValidator;
import io.github.taskrouter4j.webhook.TwilioSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assignment callbacks reach a handler built with the webhook API, which validates the signature
 * and answers with an instruction the emulator carries out; event callbacks arrive signed.
 */
class CallbackTest {
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private final EmulatorCredentials credentials =
      EmulatorCredentials.of(AccountSid.of("AC" + "2".repeat(32)), TOKEN);
  private TaskRouterEmulator emulator;
  private HttpServer app;
  private String appUrl;
  private Scenario s;

  @BeforeEach
  void start() throws IOException {
    emulator = TaskRouterEmulator.builder().credentials(credentials).start();
    app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    app.start();
    appUrl = "http://127.0.0.1:" + app.getAddress().getPort();
    s = new Scenario(new Api(emulator));
  }

  @AfterEach
  void stop() {
    app.stop(0);
    emulator.close();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(20);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
  }

  private String workflow(String queue, String... more) {
    return s.workflow(
        "W", "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + queue + "\"}}}", more);
  }

  @Test
  void assignmentCallback_signedHandlerAccepts_taskIsAssigned() throws Exception {
    List<AssignmentCallback> received = new CopyOnWriteArrayList<>();
    app.createContext(
        "/assign",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder()
                .authToken(TOKEN)
                .handler(
                    callback -> {
                      received.add(callback);
                      return Instruction.accept();
                    })
                .build()));
    String q = s.queue("Q", "1==1");
    String worker = s.worker("Jamie", "{\"languages\":[\"en\"]}", s.available);
    String wf = workflow(q, "AssignmentCallbackUrl", appUrl + "/assign");

    String task = s.task(wf, "{\"type\":\"ticket\"}");

    await(() -> s.status(task).equals("assigned"));
    assertThat(received).hasSize(1);
    AssignmentCallback callback = received.get(0);
    assertThat(callback.taskSid().value()).isEqualTo(task);
    assertThat(callback.workerSid().value()).isEqualTo(worker);
    assertThat(callback.workspaceSid().value()).isEqualTo(s.ws);
    assertThat(callback.workflowSid().value()).isEqualTo(wf);
    assertThat(callback.taskQueueSid().value()).isEqualTo(q);
    assertThat(callback.taskAttributes().path("type").asText()).isEqualTo("ticket");
    assertThat(callback.workerAttributes().path("languages").get(0).asText()).isEqualTo("en");
    assertThat(s.reservations(task))
        .extracting(r -> r.path("reservation_status").asText())
        .containsExactly("accepted");
  }

  @Test
  void assignmentCallback_handlerRejectsWithActivity_nextWorkerIsAsked() throws Exception {
    String q = s.queue("Q", "1==1");
    String first = s.worker("first", "{\"accepts\":false}", s.available);
    String second = s.worker("second", "{\"accepts\":true}", s.available);
    app.createContext(
        "/assign",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder()
                .authToken(TOKEN)
                .handler(
                    callback ->
                        callback.workerAttributes().path("accepts").asBoolean()
                            ? Instruction.accept()
                            : Instruction.reject(ActivitySid.of(s.unavailable)))
                .build()));
    String wf = workflow(q, "AssignmentCallbackUrl", appUrl + "/assign");

    String task = s.task(wf, "{}");

    await(() -> s.status(task).equals("assigned"));
    assertThat(s.reservations(task))
        .extracting(
            r -> r.path("worker_sid").asText() + ":" + r.path("reservation_status").asText())
        .containsExactly(first + ":rejected", second + ":accepted");
    assertThat(s.api.get(s.path("/Workers/" + first)).ok().path("activity_name").asText())
        .isEqualTo("Unavailable");
  }

  @Test
  void assignmentCallback_wrongToken_handlerRefusesAndFallbackUrlIsUsed() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    app.createContext(
        "/primary",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder()
                .authToken("ffffffffffffffffffffffffffffffff")
                .handler(
                    callback -> {
                      calls.add("primary handler");
                      return Instruction.accept();
                    })
                .build()));
    app.createContext(
        "/fallback",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder()
                .authToken(TOKEN)
                .handler(
                    callback -> {
                      calls.add("fallback handler");
                      return Instruction.accept();
                    })
                .build()));
    String q = s.queue("Q", "1==1");
    s.worker("w", "{}", s.available);
    String wf =
        workflow(
            q,
            "AssignmentCallbackUrl",
            appUrl + "/primary",
            "FallbackAssignmentCallbackUrl",
            appUrl + "/fallback");

    String task = s.task(wf, "{}");

    await(() -> s.status(task).equals("assigned"));
    assertThat(calls).containsExactly("fallback handler");
  }

  @Test
  void eventCallback_postsSignedEventsToWorkspaceUrl() throws Exception {
    List<Map<String, List<String>>> events = new CopyOnWriteArrayList<>();
    List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    SignatureValidator validator = SignatureValidator.of(TOKEN);
    app.createContext(
        "/events",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, List<String>> form = parse(body);
          events.add(form);
          String signature = exchange.getRequestHeaders().getFirst(TwilioSignature.HEADER);
          signaturesValid.add(validator.isValid(appUrl + "/events", form, signature));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    s.api
        .post(
            s.path(""),
            "EventCallbackUrl",
            appUrl + "/events",
            "EventsFilter",
            "task.created,task.canceled")
        .ok();
    String q = s.queue("Q", "1==1");
    String wf = workflow(q);

    String task = s.task(wf, "{\"a\":1}");
    s.api.post(s.path("/Tasks/" + task), "AssignmentStatus", "canceled", "Reason", "test").ok();

    await(() -> events.size() == 2);
    assertThat(events)
        .extracting(e -> e.get("EventType").get(0))
        .containsExactly("task.created", "task.canceled");
    assertThat(events.get(1).get("TaskSid")).containsExactly(task);
    assertThat(events.get(1).get("TaskCanceledReason")).containsExactly("test");
    assertThat(events.get(0).get("AccountSid")).containsExactly(credentials.accountSid().value());
    assertThat(signaturesValid).containsOnly(true);
  }

  private static Map<String, List<String>> parse(String body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      out.computeIfAbsent(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              k -> new ArrayList<>())
          .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableMap(out);
  }
}
