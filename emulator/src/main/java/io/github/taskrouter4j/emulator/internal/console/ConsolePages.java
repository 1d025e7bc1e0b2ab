package io.github.taskrouter4j.emulator.internal.console;

import static io.github.taskrouter4j.emulator.internal.console.Html.esc;

import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.diagram.WorkflowDiagram;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The workspace list, a workflow (JSON and diagram) and the event stream. */
final class ConsolePages {
  static final int EVENTS_SHOWN = 200;

  private ConsolePages() {}

  static String workspaces(Emulation emulation) {
    StringBuilder live = new StringBuilder("<section id=\"workspaces\"><table>");
    live.append("<tr><th>Workspace</th><th>SID</th><th>Workers</th><th>Tasks</th></tr>");
    for (WorkspaceState ws : emulation.workspaces()) {
      live.append(
          ws.call(
              () ->
                  "<tr><td><a href=\"/console/ws/"
                      + ws.sid
                      + "\">"
                      + esc(ws.friendlyName)
                      + "</a></td><td>"
                      + ws.sid
                      + "</td><td>"
                      + ws.workers.size()
                      + "</td><td>"
                      + ws.tasks.size()
                      + "</td></tr>"));
    }
    live.append("</table></section>\n");
    return Html.page("Workspaces", "", live.toString(), "");
  }

  /** Renders under the workspace's lock. */
  static String workflow(WorkspaceState ws, WorkflowRec wf) {
    Map<TaskQueueSid, String> names = new LinkedHashMap<>();
    ws.queues.values().forEach(q -> names.put(TaskQueueSid.of(q.sid), q.friendlyName));
    String mermaid = WorkflowDiagram.of(wf.configuration).withQueueNames(names).toMermaid();
    String live =
        "<section id=\"diagram\"><h2>Diagram</h2><pre class=\"mermaid\">"
            + esc(mermaid)
            + "</pre></section>\n<section id=\"configuration\"><h2>Configuration</h2><pre>"
            + esc(wf.configuration.toPrettyJson())
            + "</pre></section>\n";
    // Mermaid (MIT licence) is bundled in the workflow-config jar; it renders the diagram offline
    return Html.page(
        "Workflow " + wf.friendlyName,
        WorkspacePage.nav(ws),
        live,
        "<script src=\"/console/static/mermaid.min.js\"></script>\n");
  }

  /** Renders under the workspace's lock: the newest events first. */
  static String events(WorkspaceState ws) {
    StringBuilder live = new StringBuilder("<section id=\"events\"><table>");
    live.append("<tr><th>Time</th><th>Event</th><th>Resource</th><th>Description</th></tr>");
    Iterator<EventRec> newestFirst = ws.events.descendingIterator();
    for (int i = 0; i < EVENTS_SHOWN && newestFirst.hasNext(); i++) {
      EventRec e = newestFirst.next();
      live.append("<tr><td>")
          .append(e.date)
          .append("</td><td class=\"event-type\">")
          .append(esc(e.type))
          .append("</td><td>")
          .append(esc(e.resourceType))
          .append(" ")
          .append(esc(e.resourceSid))
          .append("</td><td>")
          .append(esc(e.description))
          .append("</td></tr>");
    }
    live.append("</table></section>\n");
    return Html.page("Events of " + ws.friendlyName, WorkspacePage.nav(ws), live.toString(), "");
  }
}
