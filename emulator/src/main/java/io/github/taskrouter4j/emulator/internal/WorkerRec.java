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

  private JsonNode expressionNode;

  /** Attributes plus the built-ins target expressions read (sid, friendly_name, activity). */
  JsonNode expressionNode() {
    if (expressionNode == null) {
      com.fasterxml.jackson.databind.node.ObjectNode node =
          attributes.isObject()
              ? ((com.fasterxml.jackson.databind.node.ObjectNode) attributes).deepCopy()
              : Json.MAPPER.createObjectNode();
      node.put("sid", sid);
      node.put("friendly_name", friendlyName);
      node.put("activity_sid", activity.sid);
      node.put("activity_name", activity.friendlyName);
      expressionNode = node;
    }
    return expressionNode;
  }

  /** Call after changing attributes, name or activity. */
  void touch() {
    expressionNode = null;
  }

  boolean available() {
    return activity.available;
  }
}
