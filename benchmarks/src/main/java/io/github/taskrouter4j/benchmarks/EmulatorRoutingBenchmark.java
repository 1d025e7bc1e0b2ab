package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The emulator's routing loop, in process (the same dispatch, parsing, state changes and JSON as
 * over HTTP, without sockets): one operation creates a task, which the workflow routes to a
 * reservation for an available worker, then accepts, completes and deletes it so the worker is free
 * again and state stays bounded. Workers are spread over the queues (target_workers {@code queue ==
 * i}); the workflow has one filter per queue. Compare the score across worker counts to see how
 * cost per task grows.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EmulatorRoutingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmulatorRoutingBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Param({"100", "1000", "10000"})
  public int workers;

  @Param({"10", "100"})
  public int queues;

  private ApiHandler api;
  private String ws;
  private String workflow;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Emulation emulation =
        new Emulation(
            "AC" + "0".repeat(32),
            "token",
            EmulatorClock.manual(),
            URI.create("http://127.0.0.1:0"),
            Executors.newCachedThreadPool());
    api = Endpoints.handler(emulation);
    ws = post("/v1/Workspaces", "FriendlyName", "bench").path("sid").asText();
    String available =
        get("/v1/Workspaces/" + ws + "/Activities?FriendlyName=Available")
            .path("activities")
            .get(0)
            .path("sid")
            .asText();
    StringBuilder filters = new StringBuilder();
    for (int q = 0; q < queues; q++) {
      String sid =
          post(path("/TaskQueues"), "FriendlyName", "q" + q, "TargetWorkers", "queue == " + q)
              .path("sid")
              .asText();
      filters
          .append(q == 0 ? "" : ",")
          .append("{\"filter_friendly_name\":\"q")
          .append(q)
          .append("\",\"expression\":\"queue == ")
          .append(q)
          .append("\",\"targets\":[{\"queue\":\"")
          .append(sid)
          .append("\"}]}");
    }
    workflow =
        post(
                path("/Workflows"),
                "FriendlyName",
                "bench",
                "Configuration",
                "{\"task_routing\":{\"filters\":[" + filters + "]}}")
            .path("sid")
            .asText();
    for (int w = 0; w < workers; w++) {
      post(
          path("/Workers"),
          "FriendlyName",
          "w" + w,
          "ActivitySid",
          available,
          "Attributes",
          "{\"queue\":" + (w % queues) + ",\"level\":" + (w % 7) + "}");
    }
  }

  /** Create → routed to a reservation → accept → complete. */
  @Benchmark
  public String routeTaskToReservation() {
    int queue = next++ % queues;
    JsonNode task =
        post(path("/Tasks"), "WorkflowSid", workflow, "Attributes", "{\"queue\":" + queue + "}");
    String sid = task.path("sid").asText();
    if (!task.path("assignment_status").asText().equals("reserved")) {
      throw new IllegalStateException("task not reserved at once: " + task);
    }
    String reservation =
        get(path("/Tasks/" + sid + "/Reservations?ReservationStatus=pending"))
            .path("reservations")
            .get(0)
            .path("sid")
            .asText();
    post(path("/Tasks/" + sid + "/Reservations/" + reservation), "ReservationStatus", "accepted");
    String status =
        post(path("/Tasks/" + sid), "AssignmentStatus", "completed")
            .path("assignment_status")
            .asText();
    api.call("DELETE", path("/Tasks/" + sid), "");
    return status;
  }

  private String path(String rest) {
    return "/v1/Workspaces/" + ws + rest;
  }

  private JsonNode get(String path) {
    return parse(api.call("GET", path, ""));
  }

  private JsonNode post(String path, String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      form.append(i == 0 ? "" : "&")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return parse(api.call("POST", path, form.toString()));
  }

  private static JsonNode parse(Map.Entry<Integer, String> answer) {
    if (answer.getKey() / 100 != 2) {
      throw new IllegalStateException("HTTP " + answer.getKey() + ": " + answer.getValue());
    }
    try {
      return answer.getValue().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(answer.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
