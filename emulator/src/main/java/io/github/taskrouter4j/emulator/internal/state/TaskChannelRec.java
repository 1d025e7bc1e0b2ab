package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;

/** A task channel; guarded by its workspace's lock. */
public final class TaskChannelRec {
  public final String sid;
  public final String uniqueName;
  public String friendlyName;
  public boolean channelOptimizedRouting;
  public final Instant created;
  public Instant updated;

  public TaskChannelRec(String sid, String uniqueName, String friendlyName, Instant now) {
    this.sid = sid;
    this.uniqueName = uniqueName;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }
}
