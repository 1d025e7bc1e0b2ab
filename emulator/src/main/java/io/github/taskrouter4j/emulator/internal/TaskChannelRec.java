package io.github.taskrouter4j.emulator.internal;

import java.time.Instant;

/** A task channel; guarded by its workspace's lock. */
final class TaskChannelRec {
  final String sid;
  final String uniqueName;
  String friendlyName;
  boolean channelOptimizedRouting;
  final Instant created;
  Instant updated;

  TaskChannelRec(String sid, String uniqueName, String friendlyName, Instant now) {
    this.sid = sid;
    this.uniqueName = uniqueName;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }
}
