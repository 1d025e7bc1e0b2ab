package io.github.taskrouter4j.examples;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildConfigurationTest {

  @Test
  void configuration_matchesSnapshotAndHasNoProblems() {
    WorkflowConfiguration config =
        BuildConfiguration.configuration(BuildConfiguration.SALES, BuildConfiguration.EVERYONE);

    assertThat(config).hasNoProblems().matchesSnapshot("snapshots/incoming-call-flow.json");
  }

  @Test
  void run_printsPrettyJsonLintAndSize() {
    Output out = new Output();

    int code = BuildConfiguration.run(out.stream);

    assertThat(code).isZero();
    assertThat(out.text())
        .startsWith("{\n  \"task_routing\": {\n")
        .contains("\"filter_friendly_name\": \"Gold Tickets\"")
        .contains("\"expression\": \"worker.languages HAS task.language\"")
        .contains("\"order_by\": \"worker.experience DESC\"")
        .contains("lint: no problems")
        .containsPattern("Twilio receives \\d+ bytes \\(minified\\)\\.");
  }

  @Test
  void run_write_writesFileThatReadsBackEqual(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("flow.json");
    Output out = new Output();

    int code = BuildConfiguration.run(out.stream, "--write", file.toString());

    assertThat(code).isZero();
    assertThat(out.text()).contains("Wrote " + file + ".");
    assertThat(WorkflowConfiguration.fromJson(Files.readString(file)))
        .isEqualTo(
            BuildConfiguration.configuration(
                BuildConfiguration.SALES, BuildConfiguration.EVERYONE));
  }

  @Test
  void run_badArguments_exitsTwoWithUsage() {
    Output out = new Output();

    int code = BuildConfiguration.run(out.stream, "--writ");

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("usage: BuildConfiguration [--write FILE]");
  }
}
