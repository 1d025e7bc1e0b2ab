package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.ActivitySid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that updates a Workspace: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateWorkspaceRequest request = UpdateWorkspaceRequest.builder()
 *     .defaultActivitySid(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateWorkspaceRequest {
  UpdateWorkspaceRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateWorkspaceRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableUpdateWorkspaceRequest.Builder {
    Builder() {}

    /** Sets {@code defaultActivity} from a fetched activity: {@code defaultActivity(available)}. */
    public Builder defaultActivity(Activity activity) {
      return defaultActivitySid(activity.sid());
    }

    /** Sets {@code timeoutActivity} from a fetched activity: {@code timeoutActivity(available)}. */
    public Builder timeoutActivity(Activity activity) {
      return timeoutActivitySid(activity.sid());
    }
  }

  /** The activity new workers start in. Sent as {@code DefaultActivitySid}. */
  public abstract Optional<ActivitySid> defaultActivitySid();

  /** The URL TaskRouter calls when an event occurs. Sent as {@code EventCallbackUrl}. */
  public abstract Optional<URI> eventCallbackUrl();

  /**
   * The event types sent to the event callback; sent comma-separated. Sent as {@code EventsFilter}.
   */
  public abstract List<String> eventsFilter();

  /** A new name, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Whether workers may handle several tasks at once (a multi-tasking workspace cannot go back).
   * Sent as {@code MultiTaskEnabled}.
   */
  public abstract Optional<Boolean> multiTaskEnabled();

  /**
   * The activity a worker is moved to when a reservation times out. Sent as {@code
   * TimeoutActivitySid}.
   */
  public abstract Optional<ActivitySid> timeoutActivitySid();

  /** Which kind of queue is served first. Sent as {@code PrioritizeQueueOrder}. */
  public abstract Optional<TaskOrder> prioritizeQueueOrder();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("DefaultActivitySid", defaultActivitySid())
        .put("EventCallbackUrl", eventCallbackUrl())
        .putJoined("EventsFilter", eventsFilter())
        .put("FriendlyName", friendlyName())
        .put("MultiTaskEnabled", multiTaskEnabled())
        .put("TimeoutActivitySid", timeoutActivitySid())
        .put("PrioritizeQueueOrder", prioritizeQueueOrder())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("UpdateWorkspaceRequest.friendlyName", friendlyName(), 64);
  }
}
