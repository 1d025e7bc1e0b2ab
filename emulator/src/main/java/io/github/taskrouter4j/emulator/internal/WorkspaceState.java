package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.EventSid;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One workspace and everything in it. All state is guarded by one lock; callbacks produced while
 * holding it are queued and sent after it is released, so no lock is held across the network.
 */
final class WorkspaceState {
  final Emulation emulation;
  final String sid;
  final String url;
  final ReentrantLock lock = new ReentrantLock();

  String friendlyName;
  Optional<String> eventCallbackUrl = Optional.empty();
  Optional<String> eventsFilter = Optional.empty();
  boolean multiTaskEnabled = true;
  ActivityRec defaultActivity;
  ActivityRec timeoutActivity;
  String prioritizeQueueOrder = "FIFO";
  final Instant created;
  Instant updated;

  final Map<String, ActivityRec> activities = new LinkedHashMap<>();
  final Map<String, TaskChannelRec> taskChannels = new LinkedHashMap<>();
  final Map<String, WorkerRec> workers = new LinkedHashMap<>();
  final Map<String, QueueRec> queues = new LinkedHashMap<>();
  final Map<String, WorkflowRec> workflows = new LinkedHashMap<>();
  final Map<String, TaskRec> tasks = new LinkedHashMap<>();
  final Map<String, ReservationRec> reservations = new LinkedHashMap<>();

  /** The event log, oldest first, capped at {@link #MAX_EVENTS} (the oldest are dropped). */
  final ArrayDeque<EventRec> events = new ArrayDeque<>();

  static final int MAX_EVENTS = 200_000;
  final Timers timers = new Timers();
  final Membership membership = new Membership(this);
  final WorkspaceRouting routing = new WorkspaceRouting(this);
  final RoutingLoop engine = new RoutingLoop(this);
  final Lifecycle lifecycle = new Lifecycle(this);
  private final List<Runnable> outbox = new ArrayList<>();
  private long seq;

  WorkspaceState(Emulation emulation, String sid, String friendlyName, Instant now) {
    this.emulation = emulation;
    this.sid = sid;
    this.url = emulation.baseUrl + "/v1/Workspaces/" + sid;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }

  /** Runs {@code body} under the lock, then sends the callbacks it queued. */
  <T> T call(Supplier<T> body) {
    List<Runnable> toSend;
    T result;
    lock.lock();
    try {
      result = body.get();
    } finally {
      toSend = outbox.isEmpty() ? List.of() : new ArrayList<>(outbox);
      outbox.clear();
      lock.unlock();
    }
    toSend.forEach(emulation.callbacks::submit);
    return result;
  }

  Instant now() {
    return emulation.clock.instant();
  }

  long nextSeq() {
    return seq++;
  }

  void send(Runnable callback) {
    outbox.add(callback);
  }

  ActivityRec activity(String activitySid) {
    return found(activities.get(activitySid), "Activities", activitySid);
  }

  WorkerRec worker(String workerSid) {
    return found(workers.get(workerSid), "Workers", workerSid);
  }

  QueueRec queue(String queueSid) {
    return found(queues.get(queueSid), "TaskQueues", queueSid);
  }

  WorkflowRec workflow(String workflowSid) {
    return found(workflows.get(workflowSid), "Workflows", workflowSid);
  }

  TaskRec task(String taskSid) {
    return found(tasks.get(taskSid), "Tasks", taskSid);
  }

  TaskChannelRec taskChannel(String sidOrName) {
    TaskChannelRec channel = taskChannels.get(sidOrName);
    if (channel == null) {
      for (TaskChannelRec c : taskChannels.values()) {
        if (c.uniqueName.equals(sidOrName)) {
          return c;
        }
      }
    }
    return found(channel, "TaskChannels", sidOrName);
  }

  private <T> T found(T value, String collection, String sidText) {
    if (value == null) {
      throw ApiError.notFound(
          "The requested resource /v1/Workspaces/"
              + sid
              + "/"
              + collection
              + "/"
              + sidText
              + " was not found");
    }
    return value;
  }

  /** Appends an event to the log and queues its event callback. */
  void log(
      String type,
      String resourceType,
      String resourceSid,
      String resourceUrl,
      String description,
      ObjectNode data) {
    EventRec event =
        new EventRec(
            EventSid.random().value(),
            type,
            description,
            resourceType,
            resourceSid,
            resourceUrl,
            data,
            now(),
            "account",
            emulation.accountSid,
            emulation.baseUrl + "/2010-04-01/Accounts/" + emulation.accountSid);
    events.addLast(event);
    if (events.size() > MAX_EVENTS) {
      events.removeFirst();
    }
    if (eventCallbackUrl.isPresent() && wantsEvent(type)) {
      String target = eventCallbackUrl.get();
      ObjectNode snapshot = data.deepCopy();
      String name = friendlyName;
      send(() -> emulation.callbacks.postEvent(this, target, name, event, snapshot));
    }
  }

  private boolean wantsEvent(String type) {
    if (eventsFilter.isEmpty() || eventsFilter.get().isBlank()) {
      return true;
    }
    for (String wanted : eventsFilter.get().split(",")) {
      if (wanted.trim().equals(type)) {
        return true;
      }
    }
    return false;
  }
}
