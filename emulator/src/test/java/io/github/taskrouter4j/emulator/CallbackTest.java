package io.github.taskrouter4j.emulator;

import static io.github.taskrouter4j.emulator.RequestJson.array;
import static io.github.taskrouter4j.emulator.RequestJson.defaultFilter;
import static io.github.taskrouter4j.emulator.RequestJson.json;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assignment callbacks reach a handler built with the webhook API, which validates the signature
 * and answers with an instruction the emulator carries out; event callbacks arrive signed.
 */
class CallbackTest {
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  /** A hang guard only: a slow machine is not a failure. */
  private static final Duration WAIT = Duration.ofSeconds(60);

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

  /**
   * Has the workspace post its events to the test app, so a test can wait for the event that ends
   * what it started (the emulator logs it under the workspace lock, after the change is made).
   */
  private BlockingQueue<String> followEvents() {
    BlockingQueue<String> types = new LinkedBlockingQueue<>();
    app.createContext(
        "/follow",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          types.add(parse(body).get("EventType").get(0));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    s.api.post(s.path(""), "EventCallbackUrl", appUrl + "/follow").ok();
    return types;
  }

  private static void awaitEvent(BlockingQueue<String> types, String type)
      throws InterruptedException {
    while (true) {
      String next = types.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(next).as("event %s posted within %s", type, WAIT).isNotNull();
      if (next.equals(type)) {
        return;
      }
    }
  }

  private String workflow(String queue, String... more) {
    return s.workflow("W", defaultFilter(queue), more);
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
    String worker = s.worker("Jamie", json("languages", array("en")), s.available);
    String wf = workflow(q, "AssignmentCallbackUrl", appUrl + "/assign");
    BlockingQueue<String> events = followEvents();

    String task = s.task(wf, json("type", "ticket"));

    awaitEvent(events, "reservation.accepted");
    assertThat(s.status(task)).isEqualTo("assigned");
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
    String first = s.worker("first", json("accepts", false), s.available);
    String second = s.worker("second", json("accepts", true), s.available);
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
    BlockingQueue<String> events = followEvents();

    String task = s.task(wf, "{}");

    awaitEvent(events, "reservation.accepted");
    assertThat(s.status(task)).isEqualTo("assigned");
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
    BlockingQueue<String> events = followEvents();

    String task = s.task(wf, "{}");

    awaitEvent(events, "reservation.accepted");
    assertThat(s.status(task)).isEqualTo("assigned");
    assertThat(calls).containsExactly("fallback handler");
  }

  @Test
  void eventCallback_postsSignedEventsToWorkspaceUrl() throws Exception {
    List<Map<String, List<String>>> events = new CopyOnWriteArrayList<>();
    List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();
    CountDownLatch bothPosted = new CountDownLatch(2);
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
          bothPosted.countDown();
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

    String task = s.task(wf, json("a", 1));
    s.api.post(s.path("/Tasks/" + task), "AssignmentStatus", "canceled", "Reason", "test").ok();

    assertThat(bothPosted.await(WAIT.toSeconds(), TimeUnit.SECONDS))
        .as("both events posted within %s", WAIT)
        .isTrue();
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
