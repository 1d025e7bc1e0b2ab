package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import java.util.List;
import java.util.Locale;

/** Renders a {@link RoutingDiff} as a text table and as JSON. */
final class RoutingDiffReport {
  static final int DEFAULT_ROWS = 20;
  private static final int TASK_WIDTH = 40;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RoutingDiffReport() {}

  static String text(RoutingDiff diff, int maxTasks) {
    if (maxTasks < 0) {
      throw new IllegalArgumentException("maxTasks must be 0 or more, was " + maxTasks);
    }
    StringBuilder out = new StringBuilder();
    out.append("routing diff: ")
        .append(diff.changedCount())
        .append(" of ")
        .append(diff.total())
        .append(" tasks change")
        .append(percent(diff.changedCount(), diff.total()))
        .append('\n');
    if (diff.isEmpty()) {
      return out.toString();
    }
    groups(out, "by filter (before -> after)", diff.byFilter());
    groups(out, "by first queue (before -> after)", diff.byFirstQueue());
    int shown = Math.min(maxTasks, diff.changedCount());
    if (shown == 0) {
      return out.toString();
    }
    out.append('\n')
        .append("changed tasks")
        .append(shown < diff.changedCount() ? " (first " + shown + ")" : "")
        .append('\n');
    String[] header = {"#", "task", "changed", "before", "after"};
    String[][] rows = new String[shown][];
    for (int i = 0; i < shown; i++) {
      TaskChange change = diff.changes().get(i);
      rows[i] =
          new String[] {
            String.valueOf(change.index()),
            abbreviate(TaskRouterJson.minify(change.taskView())),
            change.aspects().toString().toLowerCase(Locale.ROOT).replace("_", " "),
            change.before().toString(),
            change.after().toString()
          };
    }
    table(out, header, rows);
    return out.toString();
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100.0 * part / whole);
  }

  private static void groups(StringBuilder out, String title, List<RoutingDiff.Group> groups) {
    out.append('\n').append(title).append('\n');
    String[][] rows = new String[groups.size()][];
    for (int i = 0; i < rows.length; i++) {
      RoutingDiff.Group g = groups.get(i);
      rows[i] = new String[] {g.before(), "->", g.after(), String.valueOf(g.count())};
    }
    table(out, null, rows);
  }

  /** Left-aligned columns two spaces apart, rows indented two spaces, no trailing blanks. */
  private static void table(StringBuilder out, String[] header, String[][] rows) {
    int columns = rows.length > 0 ? rows[0].length : header.length;
    int[] width = new int[columns];
    if (header != null) {
      widen(width, header);
    }
    for (String[] row : rows) {
      widen(width, row);
    }
    if (header != null) {
      line(out, width, header);
    }
    for (String[] row : rows) {
      line(out, width, row);
    }
  }

  private static void widen(int[] width, String[] row) {
    for (int c = 0; c < row.length; c++) {
      width[c] = Math.max(width[c], row[c].length());
    }
  }

  private static void line(StringBuilder out, int[] width, String[] row) {
    StringBuilder line = new StringBuilder("  ");
    for (int c = 0; c < row.length; c++) {
      line.append(row[c]);
      if (c < row.length - 1) {
        line.append(" ".repeat(width[c] - row[c].length() + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String abbreviate(String text) {
    return text.length() <= TASK_WIDTH ? text : text.substring(0, TASK_WIDTH - 1) + "…";
  }

  static ObjectNode json(RoutingDiff diff) {
    ObjectNode root = NODES.objectNode();
    root.put("total", diff.total());
    root.put("changed", diff.changedCount());
    root.set("by_filter", groups(diff.byFilter()));
    root.set("by_first_queue", groups(diff.byFirstQueue()));
    ArrayNode tasks = root.putArray("tasks");
    for (TaskChange change : diff.changes()) {
      ObjectNode task = tasks.addObject();
      task.put("index", change.index());
      task.set("attributes", change.task());
      ArrayNode aspects = task.putArray("changed");
      change.aspects().forEach(a -> aspects.add(a.name().toLowerCase(Locale.ROOT)));
      task.set("before", route(change.before()));
      task.set("after", route(change.after()));
    }
    return root;
  }

  private static ArrayNode groups(List<RoutingDiff.Group> groups) {
    ArrayNode out = NODES.arrayNode();
    for (RoutingDiff.Group g : groups) {
      out.addObject().put("before", g.before()).put("after", g.after()).put("tasks", g.count());
    }
    return out;
  }

  private static ObjectNode route(RouteSummary route) {
    ObjectNode out = NODES.objectNode();
    out.put("filter", route.filter());
    ArrayNode steps = out.putArray("steps");
    for (RouteSummary.StepSummary step : route.steps()) {
      ObjectNode s = steps.addObject();
      s.put("queue", step.queue().value());
      s.put("queue_name", step.queueName());
      step.priority().ifPresent(p -> s.put("priority", p));
      step.timeout().ifPresent(t -> s.put("timeout", t.getSeconds()));
      if (step.skipped()) {
        s.put("skipped", true);
      }
    }
    route.firstWorker().ifPresent(w -> out.put("first_worker", w.value()));
    route.firstWorkerName().ifPresent(n -> out.put("first_worker_name", n));
    return out;
  }
}
