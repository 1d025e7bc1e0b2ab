package io.github.taskrouter4j.workflow;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link WorkflowConfiguration#lint(WorkspaceSnapshot)} knows about a workspace: its task
 * queues and its workers. Build one from the workspace you fetched, or by hand in tests:
 *
 * <pre>{@code
 * WorkspaceSnapshot workspace = WorkspaceSnapshot.builder()
 *     .queue(gold).queue(everyone)
 *     .worker(alice, "alice")
 *     .build();
 * config.lint(workspace);   // UNKNOWN_QUEUE, UNKNOWN_WORKER, …
 * }</pre>
 */
public final class WorkspaceSnapshot {
  private final Set<TaskQueueSid> queues;
  private final Map<TaskQueueSid, String> queueNames;
  private final Map<WorkerSid, String> workers;
  private final Set<String> workerNames;

  private WorkspaceSnapshot(Builder b) {
    this.queues = Collections.unmodifiableSet(new LinkedHashSet<>(b.queues));
    this.queueNames = Collections.unmodifiableMap(new LinkedHashMap<>(b.queueNames));
    this.workers = Collections.unmodifiableMap(new LinkedHashMap<>(b.workers));
    Set<String> names = new LinkedHashSet<>();
    b.workers.values().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
    this.workerNames = Collections.unmodifiableSet(names);
  }

  /** Starts an empty snapshot. */
  public static Builder builder() {
    return new Builder();
  }

  /** The workspace's task queues. */
  public Set<TaskQueueSid> queues() {
    return queues;
  }

  /**
   * The friendly name of {@code queue}, if it was given with {@link Builder#queue(TaskQueueSid,
   * String)}; diagrams and diffs show it instead of the SID.
   */
  public Optional<String> queueName(TaskQueueSid queue) {
    return Optional.ofNullable(queueNames.get(queue));
  }

  /** The workspace's workers and their friendly names. */
  public Map<WorkerSid, String> workers() {
    return workers;
  }

  /** Whether the workspace has {@code queue}. */
  public boolean hasQueue(TaskQueueSid queue) {
    return queues.contains(queue);
  }

  /** Whether the workspace has {@code worker}. */
  public boolean hasWorker(WorkerSid worker) {
    return workers.containsKey(worker);
  }

  /** Whether a worker has this friendly name (case-insensitive, as in TaskRouter). */
  public boolean hasWorkerNamed(String friendlyName) {
    return workerNames.contains(friendlyName.toLowerCase(Locale.ROOT));
  }

  /** The friendly name of {@code worker}, if the workspace has it. */
  public Optional<String> workerName(WorkerSid worker) {
    return Optional.ofNullable(workers.get(worker));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkspaceSnapshot
        && queues.equals(((WorkspaceSnapshot) other).queues)
        && workers.equals(((WorkspaceSnapshot) other).workers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queues, workers);
  }

  @Override
  public String toString() {
    return "WorkspaceSnapshot{queues=" + queues + ", workers=" + workers + "}";
  }

  /** Builds a {@link WorkspaceSnapshot}. */
  public static final class Builder {
    private final Set<TaskQueueSid> queues = new LinkedHashSet<>();
    private final Map<TaskQueueSid, String> queueNames = new LinkedHashMap<>();
    private final Map<WorkerSid, String> workers = new LinkedHashMap<>();

    Builder() {}

    /** Adds a task queue. */
    public Builder queue(TaskQueueSid queue) {
      queues.add(Objects.requireNonNull(queue, "queue == null"));
      return this;
    }

    /**
     * Adds a task queue with its friendly name.
     *
     * @param queue the queue's SID
     * @param friendlyName its friendly name
     */
    public Builder queue(TaskQueueSid queue, String friendlyName) {
      queue(queue);
      queueNames.put(queue, Objects.requireNonNull(friendlyName, "friendlyName == null"));
      return this;
    }

    /** Adds task queues. */
    public Builder queues(Iterable<TaskQueueSid> queues) {
      Objects.requireNonNull(queues, "queues == null").forEach(this::queue);
      return this;
    }

    /**
     * Adds a worker.
     *
     * @param worker the worker's SID
     * @param friendlyName its friendly name, unique (ignoring case) in the workspace
     */
    public Builder worker(WorkerSid worker, String friendlyName) {
      workers.put(
          Objects.requireNonNull(worker, "worker == null"),
          Objects.requireNonNull(friendlyName, "friendlyName == null"));
      return this;
    }

    /** Builds the snapshot. */
    public WorkspaceSnapshot build() {
      return new WorkspaceSnapshot(this);
    }
  }
}
