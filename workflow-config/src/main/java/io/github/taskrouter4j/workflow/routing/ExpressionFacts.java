package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an expression reads, found from its canonical text: the attribute paths it names outside
 * string literals. The router uses it to decide what it may cache per worker (expressions that read
 * neither {@code task.*} nor {@code taskrouter.*}) and to explain a filter that did not match. The
 * scan errs towards "reads it": a path is a path wherever it appears.
 */
final class ExpressionFacts {
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "has", "contains", "true", "false", "null");
  private static final int MAX_SHOWN = 48;

  private ExpressionFacts() {}

  /** Whether {@code expression} reads task attributes ({@code task.…}). */
  static boolean readsTask(Expression expression) {
    for (String path : paths(expression)) {
      if (path.startsWith("task.") || path.startsWith("task[")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code expression} reads the time of day ({@code taskrouter.…}). */
  static boolean readsTime(Expression expression) {
    for (String path : paths(expression)) {
      if (path.startsWith("taskrouter.")) {
        return true;
      }
    }
    return false;
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

  /** The attribute paths named in the expression's text, in order of first appearance. */
  static Set<String> paths(Expression expression) {
    String text = expression.toString();
    Set<String> paths = new LinkedHashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipString(text, i);
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < n && isPathChar(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        if (!KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
          paths.add(word);
        }
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return paths;
  }

  private static boolean isPathChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '[' || c == ']';
  }

  private static int skipString(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
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
