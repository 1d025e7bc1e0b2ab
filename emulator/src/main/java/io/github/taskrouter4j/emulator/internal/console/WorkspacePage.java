package io.github.taskrouter4j.emulator.internal.console;

import static io.github.taskrouter4j.emulator.internal.console.Html.age;
import static io.github.taskrouter4j.emulator.internal.console.Html.esc;
import static io.github.taskrouter4j.emulator.internal.console.Html.form;
import static io.github.taskrouter4j.emulator.internal.console.Html.hidden;

import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerChannelRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One workspace: its queues, workers, tasks and workflows, with the actions on them. */
final class WorkspacePage {
  private final WorkspaceState ws;
  private final String csrf;
  private final boolean manualClock;
  private final String base;
  private final Instant now;

  /** Renders under the workspace's lock. */
  WorkspacePage(WorkspaceState ws, String csrf, boolean manualClock) {
    this.ws = ws;
    this.csrf = csrf;
    this.manualClock = manualClock;
    this.base = "/console/ws/" + ws.sid;
    this.now = ws.now();
  }

  String render(String notice) {
    String live =
        notice
            + "<p>Emulator time: <time id=\"clock\">"
            + now
            + "</time></p>\n"
            + queues()
            + workers()
            + tasks()
            + workflows();
    return Html.page(ws.friendlyName, nav(ws), live, actions());
  }

  static String nav(WorkspaceState ws) {
    String base = "/console/ws/" + ws.sid;
    return "› <a href=\""
        + base
        + "\">"
        + esc(ws.friendlyName)
        + "</a> · <a href=\""
        + base
        + "/events\">events</a> ";
  }

  private String queues() {
    StringBuilder out = new StringBuilder("<section id=\"queues\"><h2>Queues</h2>\n<table>");
    out.append(
        "<tr><th>Queue</th><th>target_workers</th><th>Waiting tasks (priority, age)</th>"
            + "<th>Eligible workers</th><th>Available</th></tr>\n");
    for (QueueRec q : ws.queues.values()) {
      StringJoiner waiting = new StringJoiner("<br>");
      for (TaskRec t : q.waiting) {
        waiting.add(
            taskLink(t)
                + " <span class=\"dim\">p"
                + t.priority
                + ", "
                + age(t.created, now)
                + "</span>");
      }
      StringJoiner members = new StringJoiner(", ");
      q.members.forEach(w -> members.add(esc(w.friendlyName)));
      StringJoiner ready = new StringJoiner(", ");
      q.ready.forEach(w -> ready.add(esc(w.friendlyName) + roomIfPartial(w)));
      out.append("<tr data-queue=\"")
          .append(esc(q.friendlyName))
          .append("\"><td>")
          .append(esc(q.friendlyName))
          .append("</td><td><code>")
          .append(esc(q.targetWorkersText))
          .append("</code></td><td class=\"waiting\">")
          .append(waiting)
          .append("</td><td>")
          .append(members)
          .append("</td><td>")
          .append(ready)
          .append("</td></tr>\n");
    }
    return out.append("</table></section>\n").toString();
  }

  private String workers() {
    StringBuilder out = new StringBuilder("<section id=\"workers\"><h2>Workers</h2>\n<table>");
    out.append(
        "<tr><th>Worker</th><th>Activity</th><th>Attributes</th><th>Channels (used/capacity)</th>"
            + "<th>Reservations</th></tr>\n");
    Map<WorkerRec, List<ReservationRec>> open = openReservations();
    for (WorkerRec w : ws.workers.values()) {
      out.append("<tr data-worker=\"")
          .append(esc(w.friendlyName))
          .append("\"><td>")
          .append(esc(w.friendlyName))
          .append("</td><td><span class=\"activity\">")
          .append(esc(w.activity.friendlyName))
          .append("</span>")
          .append(activityForm(w))
          .append("</td><td><code>")
          .append(esc(w.attributesText))
          .append("</code></td><td>")
          .append(channels(w))
          .append("</td><td>")
          .append(reservations(open.getOrDefault(w, List.of())))
          .append("</td></tr>\n");
    }
    return out.append("</table></section>\n").toString();
  }

  private String activityForm(WorkerRec w) {
    StringBuilder select =
        new StringBuilder("<select name=\"ActivitySid\" aria-label=\"activity\">");
    for (ActivityRec a : ws.activities.values()) {
      select
          .append("<option value=\"")
          .append(esc(a.sid))
          .append(a == w.activity ? "\" selected>" : "\">")
          .append(esc(a.friendlyName))
          .append("</option>");
    }
    select.append("</select>");
    return form(
        base + "/activity",
        csrf,
        hidden("WorkerSid", w.sid) + hidden("back", base) + select,
        "Set",
        "set-activity-" + w.friendlyName);
  }

  private static String channels(WorkerRec w) {
    StringJoiner out = new StringJoiner("<br>");
    for (WorkerChannelRec c : w.channels.values()) {
      out.add(
          esc(c.taskChannelUniqueName)
              + " "
              + c.used
              + "/"
              + c.configuredCapacity
              + (c.available ? "" : " (off)"));
    }
    return out.toString();
  }

  /**
   * For a worker ready for work but full on some channel (multitasking), the channels it has room
   * on, e.g. {@code (room on voice, chat)}; nothing when it has room on all of them.
   */
  private static String roomIfPartial(WorkerRec w) {
    StringJoiner room = new StringJoiner(", ", " <span class=\"dim\">(room on ", ")</span>");
    boolean full = false;
    for (WorkerChannelRec c : w.channels.values()) {
      if (c.hasRoom()) {
        room.add(esc(c.taskChannelUniqueName));
      } else {
        full = true;
      }
    }
    return full ? room.toString() : "";
  }

  /** Each worker's pending and accepted reservations, read in one pass over the workspace's. */
  private Map<WorkerRec, List<ReservationRec>> openReservations() {
    Map<WorkerRec, List<ReservationRec>> open = new HashMap<>();
    for (ReservationRec r : ws.reservations.values()) {
      if ("pending".equals(r.status) || "accepted".equals(r.status)) {
        open.computeIfAbsent(r.worker, w -> new ArrayList<>()).add(r);
      }
    }
    return open;
  }

  private String reservations(List<ReservationRec> open) {
    StringJoiner out = new StringJoiner("");
    for (ReservationRec r : open) {
      out.add(
          "<div class=\"reservation\">"
              + taskLink(r.task)
              + " <span class=\"status\">"
              + esc(r.status)
              + "</span> "
              + ReservationForms.buttons(base, csrf, r, base)
              + "</div>");
    }
    return out.toString();
  }

  private String tasks() {
    StringBuilder out = new StringBuilder("<section id=\"tasks\"><h2>Tasks</h2>\n<table>");
    out.append(
        "<tr><th>Task</th><th>Status</th><th>Queue</th><th>Priority</th><th>Age</th>"
            + "<th>Attributes</th></tr>\n");
    for (TaskRec t : ws.tasks.values()) {
      out.append("<tr data-task=\"")
          .append(esc(t.sid))
          .append("\"><td>")
          .append(taskLink(t))
          .append("</td><td class=\"status\">")
          .append(esc(t.status))
          .append("</td><td>")
          .append(t.queue.map(q -> esc(q.friendlyName)).orElse(""))
          .append("</td><td>")
          .append(t.priority)
          .append("</td><td>")
          .append(age(t.created, now))
          .append("</td><td><code>")
          .append(esc(t.attributesText))
          .append("</code></td></tr>\n");
    }
    return out.append("</table></section>\n").toString();
  }

  private String workflows() {
    StringBuilder out = new StringBuilder("<section id=\"workflows\"><h2>Workflows</h2><ul>");
    for (WorkflowRec wf : ws.workflows.values()) {
      out.append("<li><a href=\"")
          .append(base)
          .append("/workflows/")
          .append(esc(wf.sid))
          .append("\">")
          .append(esc(wf.friendlyName))
          .append("</a></li>");
    }
    return out.append("</ul></section>\n").toString();
  }

  private String taskLink(TaskRec t) {
    return "<a href=\"" + base + "/tasks/" + esc(t.sid) + "\">" + esc(t.sid) + "</a>";
  }

  /** Forms outside the live region, so a refresh never clears what is being typed. */
  private String actions() {
    StringBuilder workflows =
        new StringBuilder("<select name=\"WorkflowSid\" id=\"new-task-workflow\">");
    for (WorkflowRec wf : ws.workflows.values()) {
      workflows
          .append("<option value=\"")
          .append(esc(wf.sid))
          .append("\">")
          .append(esc(wf.friendlyName))
          .append("</option>");
    }
    workflows.append("</select>");
    String createTask =
        form(
            base + "/task",
            csrf,
            hidden("back", base)
                + "<label>Workflow "
                + workflows
                + "</label> <label>Attributes <textarea name=\"Attributes\" id=\"new-task-attributes\""
                + " rows=\"2\" cols=\"40\">{}</textarea></label> <label>Priority <input"
                + " name=\"Priority\" id=\"new-task-priority\" size=\"4\"></label> ",
            "Create task",
            "create-task");
    String clock =
        manualClock
            ? form(
                base + "/clock",
                csrf,
                hidden("back", base)
                    + "<label>Advance the manual clock by <input name=\"seconds\" id=\"clock-seconds\""
                    + " value=\"60\" size=\"6\"> seconds</label> ",
                "Advance clock",
                "advance-clock")
            : "<p class=\"dim\">The clock is real time (start the emulator with a manual clock to"
                + " advance it from here).</p>";
    return "<section id=\"actions\"><h2>Actions</h2>\n"
        + createTask
        + "\n"
        + clock
        + "</section>\n";
  }
}
