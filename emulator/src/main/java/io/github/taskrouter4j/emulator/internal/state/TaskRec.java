package io.github.taskrouter4j.emulator.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.emulator.internal.http.Params;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A task and where it stands in its workflow; guarded by its workspace's lock. */
public final class TaskRec {
  public final String sid;
  public final long seq;
  public String attributesText;
  public JsonNode attributes;
  public String status = "pending";
  public int priority;

  /** The workflow routing the task; null for a task created with TaskQueueSid or RoutingTarget. */
  public final WorkflowRec workflow;

  /** The TaskQueue a task without a workflow was placed in (TaskQueueSid / RoutingTarget WQ…). */
  public Optional<QueueRec> directQueue = Optional.empty();

  /** The worker a RoutingTarget WK… routes the task to, bypassing workflows and queues. */
  public Optional<WorkerRec> targetWorker = Optional.empty();

  /** With a worker RoutingTarget: reserve it whatever its capacity and availability. */
  public boolean ignoreCapacity;

  /** The RoutingTarget given on creation, if any. */
  public Optional<String> routingTarget = Optional.empty();

  public final TaskChannelRec channel;
  public int timeoutSeconds;
  public final Instant created;
  public Instant updated;
  public Instant virtualStartTime;
  public Optional<Instant> queueEntered = Optional.empty();
  public Optional<String> reason = Optional.empty();
  public int version;

  /** The queue of the current routing step, if the task is in one. */
  public Optional<QueueRec> queue = Optional.empty();

  /** The filter of the current step; empty in the default filter or before routing. */
  public Optional<Filter> filter = Optional.empty();

  /** The routing step the task is in, as the workflow's router decided it; null before routing. */
  public RoutingStep step;

  /**
   * What decides which workers may take the task in its step (its router's eligibility key and its
   * channel), or the task itself when nothing shorter does; set by the routing loop as the task
   * enters its queue's {@link WaitingTasks}.
   */
  public Object shape;

  /** Bumped on every step change so stale step timers are ignored. */
  public int stepGeneration;

  /** The task's TTL timer, cancelled once the task stops waiting or is deleted. */
  public Timers.Timer ttl;

  /** The current step's timeout timer, cancelled when the task leaves the step's queue. */
  public Timers.Timer stepTimeout;

  /** Workers that rejected or let a reservation for this task time out in the current step. */
  public final Set<String> declinedBy = new HashSet<>();

  public int pendingReservations;

  /** Workers holding a pending reservation for this task. */
  public final Set<String> reservedBy = new HashSet<>();

  /** Every reservation made for this task, oldest first. */
  public final List<ReservationRec> reservations = new ArrayList<>();

  public Optional<WorkerRec> assignedWorker = Optional.empty();

  public TaskRec(
      String sid,
      long seq,
      Params.Attributes attributes,
      WorkflowRec workflow,
      TaskChannelRec channel,
      Instant now) {
    this.sid = sid;
    this.seq = seq;
    this.attributesText = attributes.text;
    this.attributes = attributes.node;
    this.workflow = workflow;
    this.channel = channel;
    this.created = now;
    this.updated = now;
    this.virtualStartTime = now;
  }

  public boolean isFinal() {
    return "completed".equals(status) || "canceled".equals(status);
  }

  public boolean isWaiting() {
    return "pending".equals(status) || "reserved".equals(status);
  }
}
