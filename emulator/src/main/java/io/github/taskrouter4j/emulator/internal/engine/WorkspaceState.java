package io.github.taskrouter4j.emulator.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.http.CallerDeadline;
import io.github.taskrouter4j.emulator.internal.state.ActivityRec;
import io.github.taskrouter4j.emulator.internal.state.EventRec;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.ReservationRec;
import io.github.taskrouter4j.emulator.internal.state.TaskChannelRec;
import io.github.taskrouter4j.emulator.internal.state.TaskRec;
import io.github.taskrouter4j.emulator.internal.state.Timers;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.EventSid;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One workspace and everything in it. All state is guarded by one read-write lock: a change ({@link
 * #call}) holds it alone, while requests that only read ({@link #read}: GETs of resources, lists,
 * statistics) share it, so clients reading the same workspace do not wait for one another.
 * Callbacks produced by a change are queued and sent after the lock is released, so no lock is held
 * across the network.
 */
public final class WorkspaceState {
  private static final int YIELDS_BEFORE_QUEUEING = 200;

  public final Emulation emulation;
  public final String sid;
  public final String url;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  public String friendlyName;
  public Optional<String> eventCallbackUrl = Optional.empty();
  public Optional<String> eventsFilter = Optional.empty();
  public boolean multiTaskEnabled = true;
  public ActivityRec defaultActivity;
  public ActivityRec timeoutActivity;
  public String prioritizeQueueOrder = "FIFO";
  public final Instant created;
  public Instant updated;

  public final Map<String, ActivityRec> activities = new LinkedHashMap<>();
  public final Map<String, TaskChannelRec> taskChannels = new LinkedHashMap<>();
  public final Map<String, WorkerRec> workers = new LinkedHashMap<>();
  public final Map<String, QueueRec> queues = new LinkedHashMap<>();
  public final Map<String, WorkflowRec> workflows = new LinkedHashMap<>();
  public final Map<String, TaskRec> tasks = new LinkedHashMap<>();
  public final Map<String, ReservationRec> reservations = new LinkedHashMap<>();

  /**
   * The event log, oldest first, bounded by {@link Emulation#retainEvents}: the oldest are dropped
   * beyond the count or once older than the age.
   */
  public final ArrayDeque<EventRec> events = new ArrayDeque<>();

  final Timers timers = new Timers();
  public final Membership membership = new Membership(this);
  public final WorkspaceRouting routing = new WorkspaceRouting(this);
  public final RoutingLoop engine = new RoutingLoop(this);
  public final Lifecycle lifecycle = new Lifecycle(this);
  private final List<Runnable> outbox = new ArrayList<>();
  private long seq;

  public WorkspaceState(Emulation emulation, String sid, String friendlyName, Instant now) {
    this.emulation = emulation;
    this.sid = sid;
    this.url = emulation.baseUrl + "/v1/Workspaces/" + sid;
    this.friendlyName = friendlyName;
    this.created = now;
    this.updated = now;
  }

  /**
   * Runs {@code body}, which may change the workspace, alone; then sends the callbacks it queued.
   */
  public <T> T call(Supplier<T> body) {
    if (lock.getReadHoldCount() > 0 && !lock.isWriteLockedByCurrentThread()) {
      // A read lock cannot be upgraded: waiting for the write lock here would wait forever.
      throw new IllegalStateException("a change was started while only reading the workspace");
    }
    List<Runnable> toSend;
    T result;
    acquire(lock.writeLock());
    try {
      result = body.get();
    } finally {
      toSend = outbox.isEmpty() ? List.of() : new ArrayList<>(outbox);
      outbox.clear();
      lock.writeLock().unlock();
    }
    toSend.forEach(emulation.callbacks::submit);
    return result;
  }

  /**
   * Runs {@code body}, which only reads the workspace, alongside other reads and never alongside a
   * change: it sees the state between two changes. It must not change anything, not even a field
   * that only caches.
   */
  public <T> T read(Supplier<T> body) {
    acquire(lock.readLock());
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Takes {@code part} of the lock, giving this thread's core away ({@link Thread#yield}) a bounded
   * number of times before queueing for it. A change holds the lock for 5 to 20 µs, less than
   * parking and being woken again costs; and with more client threads than cores the holder may be
   * the thread that is waiting for a core, which the yield hands it (docs/benchmarks.md). A request
   * whose caller has a deadline (the in-process client's request timeout) queues no longer than
   * that.
   *
   * @throws CallerDeadline.GaveUp if the caller's deadline passed, or its thread was interrupted,
   *     before the lock was free
   */
  private static void acquire(Lock part) {
    for (int i = 0; i < YIELDS_BEFORE_QUEUEING; i++) {
      if (part.tryLock()) {
        return;
      }
      Thread.yield();
    }
    long remaining = CallerDeadline.remainingNanos();
    if (remaining == CallerDeadline.NONE) {
      part.lock();
      return;
    }
    try {
      if (part.tryLock(remaining, TimeUnit.NANOSECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      throw new CallerDeadline.GaveUp(true);
    }
    throw new CallerDeadline.GaveUp(false);
  }

  /** Whether a request is queued for the lock (past its yields); for tests. */
  boolean hasQueuedThreads() {
    return lock.hasQueuedThreads();
  }

  public Instant now() {
    return emulation.clock.instant();
  }

  public long nextSeq() {
    return seq++;
  }

  void send(Runnable callback) {
    outbox.add(callback);
  }

  public ActivityRec activity(String activitySid) {
    return found(activities.get(activitySid), "Activities", activitySid);
  }

  public WorkerRec worker(String workerSid) {
    return found(workers.get(workerSid), "Workers", workerSid);
  }

  public QueueRec queue(String queueSid) {
    return found(queues.get(queueSid), "TaskQueues", queueSid);
  }

  public WorkflowRec workflow(String workflowSid) {
    return found(workflows.get(workflowSid), "Workflows", workflowSid);
  }

  public TaskRec task(String taskSid) {
    return found(tasks.get(taskSid), "Tasks", taskSid);
  }

  public TaskChannelRec taskChannel(String sidOrName) {
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
  public void log(
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
    trimEvents(event.date);
    if (eventCallbackUrl.isPresent() && wantsEvent(type)) {
      String target = eventCallbackUrl.get();
      ObjectNode snapshot = data.deepCopy();
      String name = friendlyName;
      send(() -> emulation.callbacks.postEvent(this, target, name, event, snapshot));
    }
  }

  private void trimEvents(Instant now) {
    int max = emulation.maxEvents();
    while (events.size() > max) {
      events.removeFirst();
    }
    Instant oldest = now.minus(emulation.maxEventAge());
    while (!events.isEmpty() && events.peekFirst().date.isBefore(oldest)) {
      events.removeFirst();
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
