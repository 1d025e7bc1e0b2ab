package io.github.taskrouter4j.emulator.internal.state;

import java.time.Instant;

/** One worker's capacity on one task channel; guarded by its workspace's lock. */
public final class WorkerChannelRec {
  public final String sid;
  public final String taskChannelSid;
  public final String taskChannelUniqueName;
  public int configuredCapacity;
  public boolean available = true;

  /** Pending reservations plus assigned and wrapping tasks on this channel. */
  public int used;

  public final Instant created;
  public Instant updated;

  public WorkerChannelRec(String sid, TaskChannelRec channel, int capacity, Instant now) {
    this.sid = sid;
    this.taskChannelSid = channel.sid;
    this.taskChannelUniqueName = channel.uniqueName;
    this.configuredCapacity = capacity;
    this.created = now;
    this.updated = now;
  }

  public boolean hasRoom() {
    return available && used < configuredCapacity;
  }
}
