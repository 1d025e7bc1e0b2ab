package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.TaskChannel;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a plan reads from a live workspace, and how each live resource is reduced to a {@link
 * ResourceState}. The names of activities and queues are those seen when it was read, so a resource
 * fetched again later is described the same way unless it really changed.
 */
final class LiveWorkspace {
  final WorkspaceApi api;
  final Workspace workspace;
  final List<Activity> activities;
  final List<TaskChannel> taskChannels;
  final List<TaskQueue> taskQueues;
  final List<Workflow> workflows;
  final List<Worker> workers;
  private final Map<ActivitySid, String> activityNames = new HashMap<>();
  private final Map<TaskQueueSid, String> queueNames = new HashMap<>();

  private LiveWorkspace(WorkspaceApi api, boolean withWorkers) {
    this.api = api;
    this.workspace = api.fetch();
    this.activities = api.activities().list().collect(Collectors.toList());
    this.taskChannels = api.taskChannels().list().collect(Collectors.toList());
    this.taskQueues = api.taskQueues().list().collect(Collectors.toList());
    this.workflows = api.workflows().list().collect(Collectors.toList());
    this.workers = withWorkers ? api.workers().list().collect(Collectors.toList()) : List.of();
    activities.forEach(a -> activityNames.put(a.sid(), a.friendlyName().orElse(a.sid().value())));
    taskQueues.forEach(q -> queueNames.put(q.sid(), q.friendlyName().orElse(q.sid().value())));
  }

  /** Reads the workspace without its workers. */
  static LiveWorkspace read(WorkspaceApi api) {
    return new LiveWorkspace(api, false);
  }

  /** Reads the workspace, with its workers if {@code withWorkers}. */
  static LiveWorkspace read(WorkspaceApi api, boolean withWorkers) {
    return new LiveWorkspace(api, withWorkers);
  }

  /**
   * Calls a live activity by the name of the declaration matched to it, so that a reference to an
   * activity renamed in code is not shown as a change.
   */
  void alias(ActivitySid sid, String declaredName) {
    activityNames.put(sid, declaredName);
  }

  /** Calls a live queue by the name of the declaration matched to it (see the activity alias). */
  void alias(TaskQueueSid sid, String declaredName) {
    queueNames.put(sid, declaredName);
  }

  Optional<String> activityName(Optional<ActivitySid> sid) {
    return sid.map(s -> activityNames.getOrDefault(s, s.value()));
  }

  String queueName(TaskQueueSid sid) {
    return queueNames.getOrDefault(sid, sid.value());
  }

  /** The live resources of one kind, as states. */
  List<ResourceState> states(ResourceKind kind) {
    List<ResourceState> states = new ArrayList<>();
    switch (kind) {
      case ACTIVITY:
        activities.forEach(a -> states.add(state(a)));
        break;
      case TASK_CHANNEL:
        taskChannels.forEach(c -> states.add(state(c)));
        break;
      case WORKSPACE:
        states.add(state(workspace));
        break;
      case WORKER:
        workers.forEach(w -> states.add(state(w)));
        break;
      case TASK_QUEUE:
        taskQueues.forEach(q -> states.add(state(q)));
        break;
      case WORKFLOW:
        workflows.forEach(w -> states.add(state(w)));
        break;
    }
    return states;
  }

  /** The state of any live resource this class knows. */
  ResourceState state(Object resource) {
    if (resource instanceof Activity) {
      Activity a = (Activity) resource;
      return ResourceState.builder(ResourceKind.ACTIVITY, name(a.friendlyName(), a.sid()), a)
          .sid(Optional.of(a.sid()))
          .text("friendly_name", a.friendlyName())
          .flag("available", a.available())
          .build();
    }
    if (resource instanceof TaskChannel) {
      TaskChannel c = (TaskChannel) resource;
      return ResourceState.builder(ResourceKind.TASK_CHANNEL, name(c.uniqueName(), c.sid()), c)
          .sid(Optional.of(c.sid()))
          .text("friendly_name", c.friendlyName())
          .flag("channel_optimized_routing", c.channelOptimizedRouting())
          .build();
    }
    if (resource instanceof Workspace) {
      Workspace w = (Workspace) resource;
      return ResourceState.builder(ResourceKind.WORKSPACE, name(w.friendlyName(), w.sid()), w)
          .sid(Optional.of(w.sid()))
          .text("friendly_name", w.friendlyName())
          .text("default_activity", activityName(w.defaultActivitySid()))
          .text("timeout_activity", activityName(w.timeoutActivitySid()))
          .flag("multi_task_enabled", w.multiTaskEnabled())
          .text("prioritize_queue_order", Optional.of(w.prioritizeQueueOrder()))
          .text("event_callback_url", w.eventCallbackUrl())
          .text("events_filter", w.eventsFilter().map(LiveWorkspace::eventsFilter))
          .build();
    }
    if (resource instanceof Worker) {
      Worker w = (Worker) resource;
      return ResourceState.builder(ResourceKind.WORKER, name(w.friendlyName(), w.sid()), w)
          .sid(Optional.of(w.sid()))
          .text("friendly_name", w.friendlyName())
          .json("attributes", w.attributesJson().map(a -> Values.jsonObject("worker", a)))
          .build();
    }
    if (resource instanceof TaskQueue) {
      TaskQueue q = (TaskQueue) resource;
      return ResourceState.builder(ResourceKind.TASK_QUEUE, name(q.friendlyName(), q.sid()), q)
          .sid(Optional.of(q.sid()))
          .text("friendly_name", q.friendlyName())
          .text("target_workers", q.targetWorkers().map(ResourceState::canonicalWorkers))
          .number("max_reserved_workers", Optional.of(q.maxReservedWorkers()))
          .text("task_order", Optional.of(q.taskOrder()))
          .text("reservation_activity", activityName(q.reservationActivitySid()))
          .text("assignment_activity", activityName(q.assignmentActivitySid()))
          .build();
    }
    Workflow w = (Workflow) resource;
    return ResourceState.builder(ResourceKind.WORKFLOW, name(w.friendlyName(), w.sid()), w)
        .sid(Optional.of(w.sid()))
        .text("friendly_name", w.friendlyName())
        .json(
            "configuration",
            w.configurationJson().map(c -> ConfigurationView.of(configuration(w), this::queueName)))
        .text("assignment_callback_url", w.assignmentCallbackUrl())
        .text("fallback_assignment_callback_url", w.fallbackAssignmentCallbackUrl())
        .seconds("task_reservation_timeout", Optional.of(w.taskReservationTimeout()))
        .build();
  }

  /** The live configuration, or a plan error saying which workflow cannot be read and why. */
  static WorkflowConfiguration configuration(Workflow workflow) {
    try {
      return workflow.configuration();
    } catch (IllegalArgumentException e) {
      throw new WorkspacePlanException(
          "workflow "
              + Names.quoted(workflow.friendlyName().orElse(""))
              + " ("
              + workflow.sid()
              + ") has a live configuration that cannot be read, so it cannot be compared: "
              + e.getMessage(),
          e);
    }
  }

  /** Twilio's comma-separated events filter without the spaces it may carry. */
  static String eventsFilter(String text) {
    return text.replace(" ", "");
  }

  private static String name(Optional<String> name, Object sid) {
    return name.orElse(sid.toString());
  }
}
