package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.http.TaskRouterException;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.TaskChannel;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a plan's changes in order. Before an update or delete it fetches the resource again and
 * refuses if it changed since the plan was made (Twilio offers {@code If-Match} only for workers,
 * which also get it); it stops at the first refusal.
 */
final class Applier {
  private final Plan plan;
  private final WorkspaceApi ws;
  private final Map<String, ActivitySid> activities = new HashMap<>();
  private final Map<TaskQueueSid, TaskQueueSid> queues = new HashMap<>();

  private Applier(Plan plan) {
    this.plan = plan;
    this.ws = plan.live.api;
    for (ResourceChange change : plan.changes()) {
      if (change.declaration.isPresent() && change.sid().isPresent()) {
        resolved(change, change.sid().get());
      }
    }
  }

  static ApplyResult apply(Plan plan) {
    return new Applier(plan).run();
  }

  private ApplyResult run() {
    List<ResourceChange> pending = plan.pending();
    List<ResourceChange> blocked = plan.blocked();
    if (!blocked.isEmpty()) {
      ResourceChange first = blocked.get(0);
      return new ApplyResult(
          List.of(), Optional.of(first), first.blocker(), pending, plan.workspaceSid());
    }
    List<ResourceChange> done = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      ResourceChange change = pending.get(i);
      try {
        run(change);
        done.add(change);
      } catch (TaskRouterException | Refusal e) {
        return new ApplyResult(
            done,
            Optional.of(change),
            Optional.of(e.getMessage()),
            pending.subList(i + 1, pending.size()),
            plan.workspaceSid());
      }
    }
    return new ApplyResult(
        done, Optional.empty(), Optional.empty(), List.of(), plan.workspaceSid());
  }

  private void run(ResourceChange change) {
    switch (change.action()) {
      case CREATE:
        resolved(change, create(change));
        break;
      case UPDATE:
        update(change, unchangedSincePlan(change));
        break;
      default:
        delete(change, unchangedSincePlan(change));
        break;
    }
  }

  private void resolved(ResourceChange change, Sid sid) {
    if (change.kind() == ResourceKind.ACTIVITY) {
      activities.put(change.name(), ActivitySid.of(sid.value()));
    } else if (change.kind() == ResourceKind.TASK_QUEUE) {
      queues.put(QueueKey.of(change.name()).ref(), TaskQueueSid.of(sid.value()));
    }
  }

  private Sid create(ResourceChange change) {
    Object declared = change.declaration.orElseThrow();
    switch (change.kind()) {
      case ACTIVITY:
        DeclaredActivity a = (DeclaredActivity) declared;
        return ws.activities()
            .create(r -> r.friendlyName(a.key().name()).available(a.available()))
            .sid();
      case TASK_CHANNEL:
        DeclaredTaskChannel c = (DeclaredTaskChannel) declared;
        return ws.taskChannels()
            .create(
                r ->
                    r.uniqueName(c.uniqueName())
                        .friendlyName(c.friendlyName())
                        .channelOptimizedRouting(c.channelOptimizedRouting()))
            .sid();
      case WORKER:
        DeclaredWorker w = (DeclaredWorker) declared;
        return ws.workers()
            .create(
                r ->
                    r.friendlyName(w.friendlyName())
                        .attributes(w.attributes())
                        .activitySid(w.initialActivity().map(this::activity)))
            .sid();
      case TASK_QUEUE:
        DeclaredTaskQueue q = (DeclaredTaskQueue) declared;
        return ws.taskQueues()
            .create(
                r ->
                    r.friendlyName(q.key().name())
                        .targetWorkers(q.targetWorkers())
                        .maxReservedWorkers(optionalInt(q.maxReservedWorkers()))
                        .taskOrder(q.taskOrder())
                        .reservationActivitySid(q.reservationActivity().map(this::activity))
                        .assignmentActivitySid(q.assignmentActivity().map(this::activity)))
            .sid();
      case WORKFLOW:
        DeclaredWorkflow f = (DeclaredWorkflow) declared;
        refuseIfWorkflowAppeared(f.friendlyName());
        return ws.workflows()
            .create(
                r ->
                    r.friendlyName(f.friendlyName())
                        .configuration(configuration(f))
                        .assignmentCallbackUrl(f.assignmentCallbackUrl())
                        .fallbackAssignmentCallbackUrl(f.fallbackAssignmentCallbackUrl())
                        .taskReservationTimeout(f.taskReservationTimeout()))
            .sid();
      default:
        throw new IllegalStateException("a workspace is never created by a plan");
    }
  }

  /** Twilio allows two workflows with one name; a second one would make the next plan fail. */
  private void refuseIfWorkflowAppeared(String name) {
    Optional<Workflow> appeared =
        ws.workflows()
            .list()
            .filter(w -> w.friendlyName().orElse("").equalsIgnoreCase(name))
            .findFirst();
    if (appeared.isPresent()) {
      throw new Refusal(
          "a workflow named "
              + Names.quoted(name)
              + " ("
              + appeared.get().sid()
              + ") was created after the plan was made; plan again");
    }
  }

  private void update(ResourceChange change, Object current) {
    Object declared = change.declaration.orElseThrow();
    Set<String> fields =
        change.fields().stream().map(FieldChange::topLevelField).collect(Collectors.toSet());
    switch (change.kind()) {
      case ACTIVITY:
        ws.activities()
            .update(
                ActivitySid.of(change.sid().orElseThrow().value()),
                r -> r.friendlyName(((DeclaredActivity) declared).key().name()));
        break;
      case TASK_CHANNEL:
        DeclaredTaskChannel c = (DeclaredTaskChannel) declared;
        ws.taskChannels()
            .update(
                ((TaskChannel) current).sid(),
                r -> {
                  r.friendlyName(only(fields, "friendly_name", Optional.of(c.friendlyName())));
                  r.channelOptimizedRouting(
                      only(fields, "channel_optimized_routing", c.channelOptimizedRouting()));
                });
        break;
      case WORKSPACE:
        WorkspaceSettings s = (WorkspaceSettings) declared;
        ws.update(
            r -> {
              r.friendlyName(only(fields, "friendly_name", s.friendlyName()));
              r.defaultActivitySid(
                  only(fields, "default_activity", s.defaultActivity().map(this::activity)));
              r.timeoutActivitySid(
                  only(fields, "timeout_activity", s.timeoutActivity().map(this::activity)));
              r.multiTaskEnabled(only(fields, "multi_task_enabled", s.multiTaskEnabled()));
              r.prioritizeQueueOrder(
                  only(fields, "prioritize_queue_order", s.prioritizeQueueOrder()));
              r.eventCallbackUrl(only(fields, "event_callback_url", s.eventCallbackUrl()));
              only(fields, "events_filter", s.eventsFilter())
                  .ifPresent(f -> r.eventsFilter(Arrays.asList(f.split(","))));
            });
        break;
      case WORKER:
        DeclaredWorker w = (DeclaredWorker) declared;
        // Twilio checks If-Match for workers: the fetched ETag guards the update.
        ws.workers()
            .update(
                (Worker) current,
                r -> {
                  r.friendlyName(only(fields, "friendly_name", Optional.of(w.friendlyName())));
                  r.attributes(only(fields, "attributes", w.attributes()));
                });
        break;
      case TASK_QUEUE:
        DeclaredTaskQueue q = (DeclaredTaskQueue) declared;
        ws.taskQueues()
            .update(
                ((TaskQueue) current).sid(),
                r -> {
                  r.friendlyName(only(fields, "friendly_name", Optional.of(q.key().name())));
                  r.targetWorkers(only(fields, "target_workers", q.targetWorkers()));
                  r.maxReservedWorkers(
                      optionalInt(only(fields, "max_reserved_workers", q.maxReservedWorkers())));
                  r.taskOrder(only(fields, "task_order", q.taskOrder()));
                  r.reservationActivitySid(
                      only(
                          fields,
                          "reservation_activity",
                          q.reservationActivity().map(this::activity)));
                  r.assignmentActivitySid(
                      only(
                          fields,
                          "assignment_activity",
                          q.assignmentActivity().map(this::activity)));
                });
        break;
      default:
        DeclaredWorkflow f = (DeclaredWorkflow) declared;
        ws.workflows()
            .update(
                ((Workflow) current).sid(),
                r -> {
                  r.friendlyName(only(fields, "friendly_name", Optional.of(f.friendlyName())));
                  only(fields, "configuration", Optional.of(f))
                      .ifPresent(d -> r.configuration(configuration(d)));
                  r.assignmentCallbackUrl(
                      only(fields, "assignment_callback_url", f.assignmentCallbackUrl()));
                  r.fallbackAssignmentCallbackUrl(
                      only(
                          fields,
                          "fallback_assignment_callback_url",
                          f.fallbackAssignmentCallbackUrl()));
                  r.taskReservationTimeout(
                      only(fields, "task_reservation_timeout", f.taskReservationTimeout()));
                });
        break;
    }
  }

  private void delete(ResourceChange change, Object current) {
    switch (change.kind()) {
      case ACTIVITY:
        ws.activities().delete(((Activity) current).sid());
        break;
      case TASK_CHANNEL:
        ws.taskChannels().delete(((TaskChannel) current).sid());
        break;
      case WORKER:
        ws.workers().delete((Worker) current);
        break;
      case TASK_QUEUE:
        ws.taskQueues().delete(((TaskQueue) current).sid());
        break;
      case WORKFLOW:
        ws.workflows().delete(((Workflow) current).sid());
        break;
      default:
        throw new IllegalStateException("a plan never deletes the workspace");
    }
  }

  /**
   * Fetches the resource again and refuses if any field the plan saw differs now, so an edit made
   * by someone else between plan and apply is not overwritten.
   */
  private Object unchangedSincePlan(ResourceChange change) {
    String sid = change.sid().orElseThrow().value();
    Object current;
    switch (change.kind()) {
      case ACTIVITY:
        current = ws.activities().fetch(ActivitySid.of(sid));
        break;
      case TASK_CHANNEL:
        current = ws.taskChannels().fetch(TaskChannelSid.of(sid));
        break;
      case WORKSPACE:
        current = ws.fetch();
        break;
      case WORKER:
        current = ws.workers().fetch(WorkerSid.of(sid));
        break;
      case TASK_QUEUE:
        current = ws.taskQueues().fetch(TaskQueueSid.of(sid));
        break;
      default:
        current = ws.workflows().fetch(WorkflowSid.of(sid));
        break;
    }
    Map<String, JsonNode> now = plan.live.state(current).fields;
    for (Map.Entry<String, JsonNode> seen : change.observed.entrySet()) {
      JsonNode value = now.get(seen.getKey());
      if (!seen.getValue().equals(value)) {
        throw new Refusal(
            "it changed after the plan was made ("
                + FieldChange.of(seen.getKey(), seen.getValue(), value)
                + "); plan again");
      }
    }
    return current;
  }

  private ActivitySid activity(ActivityKey key) {
    ActivitySid sid = activities.get(key.name());
    if (sid == null) {
      throw new IllegalStateException(key + " has no SID yet; the plan creates activities first");
    }
    return sid;
  }

  private WorkflowConfiguration configuration(DeclaredWorkflow workflow) {
    return ConfigurationView.withQueues(
        workflow.configuration(), ref -> Optional.ofNullable(queues.get(ref)));
  }

  /** The value if the plan changes {@code field}, else nothing (the field is not sent). */
  private static <T> Optional<T> only(Set<String> fields, String field, Optional<T> value) {
    return fields.contains(field) ? value : Optional.empty();
  }

  /** Apply refused a change itself (Twilio was not asked). */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }
}
