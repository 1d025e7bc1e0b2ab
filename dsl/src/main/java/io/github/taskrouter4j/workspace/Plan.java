package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.CanonicalJson;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What it takes to make a live workspace match a {@link WorkspaceDefinition}, from {@link
 * WorkspaceSync#plan}: every declared resource to create, update (field by field) or leave, and
 * every live resource the definition does not declare, to delete (with {@link
 * Prune#DELETE_UNMANAGED}) or list as unmanaged. Entries are in the order apply runs them, and a
 * plan of the same definition against the same workspace is always the same.
 *
 * <pre>{@code
 * Plan plan = WorkspaceSync.plan(definition, tr.workspace(sid));
 * System.out.print(plan.toText());
 * }</pre>
 *
 * <p>prints one line per change:
 *
 * <pre>
 * ~ task_queue "Sales" target_workers: "languages HAS \"en\"" -&gt; "languages HAS \"fr\""
 * + workflow "Escalations"
 * ? task_channel "sms" TC…: not declared, kept (prune to delete)
 * Plan: 1 to create, 1 to update, 0 to delete, 7 unchanged, 1 unmanaged.
 * </pre>
 */
public final class Plan {
  final LiveWorkspace live;
  final WorkspaceDefinition definition;
  private final Prune prune;
  private final List<ResourceChange> changes;

  Plan(LiveWorkspace live, WorkspaceDefinition definition, Prune prune, List<ResourceChange> all) {
    this.live = live;
    this.definition = definition;
    this.prune = prune;
    this.changes = List.copyOf(all);
  }

  /** The workspace the plan was made against. */
  public WorkspaceSid workspaceSid() {
    return live.api.sid();
  }

  /** Whether undeclared live resources are deleted or listed. */
  public Prune prune() {
    return prune;
  }

  /** Every entry, including those left alone and unmanaged, in the order apply runs them. */
  public List<ResourceChange> changes() {
    return changes;
  }

  /** The entries apply sends something for (create, update, delete), in order. */
  public List<ResourceChange> pending() {
    return changes.stream().filter(c -> c.action().changesSomething()).collect(Collectors.toList());
  }

  /** Whether the live workspace already matches: nothing to create, update or delete. */
  public boolean isEmpty() {
    return pending().isEmpty();
  }

  /** The changes apply cannot make in place; apply refuses the plan while there are any. */
  public List<ResourceChange> blocked() {
    return changes.stream().filter(c -> c.blocker().isPresent()).collect(Collectors.toList());
  }

  /** How many entries have this action. */
  public long count(ChangeAction action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /**
   * The plan for people: one line per change ({@code +} create, {@code ~} one changed field, {@code
   * -} delete, {@code ?} unmanaged), then a summary line; ends with a newline.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (ResourceChange change : changes) {
      if (change.action() != ChangeAction.LEAVE) {
        change.lines(prune).forEach(line -> text.append(line).append('\n'));
      }
    }
    for (ResourceChange change : blocked()) {
      text.append("! ")
          .append(change.subject())
          .append(": ")
          .append(change.blocker().orElseThrow())
          .append('\n');
    }
    return text.append(summary()).append('\n').toString();
  }

  /** {@code Plan: 1 to create, 2 to update, 0 to delete, 5 unchanged, 1 unmanaged.} */
  public String summary() {
    if (isEmpty()) {
      return "No changes: "
          + count(ChangeAction.LEAVE)
          + " unchanged, "
          + count(ChangeAction.UNMANAGED)
          + " unmanaged.";
    }
    return "Plan: "
        + count(ChangeAction.CREATE)
        + " to create, "
        + count(ChangeAction.UPDATE)
        + " to update, "
        + count(ChangeAction.DELETE)
        + " to delete, "
        + count(ChangeAction.LEAVE)
        + " unchanged, "
        + count(ChangeAction.UNMANAGED)
        + " unmanaged.";
  }

  /**
   * The plan as pretty JSON (2-space indent, one trailing newline): the workspace, the prune
   * option, counts, and every entry with its action, kind, name, SID and field changes.
   */
  public String toJson() {
    ObjectNode root = TaskRouterJson.mapper().createObjectNode();
    root.put("workspace_sid", workspaceSid().value());
    root.put("prune", prune == Prune.DELETE_UNMANAGED);
    ObjectNode counts = root.putObject("summary");
    for (ChangeAction action : ChangeAction.values()) {
      counts.put(action.label(), count(action));
    }
    ArrayNode entries = root.putArray("changes");
    for (ResourceChange change : changes) {
      ObjectNode entry = entries.addObject();
      entry.put("action", change.action().label());
      entry.put("kind", change.kind().label());
      entry.put("name", change.name());
      change.sid().ifPresent(s -> entry.put("sid", s.value()));
      change.blocker().ifPresent(b -> entry.put("blocker", b));
      ArrayNode fields = entry.putArray("fields");
      for (FieldChange field : change.fields()) {
        ObjectNode f = fields.addObject();
        f.put("field", field.field());
        field.before().ifPresent(v -> f.set("before", v));
        field.after().ifPresent(v -> f.set("after", v));
      }
    }
    return CanonicalJson.prettyPrint(root);
  }

  /** {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Plan
        && workspaceSid().equals(((Plan) other).workspaceSid())
        && prune == ((Plan) other).prune
        && changes.equals(((Plan) other).changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(workspaceSid(), prune, changes);
  }
}
