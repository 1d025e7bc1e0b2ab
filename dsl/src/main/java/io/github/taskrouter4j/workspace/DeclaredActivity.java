package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.ActivitySid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity as declared in a {@link WorkspaceDefinition}: its name (the key) and whether workers
 * in it take tasks.
 *
 * <pre>{@code
 * DeclaredActivity.of(ActivityKey.of("Busy"), false)
 * }</pre>
 *
 * <p>Twilio fixes {@code available} when the activity is created; a plan that would change it says
 * so and {@link WorkspaceSync#apply(Plan)} refuses it before sending anything.
 */
@Value.Immutable
public abstract class DeclaredActivity {
  DeclaredActivity() {}

  /** An activity with this key; {@code available} says whether its workers take tasks. */
  public static DeclaredActivity of(ActivityKey key, boolean available) {
    return ImmutableDeclaredActivity.builder().key(key).available(available).build();
  }

  /** The activity's key; its name is the friendly name. */
  public abstract ActivityKey key();

  /** Whether workers in this activity take tasks. */
  public abstract boolean available();

  /**
   * The SID of the live activity this declaration was imported from: matched first, before the
   * friendly name, so a rename in code renames the live activity.
   */
  public abstract Optional<ActivitySid> sid();

  /** This declaration bound to a live activity's SID. */
  public DeclaredActivity withSid(ActivitySid sid) {
    return ImmutableDeclaredActivity.copyOf(this).withSid(sid);
  }
}
