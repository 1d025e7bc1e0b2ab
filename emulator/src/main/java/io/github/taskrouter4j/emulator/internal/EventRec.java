package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One entry of the event log; immutable once logged. */
final class EventRec {
  final String sid;
  final String type;
  final String description;
  final String resourceType;
  final String resourceSid;
  final String resourceUrl;
  final ObjectNode data;
  final Instant date;
  final String actorType;
  final String actorSid;
  final String actorUrl;

  EventRec(
      String sid,
      String type,
      String description,
      String resourceType,
      String resourceSid,
      String resourceUrl,
      ObjectNode data,
      Instant date,
      String actorType,
      String actorSid,
      String actorUrl) {
    this.sid = sid;
    this.type = type;
    this.description = description;
    this.resourceType = resourceType;
    this.resourceSid = resourceSid;
    this.resourceUrl = resourceUrl;
    this.data = data;
    this.date = date;
    this.actorType = actorType;
    this.actorSid = actorSid;
    this.actorUrl = actorUrl;
  }
}
