package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.TaskQueueSid;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One escalation step of a {@link RoutingDecision}: a target of the matched filter (or the default
 * filter), when the task reaches it, at which priority, for how long, and which workers it would be
 * offered to, best first.
 *
 * <p>Eligible workers are those in the step's queue ({@code target_workers}) AND matching the
 * target {@code expression} AND available AND (for known-worker steps) the known worker, ordered by
 * {@code order_by} with workers lacking the attribute last, then longest idle first.
 */
public final class RoutingStep {
  private final int index;
  private final String path;
  private final OptionalInt filterIndex;
  private final Optional<String> filterName;
  private final TaskQueueSid queue;
  private final String queueName;
  private final OptionalInt priority;
  private final Duration startOffset;
  private final Optional<Duration> timeout;
  private final List<WorkerState> eligibleWorkers;
  private final boolean skipped;
  private final List<String> notes;

  RoutingStep(
      int index,
      String path,
      OptionalInt filterIndex,
      Optional<String> filterName,
      QueueDefinition queue,
      OptionalInt priority,
      Duration startOffset,
      Optional<Duration> timeout,
      List<WorkerState> eligibleWorkers,
      boolean skipped,
      List<String> notes) {
    this.index = index;
    this.path = path;
    this.filterIndex = filterIndex;
    this.filterName = filterName;
    this.queue = queue.sid();
    this.queueName = queue.friendlyName();
    this.priority = priority;
    this.startOffset = startOffset;
    this.timeout = timeout;
    this.eligibleWorkers = eligibleWorkers;
    this.skipped = skipped;
    this.notes = List.copyOf(notes);
  }

  /** The step's position in {@link RoutingDecision#steps()} (0-based). */
  public int index() {
    return index;
  }

  /**
   * Where the step comes from: {@code task_routing.filters[0].targets[1]} or {@code
   * task_routing.default_filter}.
   */
  public String path() {
    return path;
  }

  /**
   * The position, in {@code task_routing.filters}, of the filter the step belongs to; empty for the
   * default filter. After a timeout this is a later filter than {@link
   * RoutingDecision#filterIndex()}, the first one matched.
   */
  public OptionalInt filterIndex() {
    return filterIndex;
  }

  /** The name of the filter the step belongs to; empty for the default filter. */
  public Optional<String> filterName() {
    return filterName;
  }

  /** Whether the step is the default filter. */
  public boolean isDefaultFilter() {
    return filterName.isEmpty();
  }

  /** The queue the task waits in during this step (the target's, or inherited). */
  public TaskQueueSid queue() {
    return queue;
  }

  /** That queue's friendly name. */
  public String queueName() {
    return queueName;
  }

  /**
   * The task's priority during this step: set by this target or inherited from an earlier one;
   * empty when no target so far set one (the task keeps the priority it was created with).
   */
  public OptionalInt priority() {
    return priority;
  }

  /** When the task enters this step, after routing began: the sum of the earlier timeouts. */
  public Duration startOffset() {
    return startOffset;
  }

  /** The step's {@code timeout}; empty when the task stays in it (until accepted or its TTL). */
  public Optional<Duration> timeout() {
    return timeout;
  }

  /**
   * When the task leaves this step without an accepted reservation: {@code startOffset + timeout},
   * or {@code startOffset} for a skipped step; empty when it never leaves.
   */
  public Optional<Duration> endOffset() {
    if (skipped) {
      return Optional.of(startOffset);
    }
    return timeout.map(startOffset::plus);
  }

  /** The workers this step would reserve, best first (order_by, then longest idle). */
  public List<WorkerState> eligibleWorkers() {
    return eligibleWorkers;
  }

  /** The first eligible worker: who would get the reservation now. */
  public Optional<WorkerState> firstWorker() {
    return eligibleWorkers.isEmpty() ? Optional.empty() : Optional.of(eligibleWorkers.get(0));
  }

  /**
   * Whether {@code skip_if} skipped this step: nobody could be reserved on entering it and its
   * expression was true over the queue's worker counts.
   */
  public boolean skipped() {
    return skipped;
  }

  /** Explanations: skip_if evaluation, known worker resolution, ordering applied. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RoutingStep)) {
      return false;
    }
    RoutingStep other = (RoutingStep) o;
    return index == other.index
        && skipped == other.skipped
        && path.equals(other.path)
        && queue.equals(other.queue)
        && priority.equals(other.priority)
        && startOffset.equals(other.startOffset)
        && timeout.equals(other.timeout)
        && eligibleWorkers.equals(other.eligibleWorkers)
        && notes.equals(other.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, path, queue, priority, startOffset, timeout, skipped);
  }

  /** One line, for example {@code step 0 +0s Gold (WQ…) priority 2 timeout 30s: [alice, bob]}. */
  @Override
  public String toString() {
    return "step "
        + index
        + " +"
        + Durations.format(startOffset)
        + " "
        + queueName
        + " ("
        + queue
        + ") priority "
        + (priority.isPresent() ? String.valueOf(priority.getAsInt()) : "unchanged")
        + " timeout "
        + timeout.map(Durations::format).orElse("none")
        + (skipped ? " SKIPPED" : "")
        + ": "
        + workerNames(eligibleWorkers, 10);
  }

  static String workerNames(List<WorkerState> workers, int max) {
    if (workers.isEmpty()) {
      return "no eligible worker";
    }
    String shown =
        workers.stream()
            .limit(max)
            .map(WorkerState::friendlyName)
            .collect(Collectors.joining(", ", "[", ""));
    return workers.size() > max ? shown + ", … " + (workers.size() - max) + " more]" : shown + "]";
  }
}
