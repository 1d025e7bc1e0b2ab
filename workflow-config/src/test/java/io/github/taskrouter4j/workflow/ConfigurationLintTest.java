package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationLintTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");
  private static final WorkerSid ALICE = WorkerSid.of("WK0123456789abcdef0123456789abcdef");

  private static WorkflowConfiguration.Builder base() {
    return WorkflowConfiguration.builder().defaultQueue(EVERYONE);
  }

  @Test
  void lint_cleanConfiguration_hasNoProblems() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("Gold")
                    .when("customer_value == 'Gold'")
                    .target(Target.queue(GOLD).timeout(Duration.ofSeconds(30)))
                    .target(Target.queue(EVERYONE)))
            .build();

    assertThat(config.lint()).isEmpty();
    assertThat(config.requireValid()).isSameAs(config);
  }

  @Test
  void lint_duplicateFilterNames_warnsOnTheLaterOne() {
    WorkflowConfiguration config =
        base()
            .filter(Filter.named("Sales").when("type == 'a'").target(Target.queue(GOLD)))
            .filter(Filter.named("Sales").when("type == 'b'").target(Target.queue(GOLD)))
            .build();

    assertThat(config.lint())
        .extracting(Problem::severity, Problem::path, Problem::code)
        .containsExactly(
            tuple(
                Severity.WARNING,
                "task_routing.filters[1].filter_friendly_name",
                "DUPLICATE_FILTER_NAME"));
  }

  @Test
  void lint_filterAfterCatchAllThatKeepsTasks_isUnreachable() {
    WorkflowConfiguration config =
        base()
            .filter(Filter.named("Everything").when("1==1").target(Target.queue(GOLD)))
            .filter(Filter.named("Sales").when("type == 'sales'").target(Target.queue(GOLD)))
            .build();

    assertThat(config.lint())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("UNREACHABLE_FILTER");
              assertThat(p.path()).isEqualTo("task_routing.filters[1]");
              assertThat(p.message()).contains("filters[0] \"Everything\" matches every task");
            });
  }

  @Test
  void lint_filterAfterCatchAllWithTimeout_isReachable() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("First try")
                    .when("1==1")
                    .target(Target.queue(GOLD).timeout(Duration.ofSeconds(60))))
            .filter(Filter.named("Sales").when("type == 'sales'").target(Target.queue(GOLD)))
            .build();

    assertThat(config.lint()).isEmpty();
  }

  @Test
  void lint_sameExpressionTwice_laterFilterIsUnreachable() {
    WorkflowConfiguration config =
        base()
            .filter(Filter.named("a").when("type == 'x'").target(Target.queue(GOLD)))
            .filter(Filter.named("b").when("type == 'x'").target(Target.queue(EVERYONE)))
            .build();

    assertThat(config.lint())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("UNREACHABLE_FILTER", "task_routing.filters[1]"));
  }

  @Test
  void lint_filterWithoutTargets_isAnError() {
    WorkflowConfiguration config = base().filter(Filter.named("Empty").when("1==1")).build();

    assertThat(config.lint())
        .extracting(Problem::severity, Problem::path, Problem::code)
        .containsExactly(
            tuple(Severity.ERROR, "task_routing.filters[0].targets", "FILTER_WITHOUT_TARGETS"));
    assertThatThrownBy(config::requireValid)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].targets: is empty");
  }

  @Test
  void lint_targetAfterOneWithoutTimeout_isUnreachable() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("a")
                    .when("1==1")
                    .target(Target.queue(GOLD))
                    .target(Target.queue(EVERYONE)))
            .build();

    assertThat(config.lint())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("UNREACHABLE_TARGET", "task_routing.filters[0].targets[1]"));
  }

  @Test
  void lint_bothKnownWorkerFields_isAnError() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("Callback")
                    .when("1==1")
                    .target(
                        Target.queue(GOLD)
                            .knownWorkerSid("task.agent_sid")
                            .knownWorkerFriendlyName("task.agent_name")))
            .build();

    assertThat(config.lint())
        .extracting(Problem::code, Problem::path)
        .containsExactly(tuple("KNOWN_WORKER_CONFLICT", "task_routing.filters[0].targets[0]"));
  }

  @Test
  void lint_timeoutLongerThanTaskTtl_warns() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("a")
                    .when("1==1")
                    .target(Target.queue(GOLD).timeout(Duration.ofDays(15))))
            .build();

    assertThat(config.lint())
        .extracting(Problem::code, Problem::severity)
        .containsExactly(tuple("TIMEOUT_EXCEEDS_TASK_TTL", Severity.WARNING));
    assertThat(config.requireValid()).isSameAs(config);
  }

  @Test
  void lint_noDefaultFilter_warns_andNoRouteAtAll_isAnError() {
    WorkflowConfiguration noDefault =
        WorkflowConfiguration.builder()
            .filter(Filter.named("a").when("1==1").target(Target.queue(GOLD)))
            .build();
    WorkflowConfiguration nothing = WorkflowConfiguration.builder().build();

    assertThat(noDefault.lint()).extracting(Problem::code).containsExactly("NO_DEFAULT_FILTER");
    assertThat(nothing.lint()).extracting(Problem::code).containsExactly("NO_ROUTE");
  }

  @Test
  void lint_caseMisspeltField_isAnErrorWithSuggestion() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\",\"Expression\":\"1==1\",\"timeout\":30}}}");

    assertThat(config.lint())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(
            tuple(
                "task_routing.default_filter.timeout", "DEFAULT_FILTER_TIMEOUT", Severity.WARNING),
            tuple("task_routing.default_filter.Expression", "MISSPELLED_FIELD", Severity.ERROR));
    assertThat(config.lint().get(1).message()).contains("did you mean `expression`?");
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          timout             | target   | timeout
          Timeout            | target   | timeout
          skip-if            | target   | skip_if
          skipIf             | target   | skip_if
          orderBy            | target   | order_by
          prioirty           | target   | priority
          knownWorkerSid     | target   | known_worker_sid
          filterFriendlyName | filter   | filter_friendly_name
          targes             | filter   | targets
          defaultFilter      | routing  | default_filter
          filtres            | routing  | filters
          Task_Routing       | document | task_routing
          """)
  void lint_misspeltKey_atEveryLevel_isAnErrorSuggestingTheKey(
      String key, String level, String meant) {
    String extra = "\"" + key + "\":30";
    String target =
        "{\"queue\":\"" + GOLD + "\"" + (level.equals("target") ? "," + extra : "") + "}";
    String filter =
        "{\"expression\":\"1==1\",\"targets\":["
            + target
            + "]"
            + (level.equals("filter") ? "," + extra : "")
            + "}";
    String routing =
        "{\"filters\":["
            + filter
            + "],\"default_filter\":{\"queue\":\""
            + EVERYONE
            + "\"}"
            + (level.equals("routing") ? "," + extra : "")
            + "}";
    String json =
        "{\"task_routing\":" + routing + (level.equals("document") ? "," + extra : "") + "}";

    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);

    assertThat(config.lint())
        .filteredOn(p -> p.code().equals("MISSPELLED_FIELD"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
              assertThat(p.path()).endsWith(key);
              assertThat(p.message()).endsWith("did you mean `" + meant + "`?");
            });
    assertThat(config.toJson()).contains(extra);
  }

  @Test
  void lint_unrelatedUnknownKey_staysAWarningWithoutSuggestion() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\"}},\"deployed_by\":\"terraform\"}");

    assertThat(config.lint())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("UNKNOWN_FIELD");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(p.message()).doesNotContain("did you mean");
            });
  }

  @Test
  void lint_blankKnownWorker_isAnErrorNotARefusal() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"known_worker_sid\":\" \",\"timeout\":30}]}],"
                + "\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\"}}}");

    assertThat(config.lint())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("task_routing.filters[0].targets[0].known_worker_sid", "BLANK_KNOWN_WORKER"));
  }

  @Test
  void lint_tooLarge_reportsSizeAgainstTwilioLimit() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("a")
                    .when("1==1")
                    .target(
                        Target.queue(GOLD).extra("blob", TextNode.valueOf("x".repeat(1_040_000)))))
            .build();

    assertThat(config.lint())
        .filteredOn(p -> p.code().equals("CONFIGURATION_TOO_LARGE"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("TaskRouter allows at most 1038576"));
  }

  @Test
  void lint_expressionProblems_carryPathAndColumn() {
    WorkflowConfiguration config =
        base()
            .filter(Filter.named("a").when("skill-level == 2").target(Target.queue(GOLD)))
            .build();

    assertThat(config.lint())
        .filteredOn(p -> p.path().equals("task_routing.filters[0].expression"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).startsWith("column "));
  }

  @Test
  void lintWorkspace_unknownQueueAndWorker_areErrors() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("VIP")
                    .when("1==1")
                    .target(Target.queue(GOLD).knownWorker(ALICE))
                    .target(Target.queue(GOLD).knownWorkerFriendlyName("bob")))
            .build();
    WorkspaceSnapshot workspace =
        WorkspaceSnapshot.builder().queue(EVERYONE).worker(ALICE, "Alice").build();

    assertThat(config.lint(workspace))
        .extracting(Problem::path, Problem::code)
        .contains(
            tuple("task_routing.filters[0].targets[0].queue", "UNKNOWN_QUEUE"),
            tuple(
                "task_routing.filters[0].targets[1].known_worker_friendly_name", "UNKNOWN_WORKER"))
        .doesNotContain(
            tuple("task_routing.filters[0].targets[0].known_worker_sid", "UNKNOWN_WORKER"));
    assertThatThrownBy(() -> config.requireValid(workspace))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task queue " + GOLD + " does not exist in the workspace");
  }

  @Test
  void lintWorkspace_taskAttributeReference_isNotCheckedAgainstWorkers() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("Callback")
                    .when("1==1")
                    .target(Target.queue(GOLD).knownWorkerSid("task.agent_sid")))
            .build();
    WorkspaceSnapshot workspace = WorkspaceSnapshot.builder().queue(GOLD).queue(EVERYONE).build();

    assertThat(config.lint(workspace)).isEmpty();
  }

  @Test
  void lint_knownWorkerSidNeitherReferenceNorSid_isAnError() {
    WorkflowConfiguration config =
        base()
            .filter(
                Filter.named("a")
                    .when("1==1")
                    .target(Target.queue(GOLD).knownWorkerSid("agent_sid")))
            .build();

    assertThat(config.lint()).extracting(Problem::code).containsExactly("INVALID_KNOWN_WORKER");
  }

  @Test
  void lintJson_unreadableDocument_returnsReadProblemsWithoutThrowing() {
    String json =
        "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\",\"order_by\":\"worker.level UP\"}]}]}}";

    assertThat(WorkflowConfiguration.lintJson(json))
        .extracting(Problem::path, Problem::code)
        .containsExactly(tuple("task_routing.filters[0].targets[0].order_by", "EXPRESSION_SYNTAX"));
  }
}
