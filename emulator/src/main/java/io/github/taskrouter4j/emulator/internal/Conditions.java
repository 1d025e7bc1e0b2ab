package io.github.taskrouter4j.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles the expression texts of workflows and queues into predicates over the emulator's state,
 * in the context each one is written for.
 */
final class Conditions {
  private Conditions() {}

  /** A workflow filter: bare task attributes. */
  interface TaskCondition {
    boolean test(JsonNode task);
  }

  /** A target expression: {@code task.} and {@code worker.} keys. */
  interface TargetCondition {
    boolean test(TaskRec task, WorkerRec worker);
  }

  /** A queue's target_workers: bare worker attributes. */
  interface WorkerCondition {
    boolean test(WorkerRec worker);
  }

  /** A target's skip_if over worker counts of the target's queue. */
  interface SkipCondition {
    boolean test(int available, int unavailable, Map<String, Integer> byActivity);
  }

  static TaskCondition filter(String what, String text) {
    MiniExpression.Node node = MiniExpression.parse(what, text);
    return task -> node.test(path -> MiniExpression.walk(task, path, 0));
  }

  static WorkerCondition workers(String what, String text) {
    MiniExpression.Node node = MiniExpression.parse(what, text);
    return worker -> node.test(path -> MiniExpression.walk(worker.attributes, path, 0));
  }

  static TargetCondition target(String what, String text) {
    MiniExpression.Node node = MiniExpression.parse(what, text);
    return (task, worker) -> node.test(path -> resolveTarget(task, worker, path));
  }

  private static JsonNode resolveTarget(TaskRec task, WorkerRec worker, List<String> path) {
    String head = path.get(0);
    if (head.equals("task")) {
      return MiniExpression.walk(task.attributes, path, 1);
    }
    if (head.equals("worker")) {
      JsonNode builtIn = path.size() == 2 ? builtIn(worker, path.get(1)) : null;
      return builtIn != null ? builtIn : MiniExpression.walk(worker.attributes, path, 1);
    }
    return MiniExpression.walk(worker.attributes, path, 0);
  }

  private static JsonNode builtIn(WorkerRec worker, String name) {
    switch (name) {
      case "sid":
        return JsonNodeFactory.instance.textNode(worker.sid);
      case "friendly_name":
        return JsonNodeFactory.instance.textNode(worker.friendlyName);
      case "activity_sid":
        return JsonNodeFactory.instance.textNode(worker.activity.sid);
      case "activity_name":
        return JsonNodeFactory.instance.textNode(worker.activity.friendlyName);
      default:
        return null;
    }
  }

  static SkipCondition skipIf(String what, String text) {
    MiniExpression.Node node = MiniExpression.parse(what, text);
    return (available, unavailable, byActivity) ->
        node.test(
            path -> {
              if (path.size() != 2 || !path.get(0).equals("workers")) {
                return null;
              }
              String key = path.get(1);
              int value =
                  key.equals("available")
                      ? available
                      : key.equals("unavailable") ? unavailable : byActivity.getOrDefault(key, 0);
              return JsonNodeFactory.instance.numberNode(value);
            });
  }

  /**
   * {@code worker.level DESC, worker.age ASC}: integer worker attributes; workers without an
   * integer value sort last in both directions.
   */
  static Comparator<WorkerRec> orderBy(String what, String text) {
    List<Comparator<WorkerRec>> clauses = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] words = part.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
        throw ApiError.invalid(
            "Invalid "
                + what
                + " '"
                + text
                + "': expected 'worker.<attribute> [ASC|DESC]' clauses separated by commas");
      }
      String key = words[0];
      if (!key.startsWith("worker.") || key.length() == 7) {
        throw ApiError.invalid(
            "Invalid "
                + what
                + " '"
                + text
                + "': '"
                + key
                + "' must name a worker attribute as worker.<attribute>");
      }
      boolean desc = words.length == 2 && words[1].toUpperCase(Locale.ROOT).equals("DESC");
      if (words.length == 2 && !desc && !words[1].toUpperCase(Locale.ROOT).equals("ASC")) {
        throw ApiError.invalid(
            "Invalid "
                + what
                + " '"
                + text
                + "': direction must be ASC or DESC, was '"
                + words[1]
                + "'");
      }
      List<String> path = List.of(key.substring(7).split("\\."));
      clauses.add(
          (a, b) -> {
            JsonNode x = MiniExpression.walk(a.attributes, path, 0);
            JsonNode y = MiniExpression.walk(b.attributes, path, 0);
            boolean hx = x != null && x.canConvertToLong() && x.isIntegralNumber();
            boolean hy = y != null && y.canConvertToLong() && y.isIntegralNumber();
            if (!hx || !hy) {
              return hx == hy ? 0 : hx ? -1 : 1;
            }
            int c = Long.compare(x.longValue(), y.longValue());
            return desc ? -c : c;
          });
    }
    Comparator<WorkerRec> result = clauses.get(0);
    for (int i = 1; i < clauses.size(); i++) {
      result = result.thenComparing(clauses.get(i));
    }
    return result;
  }
}
