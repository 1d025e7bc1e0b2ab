/**
 * Workflow configurations as pictures: {@link
 * io.github.taskrouter4j.workflow.diagram.WorkflowDiagram} renders a Mermaid flowchart of the
 * filters, their escalation steps and the default filter, as text for markdown and as a
 * self-contained HTML page that draws it offline.
 *
 * <p>Pure functions of a configuration; the only resource read is the Mermaid renderer bundled in
 * this library's jar, and only by {@code toHtml}.
 */
package io.github.taskrouter4j.workflow.diagram;
