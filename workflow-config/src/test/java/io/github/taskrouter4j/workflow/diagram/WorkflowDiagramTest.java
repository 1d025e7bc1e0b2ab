package io.github.taskrouter4j.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.ReviewChange;
import io.github.taskrouter4j.workflow.SampleConfigurations;
import io.github.taskrouter4j.workflow.Snapshots;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowDiagramTest {
  private static final TaskQueueSid QUEUE = TaskQueueSid.of("WQ" + "0".repeat(30) + "42");

  static Stream<Arguments> samples() {
    return SampleConfigurations.all().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_mermaid_matchesSnapshot(String name, WorkflowConfiguration config) throws Exception {
    String mermaid =
        WorkflowDiagram.of(config).withQueueNames(SampleConfigurations.queueNames()).toMermaid();

    Snapshots.assertMatches("diagram/" + name + ".mmd", mermaid);
  }

  @Test
  void toMermaid_multiStep_showsStepsInOrderWithStartTimes() {
    String mermaid =
        WorkflowDiagram.of(SampleConfigurations.multiStepEscalation())
            .withQueueNames(SampleConfigurations.queueNames())
            .toMermaid();

    assertThat(mermaid)
        .startsWith("flowchart TD\n  task([\"new task\"])\n  task --> f0\n")
        .contains(
            "  f1t1[\"Tier 2<br/>priority 5 · timeout 120s · from +60s\"]\n",
            "  f1t0 -->|\"after 60s\"| f1t1\n",
            "  f1 -->|\"no match\"| fallback\n",
            "  fallback[[\"default filter: Everyone\"]]\n");
  }

  @Test
  void toMermaid_withoutNames_showsQueueSids() {
    String mermaid = WorkflowDiagram.of(SampleConfigurations.skipIfOverflow()).toMermaid();

    assertThat(mermaid)
        .contains(SampleConfigurations.SALES.value() + "<br/>timeout 30s · from +0s<br/>")
        .contains("skip if: workers.available == 0")
        .contains("  f0t0 -.->|\"skipped\"| f0t1\n");
  }

  @Test
  void withWorkspace_namesQueuesFromTheSnapshot() {
    String mermaid =
        WorkflowDiagram.of(ReviewChange.after())
            .withWorkspace(ReviewChange.workspace())
            .toMermaid();

    assertThat(mermaid).contains("[\"Billing<br/>priority 5 · timeout 60s · from +0s\"]");
  }

  @Test
  void toMermaid_lastStepTimesOut_leadsToNextFilterOrCancel() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("a")
                    .when("x == 1")
                    .target(Target.queue(QUEUE).timeout(java.time.Duration.ofSeconds(5))))
            .filter(
                Filter.named("b")
                    .when("1==1")
                    .target(Target.queue(QUEUE).timeout(java.time.Duration.ofSeconds(7))))
            .build();

    String mermaid = WorkflowDiagram.of(config).toMermaid();

    assertThat(mermaid)
        .contains("  f0t0 -.->|\"times out: next matching filter, else canceled\"| f1\n")
        .contains("  f1t0 -.->|\"times out: next matching filter, else canceled\"| canceled\n")
        .contains("  fallback([\"no filter matched: canceled\"])\n")
        .endsWith("  canceled([\"canceled (workflow.timeout)\"])\n");
  }

  @Test
  void toMermaid_specialCharacters_areEntityCodes() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("VIP \"gold\" | <b>&#1;`x`")
                    .when("name CONTAINS '<script>\"|#;'")
                    .target(Target.queue(QUEUE)))
            .build();

    String mermaid =
        WorkflowDiagram.of(config).withQueueNames(Map.of(QUEUE, "Ünïcode ☎")).toMermaid();

    assertThat(mermaid)
        .contains(
            "  f0{{\"filter 0: VIP #34;gold#34; #124; #60;b#62;#38;#35;1#59;#96;x#96;<br/>"
                + "name CONTAINS '#60;script#62;#34;#124;#35;#59;'\"}}\n")
        .contains("[\"Ünïcode ☎<br/>");
  }

  @Test
  void toHtml_inlinesTheRendererAndNeedsNoNetwork() {
    String html =
        WorkflowDiagram.of(SampleConfigurations.timeOfDay()).toHtml("Hours <& \"quotes\">");

    assertThat(html)
        .startsWith("<!DOCTYPE html>\n")
        .contains("<title>Hours &lt;&amp; &quot;quotes&quot;&gt;</title>")
        .contains("<pre class=\"mermaid\">\nflowchart TD\n")
        .contains("&lt;br/&gt;")
        .contains("globalThis[\"mermaid\"]")
        .contains("mermaid.initialize(")
        .doesNotContain("src=\"http", "href=\"http", "<link", "import(\"http");
    assertThat(html.length()).isGreaterThan(1_000_000);
  }
}
