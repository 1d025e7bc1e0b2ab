package io.github.taskrouter4j.workspace;

import java.util.Objects;

/**
 * Names a declared activity inside a {@link WorkspaceDefinition}, so a queue's reservation activity
 * or the workspace's default activity refers to it without a SID. The key is the activity's
 * friendly name.
 *
 * <pre>{@code
 * ActivityKey busy = ActivityKey.of("Busy");
 * DeclaredTaskQueue.named("Sales").reservationActivity(busy)
 * }</pre>
 */
public final class ActivityKey implements Comparable<ActivityKey> {
  private final String name;

  private ActivityKey(String name) {
    this.name = name;
  }

  /**
   * The key of the activity with this friendly name.
   *
   * @throws IllegalArgumentException if the name is blank or longer than 64 characters
   */
  public static ActivityKey of(String name) {
    return new ActivityKey(Names.check("activity", name));
  }

  /** The activity's friendly name. */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(ActivityKey other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityKey && name.equals(((ActivityKey) other).name);
  }

  @Override
  public int hashCode() {
    return Objects.hash("activity", name);
  }

  /** The name, quoted: {@code activity "Busy"}. */
  @Override
  public String toString() {
    return "activity \"" + name + "\"";
  }
}
