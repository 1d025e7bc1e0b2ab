package io.github.taskrouter4j.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkflowDiagramPropertiesTest {
  private static final TaskQueueSid QUEUE = TaskQueueSid.of("WQ" + "0".repeat(30) + "42");

  /** A node: synthetic id, shape, one double-quoted label with no quote or line break inside. */
  private static final Pattern NODE =
      Pattern.compile("  [a-z0-9]+(\\{\\{|\\[\\[|\\[|\\(\\[)\"([^\"\\n]*)\"(}}|]]|]|]\\))");

  private static final Pattern EDGE =
      Pattern.compile("  [a-z0-9]+ (-->|-\\.->)(\\|\"[^\"|\\n]*\"\\|)? [a-z0-9]+");

  private static final Pattern ENTITY = Pattern.compile("#(\\d+);");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().all().ofMaxLength(40).edgeCases(c -> c.add("\"|<>&#;`[]{}()\\"));
  }

  @Provide
  Arbitrary<String> literal() {
    // A TaskRouter string literal: anything but the quote that delimits it.
    return text().map(s -> s.replace("'", "").replace("\r", "").replace("\n", ""));
  }

  @Property(tries = 300)
  void anyNameAndExpression_rendersAsWellFormedLinesThatDecodeBack(
      @ForAll("text") String name,
      @ForAll("literal") String value,
      @ForAll("text") String queueName) {
    String expression = "name CONTAINS '" + value + "'";
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named(name)
                    .when(expression)
                    .target(Target.queue(QUEUE).expression("task.x == '" + value + "'")))
            .defaultQueue(QUEUE)
            .build();

    String mermaid =
        WorkflowDiagram.of(config).withQueueNames(Map.of(QUEUE, queueName)).toMermaid();

    String[] lines = mermaid.split("\n", -1);
    assertThat(lines[0]).isEqualTo("flowchart TD");
    assertThat(lines[lines.length - 1]).isEmpty();
    for (int i = 1; i < lines.length - 1; i++) {
      assertThat(NODE.matcher(lines[i]).matches() || EDGE.matcher(lines[i]).matches())
          .as("line %d: %s", i, lines[i])
          .isTrue();
    }
    String filterLabel = label(lines, "  f0{{");
    String shownName = name.isEmpty() ? "(unnamed)" : controlsToSpaces(name);
    assertThat(decode(filterLabel))
        .isEqualTo("filter 0: " + shownName + "<br/>" + controlsToSpaces(expression));
    assertThat(decode(label(lines, "  f0t0["))).startsWith(controlsToSpaces(queueName) + "<br/>");
  }

  @Property(tries = 500)
  void escape_leavesNoDelimiterAndDecodesBack(@ForAll("text") String text) {
    String escaped = MermaidText.escape(text);

    assertThat(ENTITY.matcher(escaped).replaceAll(""))
        .doesNotContain("\"", "<", ">", "&", "|", "`", "#", ";", "\n");
    assertThat(decode(escaped)).isEqualTo(controlsToSpaces(text));
  }

  private static String label(String[] lines, String prefix) {
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        Matcher m = NODE.matcher(line);
        assertThat(m.matches()).isTrue();
        return m.group(2);
      }
    }
    throw new AssertionError("no line starts with " + prefix);
  }

  private static String decode(String label) {
    Matcher m = ENTITY.matcher(label);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String controlsToSpaces(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
