package io.github.taskrouter4j.emulator.internal.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.emulator.internal.http.ApiHandler;
import io.github.taskrouter4j.emulator.internal.http.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The console's buttons, each one REST call answered in process by the same endpoints as over HTTP,
 * so a console action validates and behaves exactly like the API call it stands for.
 */
final class ConsoleActions {
  private static final long MAX_ADVANCE_SECONDS = 366L * 24 * 3600;

  private final ApiHandler api;
  private final ConsoleClock clock;

  ConsoleActions(ApiHandler api, ConsoleClock clock) {
    this.api = api;
    this.clock = clock;
  }

  /**
   * Performs {@code action} in workspace {@code ws}; empty on success, else what went wrong in
   * words.
   */
  Optional<String> perform(String ws, String action, Map<String, String> form) {
    String base = "/v1/Workspaces/" + ws;
    switch (action) {
      case "activity":
        return call(
            base + "/Workers/" + required(form, "WorkerSid"),
            Map.of("ActivitySid", required(form, "ActivitySid")));
      case "accept":
        return call(reservation(base, form), Map.of("ReservationStatus", "accepted"));
      case "reject":
        return call(reservation(base, form), Map.of("ReservationStatus", "rejected"));
      case "complete":
        return call(
            base + "/Tasks/" + required(form, "TaskSid"),
            Map.of("AssignmentStatus", "completed", "Reason", "completed in the console"));
      case "task":
        return createTask(base, form);
      case "clock":
        return advance(form);
      default:
        return Optional.of("Unknown console action " + action);
    }
  }

  private static String reservation(String base, Map<String, String> form) {
    return base
        + "/Tasks/"
        + required(form, "TaskSid")
        + "/Reservations/"
        + required(form, "ReservationSid");
  }

  private Optional<String> createTask(String base, Map<String, String> form) {
    String priority = form.getOrDefault("Priority", "").trim();
    Map<String, String> fields =
        priority.isEmpty()
            ? Map.of(
                "WorkflowSid", required(form, "WorkflowSid"),
                "Attributes", form.getOrDefault("Attributes", "{}"))
            : Map.of(
                "WorkflowSid", required(form, "WorkflowSid"),
                "Attributes", form.getOrDefault("Attributes", "{}"),
                "Priority", priority);
    return call(base + "/Tasks", fields);
  }

  private Optional<String> advance(Map<String, String> form) {
    if (!clock.isManual()) {
      return Optional.of("The clock is real time; only a manual clock can be advanced");
    }
    String text = form.getOrDefault("seconds", "").trim();
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      return Optional.of("Seconds must be a whole number, was \"" + text + "\"");
    }
    if (seconds < 1 || seconds > MAX_ADVANCE_SECONDS) {
      return Optional.of(
          "Seconds must be between 1 and " + MAX_ADVANCE_SECONDS + ", was " + seconds);
    }
    clock.advance(Duration.ofSeconds(seconds));
    return Optional.empty();
  }

  private static String required(Map<String, String> form, String name) {
    String value = form.getOrDefault(name, "");
    if (value.isBlank() || !value.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException(
          "The form field " + name + " must be a SID, was \"" + value + "\"");
    }
    return value;
  }

  private Optional<String> call(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    Map.Entry<Integer, String> answer = api.call("POST", path, body.toString());
    if (answer.getKey() < 300) {
      return Optional.empty();
    }
    try {
      JsonNode error = Json.MAPPER.readTree(answer.getValue());
      return Optional.of(error.path("message").asText("HTTP " + answer.getKey()));
    } catch (IOException e) {
      return Optional.of("HTTP " + answer.getKey());
    }
  }
}
