package io.github.taskrouter4j.emulator.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.emulator.internal.http.Params;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A worker; guarded by its workspace's lock. */
public final class WorkerRec {
  public final String sid;
  final long seq;
  public String friendlyName;
  public String attributesText;
  public JsonNode attributes;
  public ActivityRec activity;
  public final Instant created;
  public Instant updated;
  public Instant statusChanged;

  /** When the worker last became free for work: longest idle first. */
  public Instant idleSince;

  /** Worker channels by task channel SID. */
  public final Map<String, WorkerChannelRec> channels = new LinkedHashMap<>();

  /** Total pending reservations plus assigned and wrapping tasks. */
  public int used;

  public int version;

  /** Waiting tasks created with this worker as their RoutingTarget. */
  public final List<TaskRec> directTasks = new ArrayList<>();

  /** This worker's pending reservations, oldest first (the rest are found through their task). */
  public final Set<ReservationRec> pending = new LinkedHashSet<>();

  /** Queues whose target_workers match this worker. */
  public final List<QueueRec> queues = new ArrayList<>();

  public WorkerRec(
      String sid, long seq, String friendlyName, Params.Attributes attributes, Instant now) {
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

  public boolean available() {
    return activity.available;
  }
}
