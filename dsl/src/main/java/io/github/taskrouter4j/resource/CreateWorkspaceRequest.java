package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that creates a Workspace: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateWorkspaceRequest request = CreateWorkspaceRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateWorkspaceRequest {
  CreateWorkspaceRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateWorkspaceRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateWorkspaceRequest.Builder {
    Builder() {}
  }

  /**
   * A name for the workspace, up to 64 characters, e.g. {@code Customer Support}. Sent as {@code
   * FriendlyName}.
   */
  public abstract String friendlyName();

  /** The URL TaskRouter calls when an event occurs. Sent as {@code EventCallbackUrl}. */
  public abstract Optional<URI> eventCallbackUrl();

  /**
   * The event types sent to the event callback, e.g. {@code task.created}; sent comma-separated.
   * Sent as {@code EventsFilter}.
   */
  public abstract List<String> eventsFilter();

  /**
   * Whether workers may handle several tasks at once (Twilio's default: true). Sent as {@code
   * MultiTaskEnabled}.
   */
  public abstract Optional<Boolean> multiTaskEnabled();

  /**
   * A template: {@code FIFO} creates default activities, a queue and a workflow; {@code NONE}
   * (default) only activities. Sent as {@code Template}.
   */
  public abstract Optional<WorkspaceTemplate> template();

  /**
   * Which kind of queue (FIFO or LIFO) is served first when a worker is eligible for both. Sent as
   * {@code PrioritizeQueueOrder}.
   */
  public abstract Optional<TaskOrder> prioritizeQueueOrder();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("EventCallbackUrl", eventCallbackUrl())
        .putJoined("EventsFilter", eventsFilter())
        .put("MultiTaskEnabled", multiTaskEnabled())
        .put("Template", template())
        .put("PrioritizeQueueOrder", prioritizeQueueOrder())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateWorkspaceRequest.friendlyName", friendlyName(), 64);
  }
}
