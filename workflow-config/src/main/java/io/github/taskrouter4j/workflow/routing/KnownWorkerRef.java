package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A target's {@code known_worker_sid} or {@code known_worker_friendly_name}: either a task
 * attribute reference such as {@code task.agent_sid} (Twilio's documented form) or, without the
 * {@code task.} prefix, the literal SID or name.
 */
final class KnownWorkerRef {
  enum Kind {
    SID("known_worker_sid"),
    FRIENDLY_NAME("known_worker_friendly_name");

    final String field;

    Kind(String field) {
      this.field = field;
    }
  }

  private static final String TASK_PREFIX = "task.";

  final Kind kind;
  final String reference;
  private final String[] path; // null for a literal

  KnownWorkerRef(Kind kind, String reference) {
    this.kind = kind;
    this.reference = reference.trim();
    this.path =
        this.reference.startsWith(TASK_PREFIX)
            ? this.reference.substring(TASK_PREFIX.length()).split("\\.", -1)
            : null;
  }

  /** The worker SID or friendly name this reference yields for {@code task}, if any. */
  Optional<String> resolve(JsonNode task) {
    if (path == null) {
      return Optional.of(reference);
    }
    JsonNode node = task;
    for (String segment : path) {
      node = step(node, segment);
      if (node == null) {
        return Optional.empty();
      }
    }
    return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
  }

  /** {@code known_worker_sid task.agent_sid}. */
  String describe() {
    return kind.field + " " + reference;
  }

  private static JsonNode step(JsonNode node, String segment) {
    int bracket = segment.indexOf('[');
    String name = bracket < 0 ? segment : segment.substring(0, bracket);
    JsonNode current = name.isEmpty() ? node : node.get(name);
    while (current != null && bracket >= 0) {
      int close = segment.indexOf(']', bracket);
      if (close < 0) {
        return null;
      }
      int index;
      try {
        index = Integer.parseInt(segment.substring(bracket + 1, close).trim());
      } catch (NumberFormatException e) {
        return null;
      }
      current = current.get(index);
      bracket = segment.indexOf('[', close);
    }
    return current;
  }
}
