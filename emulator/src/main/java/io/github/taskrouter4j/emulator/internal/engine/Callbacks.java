package io.github.taskrouter4j.emulator.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.webhook.AcceptInstruction;
import io.github.taskrouter4j.webhook.CallInstruction;
import io.github.taskrouter4j.webhook.DequeueInstruction;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.webhook.InvalidInstructionException;
import io.github.taskrouter4j.webhook.RedirectInstruction;
import io.github.taskrouter4j.webhook.RejectInstruction;
import io.github.taskrouter4j.webhook.TwilioSignature;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends assignment and event callbacks, signed with {@code X-Twilio-Signature}, on background
 * threads (never a request thread, never under a workspace lock), and carries out the instruction
 * an assignment callback answers with.
 */
final class Callbacks {
  private static final System.Logger LOG = System.getLogger(Callbacks.class.getName());

  /** TaskRouter waits 5 seconds for an assignment callback before trying the fallback URL. */
  static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(5);

  /** TaskRouter waits 15 seconds for an event callback. */
  static final Duration EVENT_TIMEOUT = Duration.ofSeconds(15);

  private final Emulation emulation;
  private final Executor assignments;
  private final ExecutorService events;
  private final HttpClient http;

  Callbacks(Emulation emulation, Executor assignments) {
    this.emulation = emulation;
    this.assignments = assignments;
    this.events =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "taskrouter-emulator-events");
              t.setDaemon(true);
              return t;
            });
    this.http = HttpClient.newBuilder().connectTimeout(ASSIGNMENT_TIMEOUT).build();
  }

  void submit(Runnable queued) {
    queued.run();
  }

  void shutdown() {
    events.shutdownNow();
  }

  /** Twilio's assignment callback parameters for a new reservation. */
  Map<String, String> assignmentForm(WorkspaceState ws, ReservationRec r) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", emulation.accountSid);
    form.put("WorkspaceSid", ws.sid);
    if (r.task.workflow != null) {
      form.put("WorkflowSid", r.task.workflow.sid);
    }
    if (r.queue != null) {
      form.put("TaskQueueSid", r.queue.sid);
    }
    form.put("WorkerSid", r.worker.sid);
    form.put("WorkerAttributes", r.worker.attributesText);
    form.put("TaskSid", r.task.sid);
    form.put("TaskAttributes", r.task.attributesText);
    form.put("TaskAge", String.valueOf(EventData.age(r.task, ws.now())));
    form.put("TaskPriority", String.valueOf(r.task.priority));
    form.put("ReservationSid", r.sid);
    form.put("Timestamp", String.valueOf(ws.now().getEpochSecond()));
    return form;
  }

  void postAssignment(
      WorkspaceState ws,
      String reservationSid,
      String url,
      String fallback,
      Map<String, String> form) {
    assignments.execute(
        () -> {
          Optional<String> answer = post(url, form, ASSIGNMENT_TIMEOUT);
          if (answer.isEmpty() && fallback != null) {
            answer = post(fallback, form, ASSIGNMENT_TIMEOUT);
          }
          answer
              .filter(body -> !body.isBlank())
              .ifPresent(body -> carryOut(ws, reservationSid, body));
        });
  }

  /**
   * Carries out the instruction the handler answered with, parsed by the webhook module: accept;
   * reject (with its activity); dequeue accepts (the call is connected at once locally); call and
   * redirect accept when they say {@code accept: true}; an empty answer defers to the REST API.
   */
  private void carryOut(WorkspaceState ws, String reservationSid, String body) {
    Instruction instruction;
    try {
      instruction = Instruction.parse(body);
    } catch (InvalidInstructionException e) {
      LOG.log(
          Level.WARNING,
          "Assignment callback for reservation {0} answered with an invalid instruction (Twilio error 40001): {1}",
          reservationSid,
          e.getMessage());
      return;
    }
    ws.call(
        () -> {
          ReservationRec r = ws.reservations.get(reservationSid);
          if (r == null || !"pending".equals(r.status)) {
            return null;
          }
          if (instruction instanceof AcceptInstruction
              || instruction instanceof DequeueInstruction) {
            ws.lifecycle.accept(r);
          } else if (instruction instanceof CallInstruction) {
            if (((CallInstruction) instruction).acceptReservation()) {
              ws.lifecycle.accept(r);
            }
          } else if (instruction instanceof RedirectInstruction) {
            if (((RedirectInstruction) instruction).acceptReservation()) {
              ws.lifecycle.accept(r);
            }
          } else if (instruction instanceof RejectInstruction) {
            Optional<ActivityRec> activity =
                ((RejectInstruction) instruction)
                    .activitySid()
                    .map(a -> ws.activities.get(a.value()));
            ws.lifecycle.reject(r, activity);
          }
          return null;
        });
  }

  void postEvent(
      WorkspaceState ws, String url, String workspaceName, EventRec event, ObjectNode data) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Sid", event.sid);
    form.put("EventType", event.type);
    form.put("AccountSid", emulation.accountSid);
    form.put("WorkspaceSid", ws.sid);
    form.put("WorkspaceName", workspaceName);
    form.put("EventDescription", event.description);
    form.put("ResourceType", event.resourceType);
    form.put("ResourceSid", event.resourceSid);
    form.put("Timestamp", String.valueOf(event.date.getEpochSecond()));
    form.put("TimestampMs", String.valueOf(event.date.toEpochMilli()));
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      form.putIfAbsent(pascal(field.getKey()), field.getValue().asText());
    }
    events.execute(() -> post(url, form, EVENT_TIMEOUT));
  }

  private static Map<String, List<String>> multi(Map<String, String> form) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    form.forEach((k, v) -> out.put(k, List.of(v)));
    return out;
  }

  static String pascal(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** POSTs a signed form; the body on a 2xx answer, empty on failure. */
  private Optional<String> post(String url, Map<String, String> form, Duration timeout) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(timeout)
              .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
              .header(
                  TwilioSignature.HEADER,
                  TwilioSignature.compute(emulation.authToken, url, multi(form)))
              .header("User-Agent", "TwilioProxy/1.1 taskrouter4j-emulator")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        return Optional.of(response.body());
      }
      LOG.log(Level.WARNING, "Callback to {0} answered HTTP {1}", url, response.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Callback to {0} failed: {1}", url, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }
}
