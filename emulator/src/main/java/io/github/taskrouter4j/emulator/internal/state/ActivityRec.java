package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;

/** An activity; guarded by its workspace's lock. */
public final class ActivityRec {
  public final String sid;
  public String friendlyName;
  public final boolean available;
  public final Instant created;
  public Instant updated;

  public ActivityRec(String sid, String friendlyName, boolean available, Instant now) {
    this.sid = sid;
    this.friendlyName = friendlyName;
    this.available = available;
    this.created = now;
    this.updated = now;
  }
}
