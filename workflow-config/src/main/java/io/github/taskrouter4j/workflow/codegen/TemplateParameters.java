package io.github.taskrouter4j.workflow.codegen;

import io.github.taskrouter4j.workflow.Placeholder;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** The method parameters of a template's generated code: one per placeholder, by stand-in. */
final class TemplateParameters {
  private TemplateParameters() {}

  /** A parameter: its Java name and the placeholder's kind. */
  static final class Parameter {
    private final String name;
    private final Placeholder.Kind kind;

    Parameter(String name, Placeholder.Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    String name() {
      return name;
    }

    String type() {
      switch (kind) {
        case TASK_QUEUE_SID:
          return "TaskQueueSid";
        case ACTIVITY_SID:
          return "ActivitySid";
        default:
          return "String";
      }
    }

    Optional<String> importName() {
      return kind == Placeholder.Kind.STRING
          ? Optional.empty()
          : Optional.of("io.github.taskrouter4j.sid." + type());
    }

    /** The parameter as a string expression, to stand inside a concatenation. */
    String text() {
      return kind == Placeholder.Kind.STRING ? name : name + ".value()";
    }
  }

  /** Each stand-in of {@link WorkflowTemplate#withStandIns()} and its parameter. */
  static Map<String, Parameter> of(WorkflowTemplate template) {
    Map<String, Parameter> byPlaceholder = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Placeholder p : template.placeholders()) {
      String base = identifier(p.name());
      String unique = base;
      for (int n = 2; !taken.add(unique); n++) {
        unique = base + n;
      }
      byPlaceholder.put(p.name(), new Parameter(unique, p.kind()));
    }
    Map<String, Parameter> byStandIn = new LinkedHashMap<>();
    template
        .standInPlaceholders()
        .forEach((standIn, p) -> byStandIn.put(standIn, byPlaceholder.get(p.name())));
    return byStandIn;
  }

  /**
   * A lowerCamelCase Java identifier from a placeholder name: {@code QUEUE_SID_EVERYONE} becomes
   * {@code queueSidEveryone}, {@code var.helpline} {@code varHelpline}, {@code YourQueueSid} {@code
   * yourQueueSid}; never a keyword, never starting with a digit.
   */
  static String identifier(String placeholder) {
    List<String> words = new ArrayList<>();
    for (String word : placeholder.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(
            word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word);
      }
    }
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      name.append(
          name.length() == 0
              ? Character.toLowerCase(word.charAt(0)) + word.substring(1)
              : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "value");
    }
    String result = name.toString();
    // Keywords and the names the generated code uses itself.
    return SourceVersion.isKeyword(result) || result.equals("json") ? result + "Value" : result;
  }
}
