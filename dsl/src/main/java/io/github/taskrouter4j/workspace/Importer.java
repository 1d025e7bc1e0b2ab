package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.resource.TaskChannel;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a live workspace into a {@link WorkspaceDefinition}, each resource bound to its SID. */
final class Importer {
  private final LiveWorkspace live;
  private final Map<ActivitySid, ActivityKey> activities = new HashMap<>();
  private final Map<TaskQueueSid, TaskQueueSid> refs = new HashMap<>();

  private Importer(LiveWorkspace live) {
    this.live = live;
    live.activities.forEach(a -> activities.put(a.sid(), ActivityKey.of(name(a.friendlyName()))));
    live.taskQueues.forEach(q -> refs.put(q.sid(), QueueKey.of(name(q.friendlyName())).ref()));
  }

  static WorkspaceDefinition importFrom(LiveWorkspace live) {
    return new Importer(live).definition();
  }

  private WorkspaceDefinition definition() {
    WorkspaceDefinition.Builder definition = WorkspaceDefinition.builder().settings(settings());
    sorted(live.activities, a -> a.friendlyName().orElse(""))
        .forEach(
            a ->
                definition.addActivities(
                    DeclaredActivity.of(activities.get(a.sid()), a.available().orElse(false))
                        .withSid(a.sid())));
    sorted(live.taskChannels, c -> c.uniqueName().orElse(""))
        .forEach(c -> definition.addTaskChannels(channel(c)));
    sorted(live.taskQueues, q -> q.friendlyName().orElse(""))
        .forEach(q -> definition.addTaskQueues(queue(q)));
    sorted(live.workflows, w -> w.friendlyName().orElse(""))
        .forEach(w -> definition.addWorkflows(workflow(w)));
    sorted(live.workers, w -> w.friendlyName().orElse(""))
        .forEach(w -> definition.addWorkers(worker(w)));
    return definition.build();
  }

  private WorkspaceSettings settings() {
    Workspace w = live.workspace;
    return WorkspaceSettings.builder()
        .friendlyName(w.friendlyName())
        .defaultActivity(w.defaultActivitySid().map(activities::get))
        .timeoutActivity(w.timeoutActivitySid().map(activities::get))
        .multiTaskEnabled(w.multiTaskEnabled())
        .prioritizeQueueOrder(w.prioritizeQueueOrder())
        .eventCallbackUrl(w.eventCallbackUrl())
        .eventsFilter(w.eventsFilter().map(LiveWorkspace::eventsFilter).filter(f -> !f.isEmpty()))
        .build();
  }

  private static DeclaredTaskChannel channel(TaskChannel c) {
    String unique = name(c.uniqueName());
    return DeclaredTaskChannel.builder(unique, c.friendlyName().orElse(unique))
        .channelOptimizedRouting(c.channelOptimizedRouting())
        .sid(c.sid())
        .build();
  }

  private DeclaredTaskQueue queue(TaskQueue q) {
    return DeclaredTaskQueue.builder(QueueKey.of(name(q.friendlyName())))
        .targetWorkers(q.targetWorkers())
        .maxReservedWorkers(q.maxReservedWorkers())
        .taskOrder(q.taskOrder())
        .reservationActivity(q.reservationActivitySid().map(activities::get))
        .assignmentActivity(q.assignmentActivitySid().map(activities::get))
        .sid(q.sid())
        .build();
  }

  private DeclaredWorkflow workflow(Workflow w) {
    return DeclaredWorkflow.builder(
            name(w.friendlyName()),
            ConfigurationView.withQueues(
                LiveWorkspace.configuration(w), q -> Optional.ofNullable(refs.get(q))))
        .assignmentCallbackUrl(w.assignmentCallbackUrl())
        .fallbackAssignmentCallbackUrl(w.fallbackAssignmentCallbackUrl())
        .taskReservationTimeout(w.taskReservationTimeout())
        .sid(w.sid())
        .build();
  }

  private DeclaredWorker worker(Worker w) {
    return DeclaredWorker.builder(name(w.friendlyName()))
        .attributes(w.attributesJson())
        .initialActivity(w.activitySid().map(activities::get))
        .sid(w.sid())
        .build();
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    return items.stream()
        .sorted(Comparator.comparing(name).thenComparing(Object::toString))
        .collect(Collectors.toList());
  }

  private static String name(Optional<String> name) {
    // Twilio requires a friendly name (and a unique name for channels) on every resource read here.
    return name.orElseThrow(
        () -> new IllegalStateException("the workspace has a resource without a name"));
  }
}
