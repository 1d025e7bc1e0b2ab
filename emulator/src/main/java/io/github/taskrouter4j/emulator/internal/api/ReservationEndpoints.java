package io.github.taskrouter4j.emulator.internal.api;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Task and worker reservations: read, and answer them (accept, reject, complete, wrapping). */
final class ReservationEndpoints {
  private final Emulation e;

  ReservationEndpoints(Emulation e) {
    this.e = e;
  }

  private static ReservationRec find(WorkspaceState ws, Request req, boolean underWorker) {
    ReservationRec r = ws.reservations.get(req.var("Sid"));
    boolean belongs =
        r != null
            && (underWorker
                ? r.worker.sid.equals(req.var("WorkerSid"))
                : r.task.sid.equals(req.var("TaskSid")));
    if (!belongs) {
      if (underWorker) {
        ws.worker(req.var("WorkerSid"));
      } else {
        ws.task(req.var("TaskSid"));
      }
      throw ApiError.notFound("The requested resource " + req.path + " was not found");
    }
    return r;
  }

  Reply listForTask(Request req) {
    return list(req, false);
  }

  Reply listForWorker(Request req) {
    return list(req, true);
  }

  private Reply list(Request req, boolean underWorker) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> status = req.query.string("ReservationStatus");
    Optional<String> workerSid = req.query.string("WorkerSid");
    return ws.read(
        () -> {
          List<ReservationRec> source = new ArrayList<>();
          if (underWorker) {
            WorkerRec w = ws.worker(req.var("WorkerSid"));
            for (ReservationRec r : ws.reservations.values()) {
              if (r.worker == w) {
                source.add(r);
              }
            }
          } else {
            source.addAll(ws.task(req.var("TaskSid")).reservations);
          }
          List<ReservationRec> out = new ArrayList<>();
          for (ReservationRec r : source) {
            if (status.map(s -> s.equals(r.status)).orElse(true)
                && workerSid.map(s -> s.equals(r.worker.sid)).orElse(true)) {
              out.add(r);
            }
          }
          return Pages.page(
              e.baseUrl, req, "reservations", out, r -> Renderer.reservation(ws, r, underWorker));
        });
  }

  Reply fetchForTask(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.reservation(ws, find(ws, req, false), false)));
  }

  Reply fetchForWorker(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.reservation(ws, find(ws, req, true), true)));
  }

  Reply updateForTask(Request req) {
    return update(req, false);
  }

  Reply updateForWorker(Request req) {
    return update(req, true);
  }

  private Reply update(Request req, boolean underWorker) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> status =
        req.form.oneOf(
            "ReservationStatus",
            "pending",
            "accepted",
            "rejected",
            "timeout",
            "canceled",
            "rescinded",
            "wrapping",
            "completed");
    Optional<String> instruction =
        req.form.oneOf(
            "Instruction",
            "accept",
            "reject",
            "conference",
            "dequeue",
            "call",
            "redirect",
            "supervise");
    if (status.isEmpty() && instruction.isEmpty()) {
      throw ApiError.invalid(
          "Missing required parameter: pass ReservationStatus (accepted, rejected, wrapping, completed) or Instruction");
    }
    String action = instruction.map(ReservationEndpoints::actionOf).orElseGet(status::get);
    boolean redirectAccept = req.form.bool("RedirectAccept").orElse(false);
    return Reply.ok(
        ws.call(
            () -> {
              ReservationRec r = find(ws, req, underWorker);
              Optional<ActivityRec> activity =
                  req.form.string("WorkerActivitySid").map(ws::activity);
              switch (action) {
                case "accepted":
                  ws.lifecycle.accept(r);
                  break;
                case "redirect":
                  if (redirectAccept) {
                    ws.lifecycle.accept(r);
                  } else if (!"pending".equals(r.status)) {
                    throw ApiError.invalid(
                        "Reservation "
                            + r.sid
                            + " is "
                            + r.status
                            + "; only a pending reservation can be redirected");
                  }
                  break;
                case "rejected":
                  ws.lifecycle.reject(r, activity);
                  break;
                case "completed":
                  requireAccepted(r, "completed");
                  ws.lifecycle.complete(r.task, Optional.empty());
                  break;
                case "wrapping":
                  requireAccepted(r, "moved to wrapping");
                  ws.lifecycle.wrap(r.task, Optional.empty());
                  break;
                case "supervise":
                  throw ApiError.invalid(
                      "Instruction=supervise needs a live conference, which the emulator does not place; use accept");
                default:
                  throw ApiError.invalid(
                      "ReservationStatus can be set to accepted, rejected, wrapping or completed, was '"
                          + action
                          + "'");
              }
              return Renderer.reservation(ws, r, underWorker);
            }));
  }

  private static void requireAccepted(ReservationRec r, String verb) {
    if (!"accepted".equals(r.status) && !"wrapping".equals(r.status)) {
      throw ApiError.invalid(
          "Reservation "
              + r.sid
              + " is "
              + r.status
              + "; only an accepted reservation can be "
              + verb);
    }
  }

  /** Instructions that connect a call complete the assignment locally: the task is accepted. */
  private static String actionOf(String instruction) {
    switch (instruction) {
      case "accept":
      case "conference":
      case "dequeue":
      case "call":
        return "accepted";
      case "reject":
        return "rejected";
      default:
        return instruction;
    }
  }
}
