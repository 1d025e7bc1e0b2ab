package io.github.taskrouter4j.workspace;

/**
 * The kinds of resource a {@link WorkspaceDefinition} manages, in the order {@link
 * WorkspaceSync#apply(Plan)} creates and updates them (deletions go in reverse): what a resource
 * refers to is always made first.
 */
public enum ResourceKind {
  /** An activity. */
  ACTIVITY("activity", "activities"),
  /** A task channel. */
  TASK_CHANNEL("task_channel", "task_channels"),
  /** The workspace's own settings (they name activities). */
  WORKSPACE("workspace", "settings"),
  /** A worker (its initial activity is made first). */
  WORKER("worker", "workers"),
  /** A task queue (its reservation and assignment activities are made first). */
  TASK_QUEUE("task_queue", "task_queues"),
  /** A workflow (the queues its configuration names are made first). */
  WORKFLOW("workflow", "workflows");

  private final String label;
  private final String plural;

  ResourceKind(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  /** The snake_case name used in plans: {@code task_queue}. */
  public String label() {
    return label;
  }

  /** The name of the list in a definition: {@code task_queues}. */
  String plural() {
    return plural;
  }

  /** The location of one declared resource: {@code task_queues["Sales"]}. */
  String at(String name) {
    return plural + "[" + Names.quoted(name) + "]";
  }
}
