package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleConfigurationsTest {

  static Stream<Arguments> samples() {
    return SampleConfigurations.all().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_prettyJson_matchesSnapshot(String name, WorkflowConfiguration config)
      throws Exception {
    Snapshots.assertMatches("workflow/" + name + ".json", config.toPrettyJson());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_snapshot_readsBackAsTheSameConfiguration(String name, WorkflowConfiguration config)
      throws Exception {
    WorkflowConfiguration reread =
        WorkflowConfiguration.fromJson(Snapshots.read("workflow/" + name + ".json"));

    assertThat(reread).isEqualTo(config);
    assertThat(reread.toJson()).isEqualTo(config.toJson());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_lint_findsNoProblems(String name, WorkflowConfiguration config) {
    assertThat(config.lint()).as(name).isEmpty();
  }

  @Test
  void seed_legacySpelling_matchesCanonicalSnapshot() throws Exception {
    Snapshots.assertMatches(
        "workflow/seed-canonical.json",
        WorkflowConfiguration.fromJson(WorkflowConfigurationJsonTest.SEED).toPrettyJson());
  }

  @Test
  void samples_coverEveryTargetField() {
    Map<String, WorkflowConfiguration> all = SampleConfigurations.all();
    String json =
        String.join(
            "\n", all.values().stream().map(WorkflowConfiguration::toJson).toArray(String[]::new));

    assertThat(json)
        .contains(
            "\"priority\":",
            "\"timeout\":",
            "\"expression\":\"task.",
            "\"order_by\":",
            "\"skip_if\":",
            "\"known_worker_sid\":",
            "\"known_worker_friendly_name\":");
  }
}
