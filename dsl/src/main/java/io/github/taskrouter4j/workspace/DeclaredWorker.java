package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.WorkerSid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A worker as declared in a {@link WorkspaceDefinition}, for teams that keep workers in code too. A
 * definition without workers leaves the live workers alone and does not list them as unmanaged.
 *
 * <pre>{@code
 * DeclaredWorker.builder("Alice").attributes("{\"languages\":[\"en\"]}").initialActivity(offline).build()
 * }</pre>
 *
 * <p>The worker's activity is its working state, not configuration: {@link #initialActivity()} is
 * used when the worker is created and never compared afterwards.
 */
@Value.Immutable
public abstract class DeclaredWorker {
  DeclaredWorker() {}

  /** Starts a worker with this friendly name. */
  public static Builder builder(String friendlyName) {
    return new Builder().friendlyName(friendlyName);
  }

  /** Builds a {@link DeclaredWorker}. */
  public static class Builder extends ImmutableDeclaredWorker.Builder {
    Builder() {}
  }

  /** The friendly name, unique in the workspace ignoring case. */
  public abstract String friendlyName();

  /** The attributes, a JSON object; absent leaves them alone. */
  public abstract Optional<String> attributes();

  /** The activity a new worker starts in; absent means the workspace's default activity. */
  public abstract Optional<ActivityKey> initialActivity();

  /** The SID of the live worker this declaration was imported from, matched first. */
  public abstract Optional<WorkerSid> sid();

  @Value.Check
  void check() {
    Names.check("worker", friendlyName());
    attributes().ifPresent(a -> Values.jsonObject("worker " + Names.quoted(friendlyName()), a));
  }
}
