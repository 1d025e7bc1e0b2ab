package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.resource.TaskOrder;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The workspace's own settings in a {@link WorkspaceDefinition}. Every field is optional: a field
 * left out is not managed, and the plan leaves its live value alone.
 *
 * <pre>{@code
 * WorkspaceSettings.builder().defaultActivity(offline).timeoutActivity(offline).multiTaskEnabled(false).build()
 * }</pre>
 */
@Value.Immutable
public abstract class WorkspaceSettings {
  WorkspaceSettings() {}

  /** Starts settings that manage nothing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkspaceSettings}. */
  public static class Builder extends ImmutableWorkspaceSettings.Builder {
    Builder() {}
  }

  /** The workspace's friendly name. */
  public abstract Optional<String> friendlyName();

  /** The activity new workers start in. */
  public abstract Optional<ActivityKey> defaultActivity();

  /** The activity a worker moves to when a reservation times out. */
  public abstract Optional<ActivityKey> timeoutActivity();

  /** Whether workers may handle several tasks at once. */
  public abstract Optional<Boolean> multiTaskEnabled();

  /** Which queue's tasks go first when a worker is in several: FIFO or LIFO. */
  public abstract Optional<TaskOrder> prioritizeQueueOrder();

  /** Where TaskRouter posts workspace events. */
  public abstract Optional<URI> eventCallbackUrl();

  /**
   * Which events are posted, comma-separated as Twilio shows it: {@code
   * task.created,task.canceled}.
   */
  public abstract Optional<String> eventsFilter();

  @Value.Check
  void check() {
    friendlyName().ifPresent(n -> Names.check("workspace", n));
  }
}
