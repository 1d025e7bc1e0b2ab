package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.webhook.internal.CallbackParams;

/** {@code workspace.created}, {@code .updated}, {@code .deleted}. */
public final class WorkspaceEvent extends TaskRouterEvent {
  WorkspaceEvent(CallbackParams params) {
    super(params);
  }
}
