package io.github.taskrouter4j.emulator.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One entry of the event log; immutable once logged. */
public final class EventRec {
  public final String sid;
  public final String type;
  public final String description;
  public final String resourceType;
  public final String resourceSid;
  public final String resourceUrl;
  public final ObjectNode data;
  public final Instant date;
  public final String actorType;
  public final String actorSid;
  public final String actorUrl;

  public EventRec(
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
