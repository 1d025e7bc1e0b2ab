package io.github.taskrouter4j.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.workflow.Snapshots;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkflowTemplateDiagramTest {
  private static WorkflowTemplate corpus(String name) throws IOException {
    return WorkflowTemplate.fromJson(
        Files.readString(Path.of("src/test/resources/corpus/templates", name + ".json")));
  }

  @Test
  void template_mermaid_matchesSnapshot() throws Exception {
    String mermaid = WorkflowDiagram.of(corpus("terraform-helpline-expression")).toMermaid();

    Snapshots.assertMatches("diagram/template-terraform-helpline-expression.mmd", mermaid);
    assertThat(mermaid)
        .contains("helpline=='${var.helpline}'")
        .doesNotContain("§")
        .doesNotContain("WQ7e3a");
  }

  @Test
  void template_placeholdersInEveryPosition_shownAsWritten() throws Exception {
    String skip = WorkflowDiagram.of(corpus("skip-if-activity-placeholder")).toMermaid();
    String value = WorkflowDiagram.of(corpus("expression-value-placeholder")).toMermaid();

    assertThat(skip)
        .contains("default filter: ${QUEUE}")
        .contains("skip if: workers.WAxx #60; 2")
        .doesNotContain("WA7e3a");
    assertThat(value).contains("priority_level #62; ${MIN_PRIORITY}");
  }
}
