package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.codegen.JavaSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a definition as a Java class whose {@code definition()} method rebuilds it: keys as
 * constants, each resource as a builder call, each workflow configuration as the builder code
 * {@link JavaSource} writes for it, with {@code KEY.ref()} where a queue is named.
 */
final class JavaSourceWriter {
  private static final String INDENT = "  ";
  private static final String SID_PACKAGE = "io.github.taskrouter4j.sid.";
  private static final String OWN_PACKAGE = "io.github.taskrouter4j.workspace.";
  private static final String RETURN = "return ";
  private static final Pattern QUEUE_CONSTANT =
      Pattern.compile(
          "private static final TaskQueueSid (\\w+) =\\s*TaskQueueSid\\.of\\(\"(WQ[0-9a-f]{32})\"\\);");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import (static )?([\\w.]+);$");

  private final WorkspaceDefinition definition;
  private final Set<String> imports = new TreeSet<>();
  private final Set<String> staticImports = new TreeSet<>();
  private final Map<ActivityKey, String> activityConstants = new LinkedHashMap<>();
  private final Map<QueueKey, String> queueConstants = new LinkedHashMap<>();
  private final Set<String> usedConstants = new HashSet<>();
  private final List<String> body = new ArrayList<>();

  private JavaSourceWriter(WorkspaceDefinition definition) {
    this.definition = definition;
    definition.activities().forEach(a -> activityConstants.put(a.key(), constant(a.key().name())));
    definition.taskQueues().forEach(q -> queueConstants.put(q.key(), constant(q.key().name())));
  }

  static String write(WorkspaceDefinition definition, String packageName, String className) {
    if (!packageName.matches("([a-zA-Z_$][\\w$]*)(\\.[a-zA-Z_$][\\w$]*)*")) {
      throw new IllegalArgumentException(
          "packageName must be a Java package name such as com.example.routing, was \""
              + packageName
              + "\"");
    }
    if (!className.matches("[A-Z_$][\\w$]*")) {
      throw new IllegalArgumentException(
          "className must be a Java class name starting with a capital letter, was \""
              + className
              + "\"");
    }
    return new JavaSourceWriter(definition).source(packageName, className);
  }

  private String source(String packageName, String className) {
    use(OWN_PACKAGE + "WorkspaceDefinition");
    if (!activityConstants.isEmpty()) {
      use(OWN_PACKAGE + "ActivityKey");
    }
    if (!queueConstants.isEmpty()) {
      use(OWN_PACKAGE + "QueueKey");
    }
    statements();
    StringBuilder out = new StringBuilder();
    out.append("package ").append(packageName).append(";\n\n");
    staticImports.forEach(i -> out.append("import static ").append(i).append(";\n"));
    if (!staticImports.isEmpty()) {
      out.append('\n');
    }
    imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    out.append("\n/**\n * The workspace")
        .append(definition.settings().friendlyName().map(n -> " " + javadoc(n)).orElse(""))
        .append(" as code, written by {@code WorkspaceDefinition.toJavaSource}.\n */\n");
    out.append("public final class ").append(className).append(" {\n");
    activityConstants.forEach(
        (key, constant) ->
            out.append(INDENT)
                .append("/** The activity ")
                .append(javadoc(key.name()))
                .append(". */\n")
                .append(INDENT)
                .append("public static final ActivityKey ")
                .append(constant)
                .append(" = ActivityKey.of(")
                .append(literal(key.name()))
                .append(");\n"));
    queueConstants.forEach(
        (key, constant) ->
            out.append(INDENT)
                .append("/** The task queue ")
                .append(javadoc(key.name()))
                .append(". */\n")
                .append(INDENT)
                .append("public static final QueueKey ")
                .append(constant)
                .append(" = QueueKey.of(")
                .append(literal(key.name()))
                .append(");\n"));
    out.append('\n').append(INDENT).append("private ").append(className).append("() {}\n\n");
    out.append(INDENT).append("/** The definition of the workspace. */\n");
    out.append(INDENT).append("public static WorkspaceDefinition definition() {\n");
    out.append(INDENT).append(INDENT).append("return WorkspaceDefinition.builder()\n");
    body.forEach(line -> out.append(INDENT.repeat(4)).append(line).append('\n'));
    out.append(INDENT.repeat(4)).append(".build();\n");
    out.append(INDENT).append("}\n}\n");
    return out.toString();
  }

  private void statements() {
    WorkspaceSettings s = definition.settings();
    List<String> settings = new ArrayList<>();
    s.friendlyName().ifPresent(v -> settings.add(".friendlyName(" + literal(v) + ")"));
    s.defaultActivity().ifPresent(v -> settings.add(".defaultActivity(" + activity(v) + ")"));
    s.timeoutActivity().ifPresent(v -> settings.add(".timeoutActivity(" + activity(v) + ")"));
    s.multiTaskEnabled().ifPresent(v -> settings.add(".multiTaskEnabled(" + v + ")"));
    s.prioritizeQueueOrder()
        .ifPresent(v -> settings.add(".prioritizeQueueOrder(" + order(v) + ")"));
    s.eventCallbackUrl().ifPresent(v -> settings.add(".eventCallbackUrl(" + uri(v) + ")"));
    s.eventsFilter().ifPresent(v -> settings.add(".eventsFilter(" + literal(v) + ")"));
    if (!settings.isEmpty()) {
      use(OWN_PACKAGE + "WorkspaceSettings");
      body.add(".settings(");
      body.add(INDENT + INDENT + "WorkspaceSettings.builder()");
      settings.forEach(line -> body.add(INDENT.repeat(4) + line));
      body.add(INDENT.repeat(4) + ".build())");
    }
    for (DeclaredActivity a : definition.activities()) {
      use(OWN_PACKAGE + "DeclaredActivity");
      body.add(
          ".addActivities(DeclaredActivity.of("
              + activity(a.key())
              + ", "
              + a.available()
              + ")"
              + a.sid().map(sid -> ".withSid(" + sid(sid) + ")").orElse("")
              + ")");
    }
    for (DeclaredTaskChannel c : definition.taskChannels()) {
      use(OWN_PACKAGE + "DeclaredTaskChannel");
      List<String> lines = new ArrayList<>();
      c.channelOptimizedRouting().ifPresent(v -> lines.add(".channelOptimizedRouting(" + v + ")"));
      c.sid().ifPresent(v -> lines.add(".sid(" + sid(v) + ")"));
      call(
          "addTaskChannels",
          "DeclaredTaskChannel.builder("
              + literal(c.uniqueName())
              + ", "
              + literal(c.friendlyName())
              + ")",
          lines);
    }
    for (DeclaredWorker w : definition.workers()) {
      use(OWN_PACKAGE + "DeclaredWorker");
      List<String> lines = new ArrayList<>();
      w.attributes().ifPresent(v -> lines.add(".attributes(" + literal(v) + ")"));
      w.initialActivity().ifPresent(v -> lines.add(".initialActivity(" + activity(v) + ")"));
      w.sid().ifPresent(v -> lines.add(".sid(" + sid(v) + ")"));
      call("addWorkers", "DeclaredWorker.builder(" + literal(w.friendlyName()) + ")", lines);
    }
    for (DeclaredTaskQueue q : definition.taskQueues()) {
      use(OWN_PACKAGE + "DeclaredTaskQueue");
      List<String> lines = new ArrayList<>();
      q.targetWorkers().ifPresent(v -> lines.add(".targetWorkers(" + literal(v) + ")"));
      q.maxReservedWorkers().ifPresent(v -> lines.add(".maxReservedWorkers(" + v + ")"));
      q.taskOrder().ifPresent(v -> lines.add(".taskOrder(" + order(v) + ")"));
      q.reservationActivity()
          .ifPresent(v -> lines.add(".reservationActivity(" + activity(v) + ")"));
      q.assignmentActivity().ifPresent(v -> lines.add(".assignmentActivity(" + activity(v) + ")"));
      q.sid().ifPresent(v -> lines.add(".sid(" + sid(v) + ")"));
      call(
          "addTaskQueues", "DeclaredTaskQueue.builder(" + queueConstants.get(q.key()) + ")", lines);
    }
    for (DeclaredWorkflow w : definition.workflows()) {
      workflow(w);
    }
  }

  private void workflow(DeclaredWorkflow w) {
    use(OWN_PACKAGE + "DeclaredWorkflow");
    String deep = INDENT.repeat(6);
    body.add(".addWorkflows(");
    body.add(INDENT + INDENT + "DeclaredWorkflow.builder(");
    body.add(deep + literal(w.friendlyName()) + ",");
    List<String> routing = configuration(w.configuration());
    for (int i = 0; i < routing.size(); i++) {
      String line = routing.get(i);
      // JavaSource indents its chain 4 past "return"; here it continues 4 past the argument.
      String indented = i == 0 ? deep + line : deep + line.substring(INDENT.length() * 2);
      body.add(indented + (i == routing.size() - 1 ? ")" : ""));
    }
    List<String> rest = new ArrayList<>();
    w.assignmentCallbackUrl().ifPresent(v -> rest.add(".assignmentCallbackUrl(" + uri(v) + ")"));
    w.fallbackAssignmentCallbackUrl()
        .ifPresent(v -> rest.add(".fallbackAssignmentCallbackUrl(" + uri(v) + ")"));
    w.taskReservationTimeout()
        .ifPresent(v -> rest.add(".taskReservationTimeout(" + duration(v) + ")"));
    w.sid().ifPresent(v -> rest.add(".sid(" + sid(v) + ")"));
    rest.forEach(line -> body.add(INDENT.repeat(4) + line));
    body.add(INDENT.repeat(4) + ".build())");
  }

  /**
   * The builder expression {@link JavaSource} writes for a configuration, its imports taken over
   * and each queue constant it declares replaced by {@code KEY.ref()}.
   */
  private List<String> configuration(WorkflowConfiguration configuration) {
    Map<TaskQueueSid, String> names = new HashMap<>();
    queueConstants.keySet().forEach(k -> names.put(k.ref(), k.name()));
    String unit = JavaSource.of(configuration, "", "Routing", names);
    Map<String, String> refs = new HashMap<>();
    Matcher constant = QUEUE_CONSTANT.matcher(unit);
    while (constant.find()) {
      queueConstants.forEach(
          (key, name) -> {
            if (key.ref().value().equals(constant.group(2))) {
              refs.put(constant.group(1), name + ".ref()");
            }
          });
    }
    Matcher imported = IMPORT.matcher(unit);
    while (imported.find()) {
      if (imported.group(1) != null) {
        staticImports.add(imported.group(2));
      } else if (!imported.group(2).equals(TaskQueueSid.class.getName()) || refs.isEmpty()) {
        use(imported.group(2));
      }
    }
    String expression =
        unit.substring(unit.indexOf(RETURN) + RETURN.length(), unit.lastIndexOf(";\n  }"));
    for (Map.Entry<String, String> ref : refs.entrySet()) {
      expression = expression.replaceAll("\\b" + ref.getKey() + "\\b", ref.getValue());
    }
    return List.of(expression.split("\n"));
  }

  private void call(String method, String start, List<String> lines) {
    if (lines.isEmpty()) {
      body.add("." + method + "(" + start + ".build())");
      return;
    }
    body.add("." + method + "(");
    body.add(INDENT + INDENT + start);
    lines.forEach(line -> body.add(INDENT.repeat(4) + line));
    body.add(INDENT.repeat(4) + ".build())");
  }

  private String activity(ActivityKey key) {
    return Optional.ofNullable(activityConstants.get(key))
        .orElseGet(
            () -> {
              use(OWN_PACKAGE + "ActivityKey");
              return "ActivityKey.of(" + literal(key.name()) + ")";
            });
  }

  private String sid(Sid sid) {
    String type = sid.getClass().getSimpleName();
    use(SID_PACKAGE + type);
    return type + ".of(" + literal(sid.value()) + ")";
  }

  private String order(Object order) {
    use("io.github.taskrouter4j.resource.TaskOrder");
    return "TaskOrder.of(" + literal(order.toString()) + ")";
  }

  private String uri(URI uri) {
    use("java.net.URI");
    return "URI.create(" + literal(uri.toString()) + ")";
  }

  private String duration(Duration duration) {
    use("java.time.Duration");
    return "Duration.ofSeconds(" + duration.getSeconds() + ")";
  }

  private void use(String type) {
    imports.add(type);
  }

  private String constant(String name) {
    String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    base = base.replaceAll("^_+|_+$", "");
    if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
      base = "KEY_" + base;
    }
    String constant = base;
    for (int n = 2; !usedConstants.add(constant); n++) {
      constant = base + "_" + n;
    }
    return constant;
  }

  /** A Java string literal: quotes, backslashes, control and non-ASCII characters escaped. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < ' ') {
            // Octal: a unicode escape of a carriage return would end the source line.
            out.append(String.format("\\%03o", (int) c));
          } else if (c > '~') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  private static String javadoc(String text) {
    return "\"" + text.replace("*/", "*&#47;").replace("@", "{@literal @}") + "\"";
  }
}
