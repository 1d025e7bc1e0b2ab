package io.github.taskrouter4j.emulator.internal;

import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.Router;
import java.time.Instant;
import java.util.Optional;

/** A workflow with its configuration and router; guarded by its workspace's lock. */
final class WorkflowRec {
  final String sid;
  String friendlyName;
  String configurationText;
  WorkflowConfiguration configuration;

  /** The routing engine for this workflow, kept in step by {@link WorkspaceRouting}. */
  Router router;

  Optional<String> assignmentCallbackUrl = Optional.empty();
  Optional<String> fallbackAssignmentCallbackUrl = Optional.empty();
  int taskReservationTimeout = 120;
  final Instant created;
  Instant updated;

  WorkflowRec(String sid, String friendlyName, Instant now) {
    this.sid = sid;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }
}
