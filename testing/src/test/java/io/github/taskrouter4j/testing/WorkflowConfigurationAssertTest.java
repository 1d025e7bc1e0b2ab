package io.github.taskrouter4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowConfigurationAssertTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");

  @TempDir Path dir;

  private static WorkflowConfiguration gold(int priority) {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Gold Tickets")
                .when("customer_value == 'Gold'")
                .target(Target.queue(GOLD).priority(priority).timeout(Duration.ofSeconds(30)))
                .target(Target.queue(EVERYONE)))
        .defaultQueue(EVERYONE)
        .build();
  }

  private WorkflowConfigurationAssert assertOn(
      WorkflowConfiguration config, boolean update, boolean ci) {
    return new WorkflowConfigurationAssert(config, new SnapshotSettings(update, ci, dir));
  }

  @Test
  void matchesSnapshot_sameBytes_passes() throws Exception {
    Files.writeString(dir.resolve("gold.json"), gold(2).toPrettyJson());

    assertOn(gold(2), false, true).matchesSnapshot("gold.json");
  }

  @Test
  void matchesSnapshot_changedConfiguration_failsShowingBothSidesAndTheLine() throws Exception {
    Files.writeString(dir.resolve("gold.json"), gold(2).toPrettyJson());

    assertThatThrownBy(() -> assertOn(gold(3), false, false).matchesSnapshot("gold.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("first difference at line 10")
        .hasMessageContaining("snapshot:             \"priority\": 2,")
        .hasMessageContaining("actual:               \"priority\": 3,")
        .hasMessageContaining("-Dsnapshots.update=true");
    assertThat(Files.readString(dir.resolve("gold.json"))).contains("\"priority\": 2");
  }

  @Test
  void matchesSnapshot_crlfSnapshot_failsByteComparison() throws Exception {
    Files.writeString(dir.resolve("gold.json"), gold(2).toPrettyJson().replace("\n", "\r\n"));

    assertThatThrownBy(() -> assertOn(gold(2), false, false).matchesSnapshot("gold.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("first difference at line 1")
        .hasMessageContaining("{\\r");
  }

  @Test
  void matchesSnapshot_updateMode_rewritesTheFile() throws Exception {
    Files.writeString(dir.resolve("gold.json"), gold(2).toPrettyJson());

    assertOn(gold(3), true, true).matchesSnapshot("gold.json");

    assertThat(Files.readString(dir.resolve("gold.json"))).isEqualTo(gold(3).toPrettyJson());
  }

  @Test
  void matchesSnapshot_missingOnCi_failsWithoutWriting() {
    assertThatThrownBy(() -> assertOn(gold(2), false, true).matchesSnapshot("new/gold.json"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to exist, but it does not (CI is set")
        .hasMessageContaining("\"filter_friendly_name\": \"Gold Tickets\"");
    assertThat(dir.resolve("new/gold.json")).doesNotExist();
  }

  @Test
  void matchesSnapshot_missingLocally_recordsIt() throws Exception {
    assertOn(gold(2), false, false).matchesSnapshot("new/gold.json");

    assertThat(Files.readAllBytes(dir.resolve("new/gold.json")))
        .isEqualTo(gold(2).toPrettyJson().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void hasNoProblems_cleanConfiguration_passes() {
    assertOn(gold(2), false, false).hasNoProblems().hasNoErrors();
  }

  @Test
  void hasNoProblems_withProblems_listsThem() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(Filter.named("Empty").when("1==1"))
            .defaultQueue(EVERYONE)
            .build();

    assertThatThrownBy(() -> assertOn(config, false, false).hasNoProblems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lint() found 1")
        .hasMessageContaining("ERROR task_routing.filters[0].targets: is empty");
    assertThatThrownBy(() -> assertOn(config, false, false).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("FILTER_WITHOUT_TARGETS");
  }

  @Test
  void hasProblem_presentOrAbsent_reportsWhatWasFound() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(Filter.named("Empty").when("1==1"))
            .defaultQueue(EVERYONE)
            .build();

    assertOn(config, false, false)
        .hasProblem("FILTER_WITHOUT_TARGETS", "task_routing.filters[0].targets");
    assertThatThrownBy(
            () -> assertOn(gold(2), false, false).hasProblem("UNKNOWN_QUEUE", "task_routing"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UNKNOWN_QUEUE at task_routing")
        .hasMessageContaining("nothing");
  }

  @Test
  void entryPoint_readsSettingsFromTheJvm() {
    // The surefire configuration passes snapshots.update=false unless asked.
    assertThat(SnapshotSettings.fromEnvironment().update).isFalse();
    assertThat(TaskRouterAssertions.assertThat(gold(2))).isNotNull();
  }
}
