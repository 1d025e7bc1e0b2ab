package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.Sid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a {@link Plan} does with one resource: create, update (with each changed field), delete,
 * leave, or list as unmanaged.
 */
public final class ResourceChange {
  private final ResourceKind kind;
  private final ChangeAction action;
  private final String name;
  private final Optional<Sid> sid;
  private final List<FieldChange> fields;
  private final Optional<String> blocker;

  /** The live fields the plan saw, to notice a change made between plan and apply. */
  final Map<String, JsonNode> observed;

  /** The declaration, for create and update. */
  final Optional<Object> declaration;

  ResourceChange(
      ResourceKind kind,
      ChangeAction action,
      String name,
      Optional<Sid> sid,
      List<FieldChange> fields,
      Optional<String> blocker,
      Map<String, JsonNode> observed,
      Optional<Object> declaration) {
    this.kind = kind;
    this.action = action;
    this.name = name;
    this.sid = sid;
    this.fields = List.copyOf(fields);
    this.blocker = blocker;
    this.observed = Map.copyOf(observed);
    this.declaration = declaration;
  }

  /** The kind of resource. */
  public ResourceKind kind() {
    return kind;
  }

  /** What the plan does with it. */
  public ChangeAction action() {
    return action;
  }

  /** Its name: the friendly name, or the unique name of a task channel. */
  public String name() {
    return name;
  }

  /** The live resource's SID; empty for one to create. */
  public Optional<Sid> sid() {
    return sid;
  }

  /**
   * For an update, each field that changes; for a create, each declared field (before absent);
   * otherwise empty.
   */
  public List<FieldChange> fields() {
    return fields;
  }

  /**
   * Why this change cannot be applied in place, if it cannot (e.g. an activity's {@code available},
   * which Twilio fixes at creation); apply refuses a plan with any before sending.
   */
  public Optional<String> blocker() {
    return blocker;
  }

  /** {@code task_queue "Sales"}. */
  String subject() {
    return kind.label() + " " + Names.quoted(name);
  }

  /** The plan's lines for this change, one per changed field for an update. */
  List<String> lines(Prune prune) {
    switch (action) {
      case UPDATE:
        return fields.stream()
            .map(f -> "~ " + subject() + " " + f + blocker.map(b -> " ! " + b).orElse(""))
            .collect(Collectors.toList());
      case UNMANAGED:
        return List.of(
            "? "
                + subject()
                + sid.map(s -> " " + s).orElse("")
                + ": not declared, kept"
                + (prune == Prune.KEEP_UNMANAGED ? " (prune to delete)" : ""));
      case DELETE:
        return List.of("- " + subject() + sid.map(s -> " " + s).orElse(""));
      case CREATE:
        return List.of("+ " + subject());
      default:
        return List.of("= " + subject());
    }
  }

  /** The change as plan text: one line per changed field for an update. */
  @Override
  public String toString() {
    return String.join("\n", lines(Prune.KEEP_UNMANAGED));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ResourceChange)) {
      return false;
    }
    ResourceChange that = (ResourceChange) other;
    return kind == that.kind
        && action == that.action
        && name.equals(that.name)
        && sid.equals(that.sid)
        && fields.equals(that.fields)
        && blocker.equals(that.blocker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, action, name, sid, fields, blocker);
  }
}
