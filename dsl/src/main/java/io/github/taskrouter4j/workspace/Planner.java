package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Matches declared resources to live ones and works out what changes, kind by kind. */
final class Planner {
  private static final Comparator<ResourceChange> BY_NAME =
      Comparator.comparing((ResourceChange c) -> c.name().toLowerCase(Locale.ROOT))
          .thenComparing(ResourceChange::name)
          .thenComparing(c -> c.sid().map(Sid::value).orElse(""));

  private final WorkspaceDefinition definition;
  private final LiveWorkspace live;
  private final Prune prune;
  private final Map<TaskQueueSid, String> queueRefs = new HashMap<>();

  private Planner(WorkspaceDefinition definition, LiveWorkspace live, Prune prune) {
    this.definition = definition;
    this.live = live;
    this.prune = prune;
    definition.taskQueues().forEach(q -> queueRefs.put(q.key().ref(), q.key().name()));
  }

  static Plan plan(WorkspaceDefinition definition, LiveWorkspace live, Prune prune) {
    return new Planner(definition, live, prune).plan();
  }

  private Plan plan() {
    List<ResourceChange> forward = new ArrayList<>();
    List<ResourceChange> deletions = new ArrayList<>();
    List<ResourceChange> unmanaged = new ArrayList<>();
    for (ResourceKind kind : ResourceKind.values()) {
      if (kind == ResourceKind.WORKER && !definition.managesWorkers()) {
        continue;
      }
      List<ResourceChange> declared = new ArrayList<>();
      List<ResourceChange> undeclared = new ArrayList<>();
      compare(kind, declared, undeclared);
      declared.sort(BY_NAME);
      undeclared.sort(BY_NAME);
      forward.addAll(declared);
      (prune == Prune.DELETE_UNMANAGED ? deletions : unmanaged).addAll(undeclared);
    }
    List<ResourceChange> all = new ArrayList<>(forward);
    for (int i = ResourceKind.values().length - 1; i >= 0; i--) {
      ResourceKind kind = ResourceKind.values()[i];
      deletions.stream().filter(c -> c.kind() == kind).forEach(all::add);
    }
    all.addAll(unmanaged);
    return new Plan(live, definition, prune, all);
  }

  private void compare(
      ResourceKind kind, List<ResourceChange> declared, List<ResourceChange> undeclared) {
    List<ResourceState> lives = live.states(kind);
    Map<Sid, String> claimed = new HashMap<>();
    for (ResourceState wanted : desired(kind)) {
      Optional<ResourceState> match = match(wanted, lives);
      Optional<Sid> sid = match.flatMap(m -> m.sid);
      if (sid.isPresent() && kind != ResourceKind.WORKSPACE) {
        String other = claimed.putIfAbsent(sid.get(), wanted.name);
        if (other != null) {
          throw new WorkspacePlanException(
              kind.at(wanted.name)
                  + " and "
                  + kind.at(other)
                  + " both match live "
                  + kind.label()
                  + " "
                  + sid.get()
                  + " (one by SID, one by friendly name); remove one declaration or its SID");
        }
        alias(kind, sid.get(), wanted.name);
      }
      declared.add(match.map(m -> compare(wanted, m)).orElseGet(() -> create(wanted)));
    }
    if (kind == ResourceKind.WORKSPACE) {
      return;
    }
    for (ResourceState other : lives) {
      if (other.sid.isPresent() && !claimed.containsKey(other.sid.get())) {
        ChangeAction action =
            prune == Prune.DELETE_UNMANAGED ? ChangeAction.DELETE : ChangeAction.UNMANAGED;
        undeclared.add(
            new ResourceChange(
                kind,
                action,
                other.name,
                other.sid,
                List.of(),
                Optional.empty(),
                other.fields,
                Optional.empty()));
      }
    }
  }

  /** Activities and queues are compared before what refers to them: references use this name. */
  private void alias(ResourceKind kind, Sid sid, String declaredName) {
    if (kind == ResourceKind.ACTIVITY) {
      live.alias(ActivitySid.of(sid.value()), declaredName);
    } else if (kind == ResourceKind.TASK_QUEUE) {
      live.alias(TaskQueueSid.of(sid.value()), declaredName);
    }
  }

  /** The live resource a declaration means: by SID if it has one that is live, else by name. */
  private Optional<ResourceState> match(ResourceState wanted, List<ResourceState> lives) {
    if (wanted.kind == ResourceKind.WORKSPACE) {
      return Optional.of(lives.get(0));
    }
    if (wanted.sid.isPresent()) {
      Optional<ResourceState> bySid =
          lives.stream().filter(l -> l.sid.equals(wanted.sid)).findFirst();
      if (bySid.isPresent()) {
        return bySid;
      }
    }
    List<ResourceState> byName =
        lives.stream()
            .filter(l -> l.name.equalsIgnoreCase(wanted.name))
            .collect(Collectors.toList());
    if (byName.size() > 1) {
      throw new WorkspacePlanException(
          wanted.kind.at(wanted.name)
              + " matches "
              + byName.size()
              + " live "
              + wanted.kind.label()
              + "s by friendly name: "
              + byName.stream()
                  .map(l -> l.sid.map(Sid::value).orElse("?") + " (" + Names.quoted(l.name) + ")")
                  .collect(Collectors.joining(", "))
              + "; rename or delete all but one, or bind the declaration to one with its SID");
    }
    return byName.stream().findFirst();
  }

  private ResourceChange create(ResourceState wanted) {
    List<FieldChange> fields = new ArrayList<>();
    wanted.fields.forEach((field, value) -> fields.add(FieldChange.of(field, null, value)));
    return new ResourceChange(
        wanted.kind,
        ChangeAction.CREATE,
        wanted.name,
        Optional.empty(),
        fields,
        Optional.empty(),
        Map.of(),
        Optional.of(wanted.source));
  }

  private ResourceChange compare(ResourceState wanted, ResourceState found) {
    List<FieldChange> fields = new ArrayList<>();
    Optional<String> blocker = Optional.empty();
    for (Map.Entry<String, JsonNode> entry : wanted.fields.entrySet()) {
      String field = entry.getKey();
      JsonNode before = found.fields.get(field);
      JsonNode after = entry.getValue();
      if (after.equals(before)) {
        continue;
      }
      if (field.equals("configuration") && before != null && before.isObject()) {
        fields.addAll(ConfigurationDiff.between(field, (ObjectNode) before, (ObjectNode) after));
      } else {
        fields.add(FieldChange.of(field, before, after));
      }
      if (blocker.isEmpty()) {
        blocker = blocker(wanted.kind, field, before, after);
      }
    }
    return new ResourceChange(
        wanted.kind,
        fields.isEmpty() ? ChangeAction.LEAVE : ChangeAction.UPDATE,
        wanted.name,
        found.sid,
        fields,
        blocker,
        found.fields,
        Optional.of(wanted.source));
  }

  /** Why Twilio cannot make this change in place, if it cannot. */
  private static Optional<String> blocker(
      ResourceKind kind, String field, JsonNode before, JsonNode after) {
    if (kind == ResourceKind.ACTIVITY && field.equals("available")) {
      return Optional.of(
          "Twilio sets an activity's available only when it is created: delete the live"
              + " activity or declare one with another name");
    }
    if (kind == ResourceKind.WORKSPACE
        && field.equals("multi_task_enabled")
        && before != null
        && before.asBoolean()
        && !after.asBoolean()) {
      return Optional.of(
          "Twilio cannot turn multi-tasking off once it is on: leave multi_task_enabled out of"
              + " the definition, or apply it to a workspace created with MultiTaskEnabled=false");
    }
    return Optional.empty();
  }

  private List<ResourceState> desired(ResourceKind kind) {
    switch (kind) {
      case ACTIVITY:
        return definition.activities().stream().map(Planner::state).collect(Collectors.toList());
      case TASK_CHANNEL:
        return definition.taskChannels().stream().map(Planner::state).collect(Collectors.toList());
      case WORKSPACE:
        return List.of(state(definition.settings(), live.states(kind).get(0).name));
      case WORKER:
        return definition.workers().stream().map(Planner::state).collect(Collectors.toList());
      case TASK_QUEUE:
        return definition.taskQueues().stream().map(Planner::state).collect(Collectors.toList());
      default:
        return definition.workflows().stream().map(this::state).collect(Collectors.toList());
    }
  }

  static ResourceState state(DeclaredActivity a) {
    return ResourceState.builder(ResourceKind.ACTIVITY, a.key().name(), a)
        .sid(a.sid())
        .text("friendly_name", Optional.of(a.key().name()))
        .flag("available", Optional.of(a.available()))
        .build();
  }

  static ResourceState state(DeclaredTaskChannel c) {
    return ResourceState.builder(ResourceKind.TASK_CHANNEL, c.uniqueName(), c)
        .sid(c.sid())
        .text("friendly_name", Optional.of(c.friendlyName()))
        .flag("channel_optimized_routing", c.channelOptimizedRouting())
        .build();
  }

  static ResourceState state(WorkspaceSettings s, String liveName) {
    return ResourceState.builder(ResourceKind.WORKSPACE, s.friendlyName().orElse(liveName), s)
        .text("friendly_name", s.friendlyName())
        .text("default_activity", s.defaultActivity().map(ActivityKey::name))
        .text("timeout_activity", s.timeoutActivity().map(ActivityKey::name))
        .flag("multi_task_enabled", s.multiTaskEnabled())
        .text("prioritize_queue_order", s.prioritizeQueueOrder())
        .text("event_callback_url", s.eventCallbackUrl())
        .text("events_filter", s.eventsFilter().map(LiveWorkspace::eventsFilter))
        .build();
  }

  static ResourceState state(DeclaredWorker w) {
    return ResourceState.builder(ResourceKind.WORKER, w.friendlyName(), w)
        .sid(w.sid())
        .text("friendly_name", Optional.of(w.friendlyName()))
        .json("attributes", w.attributes().map(a -> Values.jsonObject("worker", a)))
        .build();
  }

  static ResourceState state(DeclaredTaskQueue q) {
    return ResourceState.builder(ResourceKind.TASK_QUEUE, q.key().name(), q)
        .sid(q.sid())
        .text("friendly_name", Optional.of(q.key().name()))
        .text("target_workers", q.targetWorkers().map(ResourceState::canonicalWorkers))
        .number("max_reserved_workers", q.maxReservedWorkers())
        .text("task_order", q.taskOrder())
        .text("reservation_activity", q.reservationActivity().map(ActivityKey::name))
        .text("assignment_activity", q.assignmentActivity().map(ActivityKey::name))
        .build();
  }

  private ResourceState state(DeclaredWorkflow w) {
    return ResourceState.builder(ResourceKind.WORKFLOW, w.friendlyName(), w)
        .sid(w.sid())
        .text("friendly_name", Optional.of(w.friendlyName()))
        .json(
            "configuration",
            Optional.of(
                ConfigurationView.of(w.configuration(), q -> queueRefs.getOrDefault(q, q.value()))))
        .text("assignment_callback_url", w.assignmentCallbackUrl())
        .text("fallback_assignment_callback_url", w.fallbackAssignmentCallbackUrl())
        .seconds("task_reservation_timeout", w.taskReservationTimeout())
        .build();
  }
}
