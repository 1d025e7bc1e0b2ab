package io.github.taskrouter4j.workflow.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.TaskRouting;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.OrderBy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the compilation unit of {@link JavaSource}. */
final class SourceWriter {
  private static final String EXPRESSIONS =
      "io.github.taskrouter4j.workflow.expression.Expressions";
  private static final Pattern DSL_CALL =
      Pattern.compile("(?<![\\w.])(attr|task|worker|workers|taskrouter|literal|always|never)\\(");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private final WorkflowConfiguration configuration;
  private final String packageName;
  private final String className;
  private final Map<TaskQueueSid, String> queueNames;
  private final Map<String, TemplateParameters.Parameter> standIns;
  private final Map<TaskQueueSid, String> constants = new LinkedHashMap<>();
  private final Set<String> imports = new TreeSet<>();
  private final Set<String> staticImports = new TreeSet<>();
  private boolean usesJson;

  SourceWriter(
      WorkflowConfiguration configuration,
      String packageName,
      String className,
      Map<TaskQueueSid, String> queueNames) {
    this(configuration, packageName, className, queueNames, Map.of());
  }

  /**
   * @param standIns a template's stand-ins (see {@code WorkflowTemplate#withStandIns()}) and the
   *     method parameter each becomes
   */
  SourceWriter(
      WorkflowConfiguration configuration,
      String packageName,
      String className,
      Map<TaskQueueSid, String> queueNames,
      Map<String, TemplateParameters.Parameter> standIns) {
    this.configuration = configuration;
    this.packageName = packageName;
    this.className = className;
    this.queueNames = queueNames;
    this.standIns = standIns;
  }

  String write() {
    imports.add("io.github.taskrouter4j.workflow.WorkflowConfiguration");
    standIns.values().forEach(p -> p.importName().ifPresent(imports::add));
    Code body = configuration();
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    if (!staticImports.isEmpty()) {
      staticImports.forEach(name -> out.append("import static ").append(name).append(";\n"));
      out.append('\n');
    }
    imports.forEach(name -> out.append("import ").append(name).append(";\n"));
    out.append('\n');
    out.append(
        standIns.isEmpty()
            ? "/** A workflow configuration, generated from its JSON by taskrouter4j. */\n"
            : "/** A workflow configuration template, generated from its JSON by taskrouter4j. */\n");
    out.append("public final class ").append(className).append(" {\n");
    constants.forEach(
        (sid, name) ->
            out.append(
                field(
                    "private static final TaskQueueSid " + name, "TaskQueueSid.of", sid.value())));
    if (!constants.isEmpty()) {
      out.append('\n');
    }
    out.append("  private ").append(className).append("() {}\n\n");
    out.append(
        standIns.isEmpty()
            ? "  /** Builds the workflow configuration. */\n"
            : "  /** Builds the workflow configuration with the template's placeholders bound. */\n");
    out.append(signature());
    out.append("    return ").append(body.render(4, 11, 1)).append(";\n");
    out.append("  }\n");
    if (usesJson) {
      out.append('\n')
          .append("  private static JsonNode json(String text) {\n")
          .append("    try {\n")
          .append("      return TaskRouterJson.readTree(text);\n")
          .append("    } catch (JsonProcessingException e) {\n")
          .append("      throw new IllegalStateException(e);\n")
          .append("    }\n")
          .append("  }\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** The method declaration, its parameters on one line or, past 100 columns, one per line. */
  private String signature() {
    String start = "  public static WorkflowConfiguration configuration(";
    List<String> parameters = new ArrayList<>();
    new LinkedHashSet<>(standIns.values()).forEach(p -> parameters.add(p.type() + " " + p.name()));
    String oneLine = start + String.join(", ", parameters) + ") {";
    if (oneLine.length() <= Code.WIDTH) {
      return oneLine + "\n";
    }
    String continued = "      " + String.join(", ", parameters) + ") {";
    if (continued.length() <= Code.WIDTH) {
      return start + "\n" + continued + "\n";
    }
    return start + "\n      " + String.join(",\n      ", parameters) + ") {\n";
  }

  /**
   * Replaces each stand-in inside a string literal of {@code code} by its parameter: {@code "type
   * == '§s1§'"} becomes {@code "type == '" + type + "'"}.
   */
  private String withParameters(String code) {
    if (standIns.isEmpty()) {
      return code;
    }
    Matcher m = STRING.matcher(code);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(concatenation(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String concatenation(String literal) {
    List<String> parts = new ArrayList<>();
    String rest = literal.substring(1, literal.length() - 1);
    while (true) {
      int at = -1;
      String found = null;
      for (String standIn : standIns.keySet()) {
        int i = rest.indexOf(standIn);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
          found = standIn;
        }
      }
      if (found == null) {
        break;
      }
      if (at > 0) {
        parts.add('"' + rest.substring(0, at) + '"');
      }
      parts.add(standIns.get(found).text());
      rest = rest.substring(at + found.length());
    }
    if (parts.isEmpty()) {
      return literal;
    }
    if (!rest.isEmpty()) {
      parts.add('"' + rest + '"');
    }
    return String.join(" + ", parts);
  }

  /** {@code private static final T NAME = T.of("…");}, broken after {@code =} past 100 columns. */
  private static String field(String declaration, String factory, String value) {
    String call = factory + "(" + TextNode.valueOf(value) + ");";
    String line = "  " + declaration + " = " + call;
    if (line.length() <= Code.WIDTH) {
      return line + "\n";
    }
    return "  " + declaration + " =\n      " + call + "\n";
  }

  private Code configuration() {
    TaskRouting routing = configuration.taskRouting();
    Code code = Code.call("WorkflowConfiguration.builder");
    for (Filter filter : routing.filters()) {
      code.then("filter", filter(filter));
    }
    Optional<DefaultFilter> fallback = routing.defaultFilter();
    if (fallback.isPresent()) {
      DefaultFilter d = fallback.get();
      if (d.priority().isEmpty() && d.expression().isEmpty() && d.extras().isEmpty()) {
        code.then("defaultQueue", queue(d.queue()));
      } else {
        imports.add("io.github.taskrouter4j.workflow.DefaultFilter");
        Code built = Code.call("DefaultFilter.queue", queue(d.queue()));
        d.priority().ifPresent(p -> built.then("priority", Code.atom(String.valueOf(p))));
        d.expression().ifPresent(e -> built.then("expression", expression(e)));
        extras(built, "extra", d.extras());
        code.then("defaultFilter", built);
      }
    }
    extras(code, "taskRoutingExtra", routing.extras());
    extras(code, "extra", configuration.extras());
    return code.then("build");
  }

  private Code filter(Filter filter) {
    imports.add("io.github.taskrouter4j.workflow.Filter");
    Code code =
        filter.name().isEmpty() && !filter.emptyNameWritten()
            ? Code.call("Filter.unnamed")
            : Code.call("Filter.named", string(filter.name()));
    code.then("when", expression(filter.expression()));
    for (Target target : filter.targets()) {
      code.then("target", target(target));
    }
    extras(code, "extra", filter.extras());
    return code;
  }

  private Code target(Target target) {
    imports.add("io.github.taskrouter4j.workflow.Target");
    Code code = target.declaredQueue().map(q -> Code.call("Target.queue", queue(q))).orElse(null);
    if (code == null) {
      code = Code.call("Target.sameQueue");
    }
    Code t = code;
    target.priority().ifPresent(p -> t.then("priority", Code.atom(String.valueOf(p))));
    target
        .timeout()
        .ifPresent(
            d -> {
              imports.add("java.time.Duration");
              t.then("timeout", Code.call("Duration.ofSeconds", Code.atom(d.getSeconds() + "")));
            });
    target.expression().ifPresent(e -> t.then("expression", expression(e)));
    target.orderBy().ifPresent(o -> orderBy(t, o));
    target.skipIf().ifPresent(s -> t.then("skipIf", expression(s)));
    target.knownWorkerSid().ifPresent(k -> t.then("knownWorkerSid", string(k)));
    target.knownWorkerFriendlyName().ifPresent(k -> t.then("knownWorkerFriendlyName", string(k)));
    extras(t, "extra", target.extras());
    return t;
  }

  private void orderBy(Code target, OrderBy orderBy) {
    Optional<String> java = orderBy.toJava();
    if (java.isEmpty()) {
      target.then("orderBy", string(orderBy.toString()));
      return;
    }
    // The clauses are the arguments of orderBy(OrderByClause...): parse them as one call.
    Code call = Code.parse("orderBy(" + java.get() + ")");
    staticImports(java.get());
    target.then("orderBy", call.args().toArray(new Code[0]));
  }

  private Code expression(Expression expression) {
    Optional<String> java = expression.toJava();
    if (java.isEmpty() || wholeValueStandIn(expression.toString())) {
      return string(expression.toString());
    }
    staticImports(java.get());
    return Code.parse(withParameters(java.get()));
  }

  /**
   * Whether the text holds a stand-in for a whole value ({@code priority > '§v1§'}): the DSL would
   * write it as a string, so the expression is written as text, where the bound value stands bare.
   */
  private boolean wholeValueStandIn(String text) {
    for (String standIn : standIns.keySet()) {
      if (standIn.startsWith("'") && text.contains(standIn)) {
        return true;
      }
    }
    return false;
  }

  private void staticImports(String java) {
    Matcher m = DSL_CALL.matcher(STRING.matcher(java).replaceAll("\"\""));
    while (m.find()) {
      staticImports.add(EXPRESSIONS + "." + m.group(1));
    }
  }

  private void extras(Code code, String method, Map<String, JsonNode> extras) {
    extras.forEach(
        (name, value) -> {
          usesJson = true;
          imports.add("com.fasterxml.jackson.core.JsonProcessingException");
          imports.add("com.fasterxml.jackson.databind.JsonNode");
          imports.add("io.github.taskrouter4j.json.TaskRouterJson");
          code.then(method, string(name), Code.call("json", string(TaskRouterJson.minify(value))));
        });
  }

  private Code queue(TaskQueueSid sid) {
    imports.add("io.github.taskrouter4j.sid.TaskQueueSid");
    TemplateParameters.Parameter parameter = standIns.get(sid.value());
    if (parameter != null) {
      return Code.atom(parameter.name());
    }
    return Code.atom(constants.computeIfAbsent(sid, this::constantName));
  }

  private String constantName(TaskQueueSid sid) {
    String name = queueNames.containsKey(sid) ? upperSnake(queueNames.get(sid)) : "";
    if (name.isEmpty()) {
      name = "QUEUE_" + (constants.size() + 1);
    }
    Set<String> taken = new HashSet<>(constants.values());
    String unique = name;
    for (int n = 2; taken.contains(unique); n++) {
      unique = name + "_" + n;
    }
    return unique;
  }

  /** {@code "Tier 1"} becomes {@code TIER_1}; empty if nothing usable is left. */
  private static String upperSnake(String friendlyName) {
    String snake =
        friendlyName
            .replaceAll("[^A-Za-z0-9]+", "_")
            .replaceAll("^_+|_+$", "")
            .toUpperCase(Locale.ROOT);
    if (snake.isEmpty()) {
      return "";
    }
    return Character.isDigit(snake.charAt(0)) ? "QUEUE_" + snake : snake;
  }

  private Code string(String value) {
    return Code.atom(withParameters(TextNode.valueOf(value).toString()));
  }
}
