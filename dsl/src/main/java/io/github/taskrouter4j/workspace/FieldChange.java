package io.github.taskrouter4j.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of one resource that a plan changes: its path, such as {@code target_workers} or {@code
 * configuration.filters["Gold"].targets[0].queue}, and its value before and after, as JSON (queues
 * and activities by name). An absent side means the field, filter or target does not exist there.
 */
public final class FieldChange {
  private final String field;
  private final JsonNode before;
  private final JsonNode after;

  private FieldChange(String field, JsonNode before, JsonNode after) {
    this.field = Objects.requireNonNull(field, "field == null");
    this.before = before == null || before.isNull() ? null : before.deepCopy();
    this.after = after == null || after.isNull() ? null : after.deepCopy();
  }

  static FieldChange of(String field, JsonNode before, JsonNode after) {
    return new FieldChange(field, before, after);
  }

  /** The field's path within the resource. */
  public String field() {
    return field;
  }

  /** The top-level field, which names the parameter sent: {@code configuration}. */
  String topLevelField() {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  /** The live value; empty if there is none. */
  public Optional<JsonNode> before() {
    return Optional.ofNullable(before).map(JsonNode::deepCopy);
  }

  /** The declared value; empty if the plan removes it. */
  public Optional<JsonNode> after() {
    return Optional.ofNullable(after).map(JsonNode::deepCopy);
  }

  /** {@code field: before -> after}, values as minified JSON, a missing one as {@code (none)}. */
  @Override
  public String toString() {
    return field + ": " + text(before) + " -> " + text(after);
  }

  private static String text(JsonNode value) {
    return value == null ? "(none)" : TaskRouterJson.minify(value);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FieldChange)) {
      return false;
    }
    FieldChange that = (FieldChange) other;
    return field.equals(that.field)
        && Objects.equals(before, that.before)
        && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, before, after);
  }
}
