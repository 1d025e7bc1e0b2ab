package io.github.taskrouter4j.emulator.internal;

import java.time.Instant;

/** One worker's capacity on one task channel; guarded by its workspace's lock. */
final class WorkerChannelRec {
  final String sid;
  final String taskChannelSid;
  final String taskChannelUniqueName;
  int configuredCapacity;
  boolean available = true;

  /** Pending reservations plus assigned and wrapping tasks on this channel. */
  int used;

  final Instant created;
  Instant updated;

  WorkerChannelRec(String sid, TaskChannelRec channel, int capacity, Instant now) {
    this.sid = sid;
    this.taskChannelSid = channel.sid;
    this.taskChannelUniqueName = channel.uniqueName;
    this.configuredCapacity = capacity;
    this.created = now;
    this.updated = now;
  }

  boolean hasRoom() {
    return available && used < configuredCapacity;
  }
}
