package io.github.taskrouter4j.workflow.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An attribute path such as {@code task.routing.skills[0]}; equality is by text. */
final class PathNode extends ValueNode {
  /** The names a path may carry after {@code taskrouter.}. */
  static final Set<String> BUILTINS =
      Set.of("currentTime", "currentHour", "currentMin", "dayOfWeek");

  /** What the first segment of a path refers to. */
  enum Scope {
    /** A bare attribute: of the task (filter) or of the worker (target_workers). */
    BARE(ExpressionContext.FILTER.bit | ExpressionContext.WORKERS.bit),
    TASK(ExpressionContext.TARGET.bit),
    WORKER(ExpressionContext.TARGET.bit),
    WORKERS(ExpressionContext.SKIP_IF.bit),
    TASKROUTER(
        ExpressionContext.FILTER.bit
            | ExpressionContext.TARGET.bit
            | ExpressionContext.WORKERS.bit);

    final int contexts;

    Scope(int contexts) {
      this.contexts = contexts;
    }
  }

  final String text;
  final Scope scope;

  /** The segments after the scope prefix (all of them for BARE): String names, Integer indexes. */
  final Object[] segments;

  private PathNode(String text, Scope scope, Object[] segments, int column) {
    super(column);
    this.text = text;
    this.scope = scope;
    this.segments = segments;
  }

  /**
   * Splits a path whose characters the caller already checked. Returns the node; the scope is
   * chosen lexically from the first segment.
   */
  static PathNode of(String text, int column) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    int n = text.length();
    StringBuilder name = new StringBuilder();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '.') {
        parts.add(name.toString());
        name.setLength(0);
        i++;
      } else if (c == '[') {
        if (name.length() > 0) {
          parts.add(name.toString());
          name.setLength(0);
        }
        int close = text.indexOf(']', i);
        parts.add(Integer.valueOf(text.substring(i + 1, close)));
        i = close + 1;
        if (i < n && text.charAt(i) == '.') {
          i++;
        }
      } else {
        name.append(c);
        i++;
      }
    }
    if (name.length() > 0) {
      parts.add(name.toString());
    }
    // Jackson interns the field names it parses; interned keys make the map lookups during
    // evaluation succeed on the identity check instead of comparing characters.
    for (int k = 0; k < parts.size(); k++) {
      if (parts.get(k) instanceof String) {
        parts.set(k, ((String) parts.get(k)).intern());
      }
    }
    Scope scope = Scope.BARE;
    if (parts.size() > 1 && parts.get(1) instanceof String) {
      String first = (String) parts.get(0);
      int dot = first.length();
      if (text.length() > dot && text.charAt(dot) == '.') {
        scope = scopeOf(first);
      }
    }
    List<Object> rest = scope == Scope.BARE ? parts : parts.subList(1, parts.size());
    return new PathNode(text, scope, rest.toArray(), column);
  }

  /**
   * The same path read as a bare attribute ({@code worker.skills} as the task's {@code worker}
   * object's {@code skills}), as TaskRouter reads a prefixed path in a filter.
   */
  static PathNode bare(String text, int column) {
    PathNode p = of(text, column);
    if (p.scope == Scope.BARE) {
      return p;
    }
    Object[] all = new Object[p.segments.length + 1];
    all[0] = text.substring(0, text.indexOf('.')).intern();
    System.arraycopy(p.segments, 0, all, 1, p.segments.length);
    return new PathNode(text, Scope.BARE, all, column);
  }

  private static Scope scopeOf(String first) {
    switch (first) {
      case "task":
        return Scope.TASK;
      case "worker":
        return Scope.WORKER;
      case "workers":
        return Scope.WORKERS;
      case "taskrouter":
        return Scope.TASKROUTER;
      default:
        return Scope.BARE;
    }
  }

  /** The segment after the prefix when it is the only one, else null. */
  String singleName() {
    return segments.length == 1 && segments[0] instanceof String ? (String) segments[0] : null;
  }

  boolean hasHyphen() {
    return text.indexOf('-') >= 0;
  }

  @Override
  int contexts() {
    return scope.contexts;
  }

  @Override
  void render(StringBuilder out) {
    out.append(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathNode && ((PathNode) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
