package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.workflow.codegen.JavaSource;
import io.github.taskrouter4j.workflow.diagram.WorkflowDiagram;
import io.github.taskrouter4j.workflow.routing.RoutingDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/reviewing-a-routing-change.md true: its diagram, routing diff and generated Java are
 * produced here from {@link ReviewChange}, compared with the page, and rewritten with {@code
 * -Dsnapshots.update=true}. Also writes the diagram's offline HTML page to {@code
 * target/diagrams/}.
 */
class ReviewDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "reviewing-a-routing-change.md");

  /** The task sample of the page. */
  static final List<String> TASKS =
      List.of(
          "{\"type\": \"support\", \"topic\": \"billing\"}",
          "{\"type\": \"support\", \"topic\": \"billing\", \"customer\": {\"tier\": \"vip\"}}",
          "{\"type\": \"support\", \"topic\": \"login\"}",
          "{\"type\": \"support\", \"topic\": \"billing\", \"channel\": \"chat\"}",
          "{\"type\": \"sales\"}",
          "{\"type\": \"support\", \"customer\": {\"tier\": \"vip\"}}");

  static RoutingDiff diff() throws IOException {
    List<JsonNode> tasks = new ArrayList<>();
    for (String task : TASKS) {
      tasks.add(TaskRouterJson.readTree(task));
    }
    return RoutingDiff.between(ReviewChange.before(), ReviewChange.after())
        .queues(ReviewChange.queues())
        .workers(ReviewChange.workers())
        .forTasks(tasks);
  }

  @Test
  void page_diagramDiffAndJava_areWhatTheBuildGenerates() throws IOException {
    WorkflowDiagram diagram =
        WorkflowDiagram.of(ReviewChange.after()).withWorkspace(ReviewChange.workspace());
    String java =
        JavaSource.of(
            ReviewChange.after(),
            "com.example.routing",
            "SupportWorkflow",
            SampleConfigurations.queueNames());
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);

    String expected = page;
    expected = replace(expected, "diagram", "```mermaid\n" + diagram.toMermaid() + "```\n");
    expected = replace(expected, "diff", "```text\n" + diff().toText(20) + "```\n");
    expected = replace(expected, "java", "```java\n" + java + "```\n");

    Path html = Path.of("target", "diagrams", "review-change.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, diagram.toHtml("Support workflow after the change"));
    if (Boolean.getBoolean("snapshots.update")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(page)
        .as("%s is stale: rewrite it with -Dsnapshots.update=true", PAGE)
        .isEqualTo(expected);
  }

  /** Replaces what lies between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
  private static String replace(String page, String name, String content) {
    String start = "<!-- " + name + ":start -->\n";
    String end = "<!-- " + name + ":end -->";
    int from = page.indexOf(start);
    int to = page.indexOf(end);
    assertThat(from).as("%s has no %s", PAGE, start.trim()).isNotNegative();
    assertThat(to).as("%s has no %s", PAGE, end).isGreaterThan(from);
    return page.substring(0, from + start.length()) + content + page.substring(to);
  }
}
