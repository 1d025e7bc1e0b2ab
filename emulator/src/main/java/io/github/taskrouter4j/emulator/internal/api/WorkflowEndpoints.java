package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.http.Pages;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.emulator.internal.http.Reply;
import io.github.taskrouter4j.emulator.internal.http.Request;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Workflows: configuration checked and compiled against the workspace's queues. */
final class WorkflowEndpoints {
  private final Emulation e;

  WorkflowEndpoints(Emulation e) {
    this.e = e;
  }

  Reply create(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    String name = req.form.required("FriendlyName");
    String configuration = req.form.required("Configuration");
    int timeout = req.form.integer("TaskReservationTimeout", 1, 86_400).orElse(120);
    Optional<String> callback = url(req, "AssignmentCallbackUrl");
    Optional<String> fallback = url(req, "FallbackAssignmentCallbackUrl");
    return Reply.created(
        ws.call(
            () -> {
              WorkflowConfiguration compiled = WorkflowValidation.validate(configuration, ws);
              WorkflowRec wf = new WorkflowRec(WorkflowSid.random().value(), name, ws.now());
              wf.configurationText = configuration;
              ws.routing.configure(wf, compiled);
              wf.taskReservationTimeout = timeout;
              wf.assignmentCallbackUrl = callback;
              wf.fallbackAssignmentCallbackUrl = fallback;
              ws.workflows.put(wf.sid, wf);
              ws.log(
                  "workflow.created",
                  "workflow",
                  wf.sid,
                  ws.url + "/Workflows/" + wf.sid,
                  "Workflow " + name + " created",
                  Json.MAPPER
                      .createObjectNode()
                      .put("workflow_sid", wf.sid)
                      .put("workflow_name", name));
              return Renderer.workflow(ws, wf);
            }));
  }

  private static Optional<String> url(Request req, String name) {
    Optional<String> value = req.form.string(name).filter(s -> !s.isEmpty());
    value.ifPresent(
        v -> {
          if (!v.startsWith("http://") && !v.startsWith("https://")) {
            throw ApiError.invalid(
                name
                    + " must be an absolute http or https URL, was '"
                    + Params.abbreviate(v)
                    + "'");
          }
        });
    return value;
  }

  Reply list(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    Optional<String> name = req.query.string("FriendlyName");
    List<ObjectNode> items =
        ws.read(
            () -> {
              List<ObjectNode> out = new ArrayList<>();
              for (WorkflowRec wf : ws.workflows.values()) {
                if (name.map(n -> n.equals(wf.friendlyName)).orElse(true)) {
                  out.add(Renderer.workflow(ws, wf));
                }
              }
              return out;
            });
    return Pages.page(e.baseUrl, req, "workflows", items);
  }

  Reply fetch(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return Reply.ok(ws.read(() -> Renderer.workflow(ws, ws.workflow(req.var("Sid")))));
  }

  Reply update(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    OptionalInt timeout = req.form.integer("TaskReservationTimeout", 1, 86_400);
    Optional<String> callback = url(req, "AssignmentCallbackUrl");
    Optional<String> fallback = url(req, "FallbackAssignmentCallbackUrl");
    boolean reEvaluate = req.form.bool("ReEvaluateTasks").orElse(false);
    return Reply.ok(
        ws.call(
            () -> {
              WorkflowRec wf = ws.workflow(req.var("Sid"));
              Optional<String> configuration =
                  req.form.string("Configuration").filter(s -> !s.isEmpty());
              Optional<WorkflowConfiguration> compiled =
                  configuration.map(c -> WorkflowValidation.validate(c, ws));
              req.form
                  .string("FriendlyName")
                  .filter(s -> !s.isEmpty())
                  .ifPresent(n -> wf.friendlyName = n);
              timeout.ifPresent(t -> wf.taskReservationTimeout = t);
              if (req.form.has("AssignmentCallbackUrl")) {
                wf.assignmentCallbackUrl = callback;
              }
              if (req.form.has("FallbackAssignmentCallbackUrl")) {
                wf.fallbackAssignmentCallbackUrl = fallback;
              }
              if (compiled.isPresent()) {
                wf.configurationText = configuration.get();
                ws.routing.configure(wf, compiled.get());
              }
              wf.updated = ws.now();
              ws.log(
                  "workflow.updated",
                  "workflow",
                  wf.sid,
                  ws.url + "/Workflows/" + wf.sid,
                  "Workflow " + wf.friendlyName + " updated",
                  Json.MAPPER.createObjectNode().put("workflow_sid", wf.sid));
              for (TaskRec t : new ArrayList<>(ws.tasks.values())) {
                if (t.workflow != wf || !t.isWaiting()) {
                  continue;
                }
                if (reEvaluate && "pending".equals(t.status)) {
                  ws.engine.reroute(t);
                } else if (compiled.isPresent() && !ws.engine.stepStillRoutable(t)) {
                  ws.engine.reroute(t);
                }
              }
              return Renderer.workflow(ws, wf);
            }));
  }

  Reply delete(Request req) {
    WorkspaceState ws = e.workspace(req.var("WorkspaceSid"));
    return ws.call(
        () -> {
          WorkflowRec wf = ws.workflow(req.var("Sid"));
          for (TaskRec t : ws.tasks.values()) {
            if (t.workflow == wf && !t.isFinal()) {
              throw ApiError.invalid(
                  "Workflow "
                      + wf.sid
                      + " ("
                      + wf.friendlyName
                      + ") has open task "
                      + t.sid
                      + " and cannot be deleted");
            }
          }
          ws.workflows.remove(wf.sid);
          ws.log(
              "workflow.deleted",
              "workflow",
              wf.sid,
              ws.url + "/Workflows/" + wf.sid,
              "Workflow " + wf.friendlyName + " deleted",
              Json.MAPPER.createObjectNode().put("workflow_sid", wf.sid));
          return Reply.noContent();
        });
  }
}
