package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.TaskChannelSid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task channel as declared in a {@link WorkspaceDefinition}, identified by its unique name.
 *
 * <pre>{@code
 * DeclaredTaskChannel.of("voice", "Voice")
 * DeclaredTaskChannel.builder("chat", "Chat").channelOptimizedRouting(true).build()
 * }</pre>
 */
@Value.Immutable
public abstract class DeclaredTaskChannel {
  DeclaredTaskChannel() {}

  /** A channel with this unique name (such as {@code voice}) and friendly name. */
  public static DeclaredTaskChannel of(String uniqueName, String friendlyName) {
    return builder(uniqueName, friendlyName).build();
  }

  /** Starts a channel with this unique name and friendly name, to set more fields. */
  public static Builder builder(String uniqueName, String friendlyName) {
    return new Builder().uniqueName(uniqueName).friendlyName(friendlyName);
  }

  /** Builds a {@link DeclaredTaskChannel}. */
  public static class Builder extends ImmutableDeclaredTaskChannel.Builder {
    Builder() {}
  }

  /** The unique name that identifies the channel, such as {@code voice}: sent as UniqueName. */
  public abstract String uniqueName();

  /** The friendly name. */
  public abstract String friendlyName();

  /** Whether the channel prefers workers who have been idle longest; absent leaves it alone. */
  public abstract Optional<Boolean> channelOptimizedRouting();

  /** The SID of the live channel this declaration was imported from, matched first. */
  public abstract Optional<TaskChannelSid> sid();

  /** This declaration bound to a live channel's SID. */
  public DeclaredTaskChannel withSid(TaskChannelSid sid) {
    return ImmutableDeclaredTaskChannel.copyOf(this).withSid(sid);
  }

  @Value.Check
  void check() {
    Names.check("task channel", uniqueName());
    Names.check("task channel", friendlyName());
  }
}
