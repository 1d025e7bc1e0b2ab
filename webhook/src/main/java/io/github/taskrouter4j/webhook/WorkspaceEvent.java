package io.github.taskrouter4j.webhook;

/** {@code workspace.created}, {@code .updated}, {@code .deleted}. */
public final class WorkspaceEvent extends TaskRouterEvent {
  WorkspaceEvent(CallbackParams params) {
    super(params);
  }
}
