package io.github.taskrouter4j.emulator.internal.console;

import static io.github.taskrouter4j.emulator.internal.console.Html.esc;

import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.workflow.routing.FilterEvaluation;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.StepExplanation;
import io.github.taskrouter4j.workflow.routing.WorkerVerdict;
import java.time.Instant;

/** One task: status, attributes, reservation history and "why is this task waiting?". */
final class TaskPage {
  private final WorkspaceState ws;
  private final TaskRec t;
  private final String csrf;
  private final String base;
  private final Instant now;

  /** Renders under the workspace's lock. */
  TaskPage(WorkspaceState ws, TaskRec t, String csrf) {
    this.ws = ws;
    this.t = t;
    this.csrf = csrf;
    this.base = "/console/ws/" + ws.sid;
    this.now = ws.now();
  }

  String render(String notice) {
    String live =
        notice
            + "<dl><dt>Status</dt><dd id=\"task-status\">"
            + esc(t.status)
            + "</dd><dt>Queue</dt><dd>"
            + t.queue.map(q -> esc(q.friendlyName)).orElse("none")
            + "</dd><dt>Priority</dt><dd>"
            + t.priority
            + "</dd><dt>Age</dt><dd>"
            + Html.age(t.created, now)
            + "</dd><dt>Workflow</dt><dd>"
            + (t.workflow == null ? "none" : esc(t.workflow.friendlyName))
            + "</dd><dt>Attributes</dt><dd><pre>"
            + esc(t.attributes.toPrettyString())
            + "</pre></dd></dl>\n"
            + reservations()
            + why();
    return Html.page("Task " + t.sid, WorkspacePage.nav(ws), live, "");
  }

  private String reservations() {
    StringBuilder out =
        new StringBuilder("<section id=\"reservations\"><h2>Reservation history</h2><table>");
    out.append(
        "<tr><th>Reservation</th><th>Worker</th><th>Status</th><th>Created</th><th></th></tr>");
    for (ReservationRec r : t.reservations) {
      out.append("<tr><td>")
          .append(esc(r.sid))
          .append("</td><td>")
          .append(esc(r.worker.friendlyName))
          .append("</td><td class=\"status\">")
          .append(esc(r.status))
          .append("</td><td>")
          .append(r.created)
          .append("</td><td>")
          .append(ReservationForms.buttons(base, csrf, r, base + "/tasks/" + t.sid))
          .append("</td></tr>");
    }
    return out.append("</table></section>\n").toString();
  }

  private String why() {
    StringBuilder out =
        new StringBuilder("<section id=\"why\"><h2>Why is this task waiting?</h2>\n");
    if (!t.isWaiting()) {
      return out.append("<p>It is not waiting: it is ")
          .append(esc(t.status))
          .append(".</p></section>\n")
          .toString();
    }
    if (t.workflow == null || t.step == null) {
      return out.append(
              "<p>It was created for a queue or worker directly (no workflow), so no filter"
                  + " decides where it goes.</p></section>\n")
          .toString();
    }
    RoutingDecision decision = t.workflow.router.route(t.attributes, t.created);
    out.append("<h3>Filters</h3><ol class=\"filters\">");
    for (FilterEvaluation f : decision.trace()) {
      out.append("<li>")
          .append(esc(f.name()))
          .append(": ")
          .append(f.matched() ? "<strong>matched</strong>" : "did not match")
          .append(f.reason().isEmpty() ? "" : " — " + esc(f.reason()))
          .append("</li>");
    }
    out.append("</ol>");
    StepExplanation explanation =
        t.workflow.router.explain(t.attributes, t.step, t.queueEntered.orElse(t.created), now);
    out.append("<h3>Current step</h3><p id=\"current-step\">")
        .append(esc(t.step.path()))
        .append(" in queue ")
        .append(esc(t.step.queueName()))
        .append(
            explanation
                .nextStepAt()
                .map(at -> "; the next step starts at " + at + " (in " + Html.age(now, at) + ")")
                .orElse("; this step has no timeout"))
        .append("</p>\n<h3>Workers</h3><ul id=\"verdicts\">");
    for (WorkerVerdict v : explanation.verdicts()) {
      WorkerRec w = ws.workers.get(v.worker().sid().value());
      String detail = v.eligible() && w != null ? emulatorReason(w) : v.detail();
      out.append("<li data-worker=\"")
          .append(esc(v.worker().friendlyName()))
          .append("\" class=\"")
          .append(detail.equals("eligible") ? "eligible" : "not-eligible")
          .append("\"><strong>")
          .append(esc(v.worker().friendlyName()))
          .append("</strong>: ")
          .append(esc(detail))
          .append("</li>");
    }
    return out.append("</ul></section>\n").toString();
  }

  /** What the emulator adds to the router's "eligible": this task's reservations and capacity. */
  private String emulatorReason(WorkerRec w) {
    if (t.reservedBy.contains(w.sid)) {
      return "already reserved for this task (reservation pending)";
    }
    if (t.declinedBy.contains(w.sid)) {
      return "rejected this task (or let the reservation time out) in this step";
    }
    WorkerChannelRec channel = w.channels.get(t.channel.sid);
    if (channel != null && !channel.hasRoom()) {
      return "no capacity on channel "
          + channel.taskChannelUniqueName
          + " ("
          + channel.used
          + " of "
          + channel.configuredCapacity
          + (channel.available ? " used)" : ", channel unavailable)");
    }
    return "eligible";
  }
}
