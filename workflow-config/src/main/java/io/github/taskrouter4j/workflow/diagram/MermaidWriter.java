package io.github.taskrouter4j.workflow.diagram;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.TaskRouting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the Mermaid flowchart of a {@link TaskRouting}. Node ids are synthetic ({@code f0}, {@code
 * f0t1}, {@code fallback}), so no user text ever reaches Mermaid outside an escaped label.
 */
final class MermaidWriter {
  private static final String BREAK = "<br/>";
  private static final String START = "task";
  private static final String FALLBACK = "fallback";
  private static final String CANCELED = "canceled";

  private final TaskRouting routing;
  private final Function<TaskQueueSid, String> queueName;
  private final Map<String, String> placeholders;
  private final StringBuilder out = new StringBuilder();
  private boolean canceledUsed;

  /**
   * @param placeholders a template's stand-ins and the placeholder spellings to show in their place
   */
  MermaidWriter(
      TaskRouting routing,
      Function<TaskQueueSid, String> queueName,
      Map<String, String> placeholders) {
    this.routing = routing;
    this.queueName = queueName;
    this.placeholders = placeholders;
  }

  String write() {
    out.append("flowchart TD\n");
    node(START, "([", "])", List.of("new task"));
    List<Filter> filters = routing.filters();
    edge(START, filters.isEmpty() ? FALLBACK : filterId(0), "-->", null);
    for (int i = 0; i < filters.size(); i++) {
      filter(i, filters.get(i));
    }
    Optional<DefaultFilter> fallback = routing.defaultFilter();
    if (fallback.isPresent()) {
      node(FALLBACK, "[[", "]]", defaultLines(fallback.get()));
    } else {
      node(FALLBACK, "([", "])", List.of("no filter matched: canceled"));
    }
    if (canceledUsed) {
      node(CANCELED, "([", "])", List.of("canceled (workflow.timeout)"));
    }
    return out.toString();
  }

  private void filter(int i, Filter filter) {
    String id = filterId(i);
    String next = i + 1 < routing.filters().size() ? filterId(i + 1) : FALLBACK;
    String name = filter.name().isEmpty() ? "(unnamed)" : filter.name();
    node(id, "{{", "}}", List.of("filter " + i + ": " + name, filter.expression().toString()));
    edge(id, next, "-->", "no match");
    List<Target> targets = filter.targets();
    if (targets.isEmpty()) {
      edge(id, next, "-.->", "matches, no targets");
      return;
    }
    Duration start = Duration.ZERO;
    for (int j = 0; j < targets.size(); j++) {
      Target target = targets.get(j);
      String stepId = id + "t" + j;
      node(stepId, "[", "]", targetLines(target, start));
      edge(
          j == 0 ? id : id + "t" + (j - 1),
          stepId,
          "-->",
          j == 0 ? "matches" : timeoutLabel(targets.get(j - 1)));
      boolean last = j == targets.size() - 1;
      if (target.skipIf().isPresent()) {
        edge(stepId, last ? next : id + "t" + (j + 1), "-.->", "skipped");
      }
      if (last && target.timeout().isPresent()) {
        String afterTimeout = i + 1 < routing.filters().size() ? next : CANCELED;
        canceledUsed |= afterTimeout.equals(CANCELED);
        edge(stepId, afterTimeout, "-.->", "times out: next matching filter, else canceled");
      }
      start = start.plus(target.timeout().orElse(Duration.ZERO));
    }
  }

  private static String timeoutLabel(Target previous) {
    return "after " + seconds(previous.timeout().orElse(Duration.ZERO));
  }

  private List<String> targetLines(Target target, Duration start) {
    List<String> lines = new ArrayList<>();
    lines.add(queueName.apply(target.queue()) + (target.declaresQueue() ? "" : " (same queue)"));
    List<String> facts = new ArrayList<>();
    target.priority().ifPresent(p -> facts.add("priority " + p));
    facts.add(target.timeout().map(t -> "timeout " + seconds(t)).orElse("no timeout"));
    facts.add("from +" + seconds(start));
    lines.add(String.join(" · ", facts));
    target.expression().ifPresent(e -> lines.add("workers: " + e));
    target.orderBy().ifPresent(o -> lines.add("order by: " + o));
    target.skipIf().ifPresent(s -> lines.add("skip if: " + s));
    target.knownWorkerSid().ifPresent(k -> lines.add("known worker (SID): " + k));
    target.knownWorkerFriendlyName().ifPresent(k -> lines.add("known worker (name): " + k));
    return lines;
  }

  private List<String> defaultLines(DefaultFilter fallback) {
    List<String> lines = new ArrayList<>();
    lines.add("default filter: " + queueName.apply(fallback.queue()));
    fallback.priority().ifPresent(p -> lines.add("priority " + p));
    fallback.expression().ifPresent(e -> lines.add("workers: " + e));
    return lines;
  }

  private static String filterId(int i) {
    return "f" + i;
  }

  private static String seconds(Duration d) {
    return d.getSeconds() + "s";
  }

  private void node(String id, String open, String close, List<String> lines) {
    out.append("  ").append(id).append(open).append('"');
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append(BREAK);
      }
      out.append(MermaidText.escape(withPlaceholders(lines.get(i))));
    }
    out.append('"').append(close).append('\n');
  }

  private String withPlaceholders(String line) {
    String result = line;
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      result = result.replace(p.getKey(), p.getValue());
    }
    return result;
  }

  private void edge(String from, String to, String arrow, String label) {
    out.append("  ").append(from).append(' ').append(arrow);
    if (label != null) {
      out.append("|\"").append(MermaidText.escape(label)).append("\"|");
    }
    out.append(' ').append(to).append('\n');
  }
}
