package io.github.taskrouter4j.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A named hole in a {@link WorkflowTemplate}, filled by a deploy script: {@code
 * ${QUEUE_SID_EVERYONE}}, {@code {{queue_sid}}}, {@code %(queue)s}, {@code $QUEUE}, {@code
 * <QUEUE_SID>}, or, in a SID position, any text that is not a SID ({@code WQXXXXXXXXXXXX}).
 *
 * <p>One placeholder is listed once, however often it appears; {@link #paths()} says where.
 */
public final class Placeholder {
  /** What a placeholder must be bound to. */
  public enum Kind {
    /** A task queue SID ({@code WQ…}): a {@code queue} or legacy {@code task_queue_sid}. */
    TASK_QUEUE_SID("a task queue SID (WQ…)"),
    /** An activity SID ({@code WA…}): {@code workers.<ActivitySid>} in a {@code skip_if}. */
    ACTIVITY_SID("an activity SID (WA…)"),
    /** Text inserted into an expression as it is ({@code type == '${TYPE}'}). */
    STRING("a string value");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How people call what this kind is bound to, for messages: {@code a task queue SID (WQ…)}. */
    public String description() {
      return description;
    }
  }

  private final String name;
  private final Kind kind;
  private final List<String> spellings;
  private final List<String> paths;

  Placeholder(String name, Kind kind, List<String> spellings, List<String> paths) {
    this.name = name;
    this.kind = kind;
    this.spellings = List.copyOf(spellings);
    this.paths = List.copyOf(paths);
  }

  /** The name to bind: {@code QUEUE_SID_EVERYONE} for {@code ${QUEUE_SID_EVERYONE}}. */
  public String name() {
    return name;
  }

  /** What the placeholder must be bound to. */
  public Kind kind() {
    return kind;
  }

  /** The placeholder as written in the document, each distinct spelling once: {@code ${X}}. */
  public List<String> spellings() {
    return spellings;
  }

  /** Every JSON path where it stands, in document order, each once. */
  public List<String> paths() {
    return paths;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Placeholder)) {
      return false;
    }
    Placeholder that = (Placeholder) other;
    return name.equals(that.name)
        && kind == that.kind
        && spellings.equals(that.spellings)
        && paths.equals(that.paths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, spellings, paths);
  }

  /** {@code ${QUEUE} (a task queue SID (WQ…)) at task_routing.default_filter.queue}. */
  @Override
  public String toString() {
    return spellings.get(0) + " (" + kind.description() + ") at " + String.join(", ", paths);
  }
}
