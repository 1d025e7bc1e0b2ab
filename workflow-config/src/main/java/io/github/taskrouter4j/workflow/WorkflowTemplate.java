package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.json.CanonicalJson;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A workflow configuration whose SIDs and expression values are placeholders a deploy script fills
 * in: {@code "queue": "${QUEUE_SID_EVERYONE}"}, {@code "expression": "type == '{{ type }}'"}.
 *
 * <pre>{@code
 * WorkflowTemplate template = WorkflowTemplate.fromJson(text);
 * template.placeholders();   // QUEUE_SID_EVERYONE: a task queue SID at task_routing.default_filter.queue
 * template.lint();           // every rule that does not depend on a placeholder's value
 * WorkflowConfiguration config = template.bind(Map.of("QUEUE_SID_EVERYONE", everyone));
 * }</pre>
 *
 * <p>Recognised placeholders: {@code ${NAME}}, {@code {{NAME}}} (spaces allowed inside), {@code
 * %(NAME)s}, {@code $NAME}, {@code <NAME>} (inside expression strings, or as a whole SID), and in a
 * SID position ({@code queue}, legacy {@code task_queue_sid}, in targets and the default filter)
 * any text that is not a SID, named by its own text ({@code WQXXXXXXXXXXXX}, {@code YourQueueSid}).
 * In expressions they may stand inside strings ({@code type == '${TYPE}'}), as a whole value
 * ({@code priority > $MIN}) or after {@code workers.} in a {@code skip_if} ({@code workers.WAxx <
 * 2}, an activity SID).
 *
 * <p>Apart from placeholders a template is read by the same rules as {@link
 * WorkflowConfiguration#fromJson(String)}: it refuses what Twilio refuses, and {@link #toJson()}
 * writes the same canonical JSON, with the placeholders as they were written.
 */
public final class WorkflowTemplate {
  private final WorkflowConfiguration skeleton;
  private final List<TemplateScanner.StandIn> standIns;
  private final List<Placeholder> placeholders;

  private WorkflowTemplate(
      WorkflowConfiguration skeleton,
      List<TemplateScanner.StandIn> standIns,
      List<Placeholder> placeholders) {
    this.skeleton = skeleton;
    this.standIns = List.copyOf(standIns);
    this.placeholders = List.copyOf(placeholders);
  }

  /**
   * Reads a configuration template.
   *
   * @param json the configuration text, with placeholders
   * @return the template
   * @throws InvalidConfigurationException listing every problem other than placeholders, with its
   *     JSON path (placeholders are shown as written)
   */
  public static WorkflowTemplate fromJson(String json) {
    Objects.requireNonNull(json, "json == null");
    JsonNode root;
    try {
      root = TaskRouterJson.readTree(json);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      ConfigurationReader.read(json); // refuses, with the same message as for a configuration
    }
    ObjectNode copy = ((ObjectNode) root).deepCopy();
    TemplateScanner scanner = new TemplateScanner(json);
    TemplateText.walk(copy, scanner::replace);
    List<TemplateScanner.StandIn> standIns = scanner.standIns();
    List<Problem> problems = new ArrayList<>(scanner.problems());
    WorkflowConfiguration skeleton = null;
    try {
      skeleton = ConfigurationReader.read(TaskRouterJson.minify(copy));
    } catch (InvalidConfigurationException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.of(p.severity(), p.path(), p.code(), restore(p.message(), standIns)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return new WorkflowTemplate(skeleton, standIns, scanner.placeholders());
  }

  /** Each placeholder once, in document order, with its kind and every path where it stands. */
  public List<Placeholder> placeholders() {
    return placeholders;
  }

  /**
   * The template as a configuration in which each placeholder is replaced by a stand-in that the
   * document does not contain: a made-up SID ({@code WQ7e3a7e3a…}) where a SID is expected, text
   * such as {@code §s1§} inside an expression string, and a quoted {@code '§v1§'} where a whole
   * expression value is expected. For tools that walk the configuration and show the placeholders
   * where they stand (diagrams, generated code); {@link #standIns()} says which is which.
   */
  public WorkflowConfiguration withStandIns() {
    return skeleton;
  }

  /**
   * Each stand-in text of {@link #withStandIns()} (a SID's value, or the text inside an expression,
   * quotes included for a whole value) with the placeholder spelling it replaces, in document
   * order: {@code §s1§} → {@code ${TYPE}}. {@link #placeholders()} gives the name and kind of each
   * spelling.
   */
  public Map<String, String> standIns() {
    Map<String, String> map = new LinkedHashMap<>();
    standIns.forEach(s -> map.put(s.inserted, s.raw));
    return map;
  }

  /** The placeholder each stand-in of {@link #standIns()} belongs to. */
  public Map<String, Placeholder> standInPlaceholders() {
    Map<String, Placeholder> byName = new LinkedHashMap<>();
    placeholders.forEach(p -> byName.put(p.name(), p));
    Map<String, Placeholder> map = new LinkedHashMap<>();
    standIns.forEach(s -> map.put(s.inserted, byName.get(s.name)));
    return map;
  }

  /**
   * Binds every placeholder and reads the result as a configuration.
   *
   * @param values a value per placeholder name: a {@link TaskQueueSid} or {@link ActivitySid} (or
   *     its text) for SID placeholders, any text (or number, boolean) for string placeholders
   * @return the bound configuration
   * @throws InvalidConfigurationException naming unbound placeholders ({@code
   *     UNBOUND_PLACEHOLDER}), keys that match none ({@code UNKNOWN_PLACEHOLDER}), values of the
   *     wrong kind ({@code PLACEHOLDER_TYPE}), or what the bound document fails
   */
  public WorkflowConfiguration bind(Map<String, ?> values) {
    Objects.requireNonNull(values, "values == null");
    List<Problem> problems = new ArrayList<>();
    Map<String, Placeholder> byName = new LinkedHashMap<>();
    placeholders.forEach(p -> byName.put(p.name(), p));
    for (String key : values.keySet()) {
      if (!byName.containsKey(key)) {
        problems.add(
            Problem.error(
                "",
                "UNKNOWN_PLACEHOLDER",
                "`"
                    + key
                    + "` matches no placeholder; the template has "
                    + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet()))));
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Placeholder p : placeholders) {
      Object value = values.get(p.name());
      if (value == null) {
        problems.add(
            Problem.error(
                p.paths().get(0),
                "UNBOUND_PLACEHOLDER",
                "placeholder `"
                    + p.name()
                    + "` ("
                    + p.kind().description()
                    + ") is not bound; it stands at "
                    + String.join(", ", p.paths())));
      } else {
        String text = text(p, value, problems);
        if (text != null) {
          texts.put(p.name(), text);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return WorkflowConfiguration.fromJson(render(s -> texts.get(s.name), false));
  }

  private static String text(Placeholder p, Object value, List<Problem> problems) {
    String at = p.paths().get(0);
    if (p.kind() == Placeholder.Kind.STRING) {
      if (value instanceof CharSequence
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof Sid) {
        return value.toString();
      }
      problems.add(
          Problem.error(
              at,
              "PLACEHOLDER_TYPE",
              "placeholder `" + p.name() + "` needs text, a number or a boolean"));
      return null;
    }
    String prefix = p.kind() == Placeholder.Kind.TASK_QUEUE_SID ? "WQ" : "WA";
    String given = value.toString();
    try {
      if (value instanceof Sid && !((Sid) value).prefix().equals(prefix)) {
        throw new IllegalArgumentException(
            "it was bound to " + given + ", a SID starting with " + ((Sid) value).prefix());
      }
      return p.kind() == Placeholder.Kind.TASK_QUEUE_SID
          ? TaskQueueSid.of(given).value()
          : ActivitySid.of(given).value();
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.error(
              at,
              "PLACEHOLDER_TYPE",
              "placeholder `"
                  + p.name()
                  + "` needs "
                  + p.kind().description()
                  + ", but "
                  + e.getMessage()));
      return null;
    }
  }

  /**
   * Checks every rule that does not depend on a placeholder's value, with placeholders as opaque
   * values: expression syntax and lint, duplicate and unreachable filters, ranges, typos. A finding
   * that involves a placeholder's value is set aside, and its rule listed in {@link
   * TemplateLint#skipped()}, as is the size limit (which depends on the bound values).
   *
   * @return the problems and the skipped rules
   */
  public TemplateLint lint() {
    List<Problem> kept = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    skipped.put("CONFIGURATION_TOO_LARGE", "the size depends on the values bound");
    for (Problem p : skeleton.lint()) {
      List<String> involved = new ArrayList<>();
      for (TemplateScanner.StandIn s : standIns) {
        if (p.message().contains(s.inserted) && !involved.contains(s.name)) {
          involved.add(s.name);
        }
      }
      if (p.code().equals("CONFIGURATION_TOO_LARGE")) {
        continue;
      }
      if (involved.isEmpty()) {
        kept.add(p);
      } else {
        skipped.putIfAbsent(
            p.code(),
            "at " + p.path() + " it depends on the value of " + String.join(", ", involved));
      }
    }
    return new TemplateLint(kept, skipped);
  }

  /**
   * The minified canonical JSON, placeholders as written; see {@link
   * WorkflowConfiguration#toJson()}.
   */
  public String toJson() {
    return render(s -> s.raw, false);
  }

  /**
   * The canonical pretty JSON, placeholders as written; see {@link
   * WorkflowConfiguration#toPrettyJson()}.
   */
  public String toPrettyJson() {
    return render(s -> s.raw, true);
  }

  private String render(Function<TemplateScanner.StandIn, String> value, boolean pretty) {
    ObjectNode tree = ConfigurationWriter.document(skeleton, true);
    TemplateText.walk(
        tree,
        (text, sid, path) -> {
          String result = text;
          for (TemplateScanner.StandIn s : standIns) {
            boolean sidStandIn = s.kind == Placeholder.Kind.TASK_QUEUE_SID;
            if (sid && sidStandIn && text.equals(s.inserted)) {
              return value.apply(s);
            }
            if (!sid && !sidStandIn) {
              result = result.replace(s.inserted, value.apply(s));
            }
          }
          return result;
        });
    return pretty ? CanonicalJson.prettyPrint(tree) : TaskRouterJson.minify(tree);
  }

  private static String restore(String message, List<TemplateScanner.StandIn> standIns) {
    String result = message;
    for (TemplateScanner.StandIn s : standIns) {
      result = result.replace(s.inserted, s.raw);
    }
    return result;
  }

  /**
   * The problem to add when {@code json} failed to read as a configuration only because it is a
   * template; null otherwise.
   */
  static Problem templateHint(String json) {
    WorkflowTemplate template;
    try {
      template = fromJson(json);
    } catch (InvalidConfigurationException notATemplateEither) {
      return null;
    }
    if (template.placeholders.isEmpty()) {
      return null;
    }
    List<String> written = new ArrayList<>();
    template.placeholders.forEach(p -> written.add(p.spellings().get(0)));
    return Problem.error(
        "",
        "TEMPLATE_PLACEHOLDERS",
        "the document is a template: it fails only because of its placeholders ("
            + String.join(", ", written)
            + "); read it with WorkflowTemplate.fromJson and bind them, or check it with"
            + " CheckConfiguration --template");
  }

  /**
   * Equal when the canonical JSON is equal: the same document with the same placeholders (a legacy
   * {@code task_queue_sid} and the {@code queue} it is written back as are the same).
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof WorkflowTemplate
        && toJson().equals(((WorkflowTemplate) other).toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  /** The minified canonical JSON ({@link #toJson()}). */
  @Override
  public String toString() {
    return toJson();
  }
}
