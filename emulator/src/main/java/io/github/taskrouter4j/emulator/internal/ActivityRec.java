package io.github.taskrouter4j.emulator.internal;

import java.time.Instant;

/** An activity; guarded by its workspace's lock. */
final class ActivityRec {
  final String sid;
  String friendlyName;
  final boolean available;
  final Instant created;
  Instant updated;

  ActivityRec(String sid, String friendlyName, boolean available, Instant now) {
    this.sid = sid;
    this.friendlyName = friendlyName;
    this.available = available;
    this.created = now;
    this.updated = now;
  }
}
