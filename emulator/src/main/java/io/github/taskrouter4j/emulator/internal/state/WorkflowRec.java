package io.github.taskrouter4j.emulator.internal.state;

import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.Router;
import java.time.Instant;
import java.util.Optional;

/** A workflow with its configuration and router; guarded by its workspace's lock. */
public final class WorkflowRec {
  public final String sid;
  public String friendlyName;
  public String configurationText;
  public WorkflowConfiguration configuration;

  /** The routing engine for this workflow, kept in step by {@link WorkspaceRouting}. */
  public Router router;

  public Optional<String> assignmentCallbackUrl = Optional.empty();
  public Optional<String> fallbackAssignmentCallbackUrl = Optional.empty();
  public int taskReservationTimeout = 120;
  public final Instant created;
  public Instant updated;

  public WorkflowRec(String sid, String friendlyName, Instant now) {
    this.sid = sid;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }
}
