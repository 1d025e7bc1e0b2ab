package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an expression reads, from {@link Expression#attributePaths()} and {@link
 * Expression#readsTime()} (the parsed tree, not its text). The router uses it to decide what it may
 * cache per worker (expressions that read neither {@code task.*} nor {@code taskrouter.*}) and to
 * explain a filter that did not match.
 */
final class ExpressionFacts {
  private static final int MAX_SHOWN = 48;

  private ExpressionFacts() {}

  /** Whether {@code expression} reads task attributes ({@code task.…}). */
  static boolean readsTask(Expression expression) {
    for (String path : expression.attributePaths()) {
      if (path.startsWith("task.") || path.startsWith("task[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The top-level task attribute names {@code expression} reads ({@code skill} for {@code
   * task.skill}, {@code customer} for {@code task.customer.tier[0]}), in order of first use; empty
   * if it reads the task as a whole ({@code task[0]}).
   */
  static Optional<List<String>> taskKeys(Expression expression) {
    Set<String> keys = new LinkedHashSet<>();
    for (String path : expression.attributePaths()) {
      if (path.startsWith("task[")) {
        return Optional.empty();
      }
      if (path.startsWith("task.")) {
        int end = "task.".length();
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        keys.add(path.substring("task.".length(), end));
      }
    }
    return Optional.of(List.copyOf(keys));
  }

  /**
   * Why {@code filter} is false for {@code task}: the expression and the value of each attribute it
   * reads, for example {@code customer_value == 'Gold' is false (customer_value = "Silver", type =
   * missing)}.
   */
  static String explainFalse(
      FilterExpression filter, Set<String> paths, JsonNode task, Instant at) {
    StringBuilder out = new StringBuilder().append(filter).append(" is false");
    String sep = " (";
    for (String path : paths) {
      if (path.startsWith("taskrouter.")) {
        out.append(sep).append(path).append(" at ").append(at);
      } else {
        out.append(sep).append(path).append(" = ").append(show(lookup(task, path)));
      }
      sep = ", ";
    }
    return sep.equals(", ") ? out.append(')').toString() : out.toString();
  }

  /** Follows a bare path such as {@code a.b[2].c} into {@code task}; null when absent. */
  static JsonNode lookup(JsonNode task, String path) {
    JsonNode node = task;
    int i = 0;
    int n = path.length();
    while (node != null && i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        try {
          node = node.get(Integer.parseInt(path.substring(i + 1, close)));
        } catch (NumberFormatException e) {
          return null;
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        node = node.get(path.substring(i, end));
        i = end;
      }
    }
    return node;
  }

  private static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    String text = value.toString();
    return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
  }
}
