package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A worker; guarded by its workspace's lock. */
final class WorkerRec {
  final String sid;
  final long seq;
  String friendlyName;
  String attributesText;
  JsonNode attributes;
  ActivityRec activity;
  final Instant created;
  Instant updated;
  Instant statusChanged;

  /** When the worker last became free for work: longest idle first. */
  Instant idleSince;

  /** Worker channels by task channel SID. */
  final Map<String, WorkerChannelRec> channels = new LinkedHashMap<>();

  /** Total pending reservations plus assigned and wrapping tasks. */
  int used;

  int version;

  /** Waiting tasks created with this worker as their RoutingTarget. */
  final List<TaskRec> directTasks = new ArrayList<>();

  /** Queues whose target_workers match this worker. */
  final List<QueueRec> queues = new ArrayList<>();

  WorkerRec(String sid, long seq, String friendlyName, Params.Attributes attributes, Instant now) {
    this.sid = sid;
    this.seq = seq;
    this.friendlyName = friendlyName;
    this.attributesText = attributes.text;
    this.attributes = attributes.node;
    this.created = now;
    this.updated = now;
    this.statusChanged = now;
    this.idleSince = now;
  }

  boolean available() {
    return activity.available;
  }
}
