package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.routing.RoutingStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A task and where it stands in its workflow; guarded by its workspace's lock. */
final class TaskRec {
  final String sid;
  final long seq;
  String attributesText;
  JsonNode attributes;
  String status = "pending";
  int priority;

  /** The workflow routing the task; null for a task created with TaskQueueSid or RoutingTarget. */
  final WorkflowRec workflow;

  /** The TaskQueue a task without a workflow was placed in (TaskQueueSid / RoutingTarget WQ…). */
  Optional<QueueRec> directQueue = Optional.empty();

  /** The worker a RoutingTarget WK… routes the task to, bypassing workflows and queues. */
  Optional<WorkerRec> targetWorker = Optional.empty();

  /** With a worker RoutingTarget: reserve it whatever its capacity and availability. */
  boolean ignoreCapacity;

  /** The RoutingTarget given on creation, if any. */
  Optional<String> routingTarget = Optional.empty();

  final TaskChannelRec channel;
  int timeoutSeconds;
  final Instant created;
  Instant updated;
  Instant virtualStartTime;
  Optional<Instant> queueEntered = Optional.empty();
  Optional<String> reason = Optional.empty();
  int version;

  /** The queue of the current routing step, if the task is in one. */
  Optional<QueueRec> queue = Optional.empty();

  /** The filter of the current step; empty in the default filter or before routing. */
  Optional<Filter> filter = Optional.empty();

  /** The routing step the task is in, as the workflow's router decided it; null before routing. */
  RoutingStep step;

  /** Bumped on every step change so stale step timers are ignored. */
  int stepGeneration;

  /** Workers that rejected or let a reservation for this task time out in the current step. */
  final Set<String> declinedBy = new HashSet<>();

  int pendingReservations;

  /** Workers holding a pending reservation for this task. */
  final Set<String> reservedBy = new HashSet<>();

  /** Every reservation made for this task, oldest first. */
  final List<ReservationRec> reservations = new ArrayList<>();

  Optional<WorkerRec> assignedWorker = Optional.empty();

  TaskRec(
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

  boolean isFinal() {
    return "completed".equals(status) || "canceled".equals(status);
  }

  boolean isWaiting() {
    return "pending".equals(status) || "reserved".equals(status);
  }
}
