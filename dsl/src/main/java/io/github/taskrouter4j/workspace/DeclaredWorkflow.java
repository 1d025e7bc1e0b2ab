package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workflow as declared in a {@link WorkspaceDefinition}. Its configuration names queues by {@link
 * QueueKey#ref()}; apply puts the real SIDs in.
 *
 * <pre>{@code
 * DeclaredWorkflow.builder("Incoming Calls",
 *         WorkflowConfiguration.builder().defaultQueue(sales.ref()).build())
 *     .taskReservationTimeout(Duration.ofSeconds(120))
 *     .build()
 * }</pre>
 */
@Value.Immutable
public abstract class DeclaredWorkflow {
  private static final long MAX_RESERVATION_TIMEOUT_SECONDS = 86_400;

  DeclaredWorkflow() {}

  /** A workflow with this friendly name and configuration. */
  public static DeclaredWorkflow of(String friendlyName, WorkflowConfiguration configuration) {
    return builder(friendlyName, configuration).build();
  }

  /** Starts a workflow with this friendly name and configuration, to set more fields. */
  public static Builder builder(String friendlyName, WorkflowConfiguration configuration) {
    return new Builder().friendlyName(friendlyName).configuration(configuration);
  }

  /** Builds a {@link DeclaredWorkflow}. */
  public static class Builder extends ImmutableDeclaredWorkflow.Builder {
    Builder() {}
  }

  /** The friendly name, which identifies the workflow when it has no SID. */
  public abstract String friendlyName();

  /** The routing configuration; queues named by {@link QueueKey#ref()}. */
  public abstract WorkflowConfiguration configuration();

  /** Where TaskRouter posts assignments; absent leaves it alone. */
  public abstract Optional<URI> assignmentCallbackUrl();

  /** Where TaskRouter posts when the assignment callback fails; absent leaves it alone. */
  public abstract Optional<URI> fallbackAssignmentCallbackUrl();

  /** How long a reservation waits to be accepted, 1 s to 24 h; absent leaves it alone. */
  public abstract Optional<Duration> taskReservationTimeout();

  /** The SID of the live workflow this declaration was imported from, matched first. */
  public abstract Optional<WorkflowSid> sid();

  /** This declaration bound to a live workflow's SID. */
  public DeclaredWorkflow withSid(WorkflowSid sid) {
    return ImmutableDeclaredWorkflow.copyOf(this).withSid(sid);
  }

  @Value.Check
  void check() {
    Names.check("workflow", friendlyName());
    taskReservationTimeout()
        .filter(
            t ->
                t.getNano() != 0
                    || t.getSeconds() < 1
                    || t.getSeconds() > MAX_RESERVATION_TIMEOUT_SECONDS)
        .ifPresent(
            t -> {
              throw new IllegalArgumentException(
                  "workflow "
                      + Names.quoted(friendlyName())
                      + ": task_reservation_timeout must be whole seconds from 1 to "
                      + MAX_RESERVATION_TIMEOUT_SECONDS
                      + ", was "
                      + t);
            });
  }
}
