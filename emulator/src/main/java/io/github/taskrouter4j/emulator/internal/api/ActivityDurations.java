package io.github.taskrouter4j.emulator.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.Json;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code activity_durations} of the workers' cumulative statistics: for each activity, the
 * least, average, most and total seconds that one worker spent in it during the interval, rebuilt
 * from the worker events of the log ({@code worker.created}, {@code worker.activity.update}, {@code
 * worker.deleted}). Every worker present during the interval counts, with zero for an activity it
 * never had; call under the workspace lock.
 */
final class ActivityDurations {
  /** Seconds each worker spent in each activity: activity SID to worker SID to seconds. */
  private final Map<String, Map<String, Long>> seconds = new HashMap<>();

  private final Set<String> present = new LinkedHashSet<>();
  private final Instant start;
  private final Instant end;

  private ActivityDurations(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  /** The durations of every activity of {@code ws} between {@code start} and {@code end}. */
  static ArrayNode of(WorkspaceState ws, Instant start, Instant end) {
    ActivityDurations d = new ActivityDurations(start, end);
    Map<String, String> activity = new LinkedHashMap<>();
    Map<String, Instant> since = new HashMap<>();
    for (EventRec ev : ws.events) {
      if (ev.date.isAfter(end)) {
        break;
      }
      String worker = ev.data.path("worker_sid").asText("");
      switch (ev.type) {
        case "worker.created":
          activity.put(worker, ev.data.path("worker_activity_sid").asText());
          since.put(worker, ev.date);
          break;
        case "worker.activity.update":
          if (activity.containsKey(worker)) {
            d.spent(worker, activity.get(worker), since.get(worker), ev.date);
          } else {
            // The log no longer holds the worker's creation: it was in the previous activity.
            d.spent(worker, ev.data.path("worker_previous_activity_sid").asText(), start, ev.date);
          }
          activity.put(worker, ev.data.path("worker_activity_sid").asText());
          since.put(worker, ev.date);
          break;
        case "worker.deleted":
          if (activity.containsKey(worker)) {
            d.spent(worker, activity.remove(worker), since.remove(worker), ev.date);
          }
          break;
        default:
          break;
      }
    }
    activity.forEach((worker, sid) -> d.spent(worker, sid, since.get(worker), end));
    for (WorkerRec w : ws.workers.values()) {
      if (!activity.containsKey(w.sid) && !w.created.isAfter(end)) {
        d.spent(w.sid, w.activity.sid, w.created, end);
      }
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ActivityRec a : ws.activities.values()) {
      out.add(d.summary(a));
    }
    return out;
  }

  /** Records that {@code worker} was in {@code activitySid} from {@code from} to {@code to}. */
  private void spent(String worker, String activitySid, Instant from, Instant to) {
    Instant a = from.isBefore(start) ? start : from;
    Instant b = to.isAfter(end) ? end : to;
    if (to.isBefore(start) || from.isAfter(end)) {
      return;
    }
    present.add(worker);
    long s = b.isAfter(a) ? Duration.between(a, b).getSeconds() : 0;
    seconds.computeIfAbsent(activitySid, k -> new HashMap<>()).merge(worker, s, Long::sum);
  }

  private ObjectNode summary(ActivityRec a) {
    Map<String, Long> byWorker = seconds.getOrDefault(a.sid, Map.of());
    long min = Long.MAX_VALUE;
    long max = 0;
    long total = 0;
    for (String worker : present) {
      long s = byWorker.getOrDefault(worker, 0L);
      min = Math.min(min, s);
      max = Math.max(max, s);
      total += s;
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("friendly_name", a.friendlyName);
    n.put("sid", a.sid);
    n.put("min", present.isEmpty() ? 0 : min);
    n.put("avg", present.isEmpty() ? 0 : total / present.size());
    n.put("max", max);
    n.put("total", total);
    return n;
  }
}
