package io.github.taskrouter4j.emulator.internal.api;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The event log: one entry per transition, oldest first, filterable (the last 15 minutes unless
 * Minutes or StartDate say otherwise, as TaskRouter).
 */
final class EventEndpoints {
  /** Without Minutes, StartDate or EndDate, TaskRouter lists the last 15 minutes. */
  private static final int DEFAULT_MINUTES = 15;

  private final Emulation e;

  EventEndpoints(Emulation e) {
    this.e = e;
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> type = req.query.string("EventType");
    Optional<Instant> start = req.query.instant("StartDate");
    Optional<Instant> end = req.query.instant("EndDate");
    OptionalInt minutes = req.query.integer("Minutes", 1, 43_200);
    String[][] bySid = {
      {"ReservationSid", "reservation_sid"},
      {"TaskSid", "task_sid"},
      {"TaskQueueSid", "task_queue_sid"},
      {"WorkerSid", "worker_sid"},
      {"WorkflowSid", "workflow_sid"},
      {"TaskChannel", "task_channel_unique_name"},
      {"Sid", null}
    };
    return ws.read(
        () -> {
          Instant now = ws.now();
          Instant from =
              start.orElseGet(() -> now.minusSeconds(60L * minutes.orElse(DEFAULT_MINUTES)));
          List<EventRec> out = new ArrayList<>();
          for (EventRec ev : ws.events) {
            boolean keep =
                type.map(t -> t.equals(ev.type)).orElse(true)
                    && !ev.date.isBefore(from)
                    && end.map(x -> !ev.date.isAfter(x)).orElse(true);
            for (String[] f : bySid) {
              Optional<String> wanted = req.query.string(f[0]);
              if (keep && wanted.isPresent()) {
                String actual = f[1] == null ? ev.sid : ev.data.path(f[1]).asText(null);
                boolean matches =
                    wanted.get().equals(actual)
                        || (f[1] != null
                            && f[1].equals("task_channel_unique_name")
                            && wanted.get().equals(ev.data.path("task_channel_sid").asText(null)));
                keep = matches || (f[1] != null && wanted.get().equals(ev.resourceSid));
              }
            }
            if (keep) {
              out.add(ev);
            }
          }
          return Pages.page(e.baseUrl, req, "events", out, ev -> Renderer.event(ws, ev));
        });
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(
        ws.read(
            () -> {
              for (EventRec ev : ws.events) {
                if (ev.sid.equals(req.var("Sid"))) {
                  return Renderer.event(ws, ev);
                }
              }
              throw ApiError.notFound("The requested resource " + req.path + " was not found");
            }));
  }
}
