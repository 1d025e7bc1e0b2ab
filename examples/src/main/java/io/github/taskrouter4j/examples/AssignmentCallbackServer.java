package io.github.taskrouter4j.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.webhook.AssignmentCallback;
import io.github.taskrouter4j.webhook.AssignmentEndpoint;
import io.github.taskrouter4j.webhook.HttpServerAdapter;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An assignment-callback server answering the embedded emulator: TaskRouter POSTs each reservation
 * to it, signed with {@code X-Twilio-Signature}; it checks the signature and answers {@code accept}
 * when the worker speaks the task's language, {@code reject} otherwise.
 *
 * <pre>{@code
 * AssignmentEndpoint endpoint = AssignmentEndpoint.builder()
 *     .authToken(authToken)                                   // checks X-Twilio-Signature
 *     .handler(cb -> speaks(cb.workerAttributes(), cb.taskAttributes().path("language"))
 *         ? Instruction.accept() : Instruction.reject())
 *     .build();
 * server.createContext("/assignment", HttpServerAdapter.of(endpoint));
 * }</pre>
 */
public final class AssignmentCallbackServer {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private AssignmentCallbackServer() {}

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param args none
   * @return 0, 1 if the run failed, 2 for bad usage
   */
  public static int run(PrintStream out, String... args) {
    if (args.length != 0) {
      out.println("usage: AssignmentCallbackServer (no options)");
      return 2;
    }
    try (Backend backend = Backend.emulator()) {
      out.println("Running against " + backend.describe() + ".");
      String authToken = backend.embeddedEmulator().orElseThrow().credentials().authToken();
      ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
      scenario(backend.client(), out, authToken, log);
      out.println("Callbacks answered:");
      log.forEach(line -> out.println("  " + line));
      return 0;
    } catch (RuntimeException e) {
      out.println("AssignmentCallbackServer failed: " + e);
      return 1;
    }
  }

  /**
   * Accepts when the worker speaks the task's language; otherwise rejects, putting the worker back
   * in {@code available} so that the next task can be offered to them.
   */
  static Instruction decide(
      AssignmentCallback callback, ActivitySid available, ConcurrentLinkedQueue<String> log) {
    JsonNode language = callback.taskAttributes().path("language");
    boolean speaks = false;
    for (JsonNode spoken : callback.workerAttributes().path("languages")) {
      speaks |= spoken.equals(language);
    }
    Instruction answer = speaks ? Instruction.accept() : Instruction.reject(available);
    log.add(
        callback.workerAttributes().path("name").asText()
            + " offered "
            + callback.taskAttributes()
            + " -> "
            + answer.toJson());
    return answer;
  }

  private static HttpServer start(AssignmentEndpoint endpoint) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      server.createContext("/assignment", HttpServerAdapter.of(endpoint));
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the callback server: " + e.getMessage(), e);
    }
  }

  private static void scenario(
      TaskRouter tr, PrintStream out, String authToken, ConcurrentLinkedQueue<String> log) {
    Workspace workspace =
        tr.workspaces()
            .create(w -> w.friendlyName(CustomerSupport.WORKSPACE).multiTaskEnabled(false));
    WorkspaceApi ws = tr.workspace(workspace.sid());
    Activity available = Quickstart.activityNamed(ws, "Available");
    Activity unavailable = Quickstart.activityNamed(ws, "Unavailable");
    AssignmentEndpoint endpoint =
        AssignmentEndpoint.builder()
            .authToken(authToken)
            .handler(callback -> decide(callback, available.sid(), log))
            .build();
    HttpServer server = start(endpoint);
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/assignment");
      out.println("Assignment callbacks go to " + url + ".");
      routeTasks(ws, out, url, available, unavailable);
    } finally {
      server.stop(0);
    }
  }

  private static void routeTasks(
      WorkspaceApi ws, PrintStream out, URI callbackUrl, Activity available, Activity unavailable) {
    for (Map<String, Object> attributes :
        List.of(
            Map.<String, Object>of("name", "Alex", "languages", List.of("EN")),
            Map.<String, Object>of("name", "Jamie", "languages", List.of("EN", "ES")))) {
      ws.workers()
          .create(
              w ->
                  w.friendlyName((String) attributes.get("name"))
                      .attributes(attributes)
                      .activity(available));
    }
    TaskQueue everyone =
        ws.taskQueues()
            .create(
                q ->
                    q.friendlyName("Everyone")
                        .targetWorkers("1==1")
                        .reservationActivity(unavailable)
                        .assignmentActivity(unavailable));
    Workflow workflow =
        ws.workflows()
            .create(
                w ->
                    w.friendlyName(CustomerSupport.WORKFLOW)
                        .assignmentCallbackUrl(callbackUrl)
                        .configuration(
                            WorkflowConfiguration.builder()
                                .defaultFilter(DefaultFilter.queue(everyone.sid()))
                                .build()));
    for (String language : List.of("ES", "EN")) {
      String attributes = "{\"language\":\"" + language + "\"}";
      Task task = ws.tasks().create(t -> t.workflowSid(workflow.sid()).attributes(attributes));
      Task assigned = awaitAssigned(ws, task.sid());
      String worker =
          ws.task(task.sid())
              .reservations()
              .list()
              .filter(r -> r.reservationStatus().value().equals("accepted"))
              .findFirst()
              .flatMap(r -> r.workerName())
              .orElse("?");
      out.println(
          "Task "
              + attributes
              + " ("
              + task.sid()
              + "): "
              + assigned.assignmentStatus()
              + " to "
              + worker);
    }
  }

  private static Task awaitAssigned(WorkspaceApi ws, TaskSid sid) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Task task = ws.tasks().fetch(sid);
      if (task.assignmentStatus().equals(TaskAssignmentStatus.ASSIGNED)) {
        return task;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "task " + sid + " was not assigned within " + WAIT.toSeconds() + " s: " + task);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for task " + sid, e);
      }
    }
  }
}
