package io.github.taskrouter4j.workflow.diagram;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.TaskRouting;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import io.github.taskrouter4j.workflow.WorkspaceSnapshot;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A workflow configuration as a picture: a Mermaid flowchart of the filters in evaluation order
 * (name and expression), each filter's targets as escalation steps (queue, priority, timeout, start
 * time within the filter, worker expression, {@code order_by}, {@code skip_if}, known worker),
 * where a task goes when a filter does not match or its last step times out, and the default
 * filter.
 *
 * <pre>{@code
 * WorkflowDiagram diagram = WorkflowDiagram.of(config).withWorkspace(workspace);
 * Files.writeString(Path.of("workflow.md"), "```mermaid\n" + diagram.toMermaid() + "```\n");
 * Files.writeString(Path.of("workflow.html"), diagram.toHtml("Support workflow"));
 * }</pre>
 *
 * <p>The Mermaid text renders in GitHub, GitLab and IDE markdown previews; {@link #toHtml(String)}
 * is one self-contained page with the Mermaid renderer inlined, which draws the chart with no
 * network. Every name and expression is escaped, so any text renders as written. Immutable.
 */
public final class WorkflowDiagram {
  private final TaskRouting routing;
  private final Function<TaskQueueSid, String> queueName;
  private final Map<String, String> placeholders;

  private WorkflowDiagram(
      TaskRouting routing,
      Function<TaskQueueSid, String> queueName,
      Map<String, String> placeholders) {
    this.routing = routing;
    this.queueName = queueName;
    this.placeholders = placeholders;
  }

  /**
   * The diagram of a configuration; queues are shown by SID until names are given with {@link
   * #withQueueNames(Map)} or {@link #withWorkspace(WorkspaceSnapshot)}.
   */
  public static WorkflowDiagram of(WorkflowConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration == null");
    return new WorkflowDiagram(configuration.taskRouting(), TaskQueueSid::value, Map.of());
  }

  /**
   * The diagram of a template: each placeholder is shown as written ({@code ${QUEUE_SID_EVERYONE}}
   * as the queue, {@code type == '{{ type }}'} as the expression), escaped like any other text.
   * Queue names given with {@link #withQueueNames(Map)} apply to the queues that are real SIDs.
   */
  public static WorkflowDiagram of(WorkflowTemplate template) {
    Objects.requireNonNull(template, "template == null");
    return new WorkflowDiagram(
        template.withStandIns().taskRouting(), TaskQueueSid::value, template.standIns());
  }

  /**
   * This diagram showing queues by name: SIDs missing from {@code names} are still shown as SIDs.
   *
   * @param names queue friendly names by SID
   */
  public WorkflowDiagram withQueueNames(Map<TaskQueueSid, String> names) {
    Map<TaskQueueSid, String> copy = Map.copyOf(Objects.requireNonNull(names, "names == null"));
    return new WorkflowDiagram(routing, sid -> copy.getOrDefault(sid, sid.value()), placeholders);
  }

  /**
   * This diagram showing queues by the names the workspace gives them ({@link
   * WorkspaceSnapshot#queueName(TaskQueueSid)}); others are shown as SIDs.
   */
  public WorkflowDiagram withWorkspace(WorkspaceSnapshot workspace) {
    Objects.requireNonNull(workspace, "workspace == null");
    return new WorkflowDiagram(
        routing, sid -> workspace.queueName(sid).orElse(sid.value()), placeholders);
  }

  /** The Mermaid flowchart, starting with {@code flowchart TD} and ending with a line break. */
  public String toMermaid() {
    return new MermaidWriter(routing, queueName, placeholders).write();
  }

  /**
   * A self-contained HTML page drawing the diagram offline: the Mermaid renderer (MIT licence,
   * bundled in this library's jar) is inlined, so the page needs no network and no other file.
   *
   * @param title the page title, shown as its heading (escaped)
   * @return the page, UTF-8 text
   */
  public String toHtml(String title) {
    Objects.requireNonNull(title, "title == null");
    return HtmlPage.render(title, toMermaid());
  }

  /** The Mermaid flowchart ({@link #toMermaid()}). */
  @Override
  public String toString() {
    return toMermaid();
  }
}
