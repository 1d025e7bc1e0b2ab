package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowTemplateTest {
  private static final String GOLD = "WQ0123456789abcdef0123456789abcdef";
  private static final String EVERYONE = "WQfedcba9876543210fedcba9876543210";
  private static final String AWAY = "WA0123456789abcdef0123456789abcdef";

  private static final String TEMPLATE =
      "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold\","
          + "\"expression\":\"customer_value == '${TIER}'\",\"targets\":["
          + "{\"queue\":\"${QUEUE_SID_GOLD}\",\"priority\":2,\"timeout\":30,"
          + "\"skip_if\":\"workers.WAxx < 2\"},"
          + "{\"queue\":\"{{ queue_sid }}\"}]}],"
          + "\"default_filter\":{\"queue\":\"{{ queue_sid }}\"}}}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ${QUEUE_SID_EVERYONE}  | QUEUE_SID_EVERYONE
          ${ QUEUE }             | QUEUE
          {{queue_sid}}          | queue_sid
          {{ .Values.queue }}    | .Values.queue
          %(queue)s              | queue
          $QUEUE                 | QUEUE
          <QUEUE_SID>            | QUEUE_SID
          WQXXXXXXXXXXXX         | WQXXXXXXXXXXXX
          YourGoldTicketQueueSid | YourGoldTicketQueueSid
          """)
  void fromJson_everyFormInASidPosition_isAQueuePlaceholder(String written, String name) {
    WorkflowTemplate template =
        WorkflowTemplate.fromJson(
            "{\"task_routing\":{\"default_filter\":{\"queue\":\"" + written + "\"}}}");

    assertThat(template.placeholders())
        .extracting(Placeholder::name, Placeholder::kind, Placeholder::paths)
        .containsExactly(
            tuple(
                name,
                Placeholder.Kind.TASK_QUEUE_SID,
                List.of("task_routing.default_filter.queue")));
    assertThat(template.toJson()).contains("\"queue\":\"" + written + "\"");
    assertThat(WorkflowTemplate.fromJson(template.toJson())).isEqualTo(template);
  }

  @Test
  void placeholders_areListedOnceInDocumentOrderWithKindAndEveryPath() {
    WorkflowTemplate template = WorkflowTemplate.fromJson(TEMPLATE);

    assertThat(template.placeholders())
        .extracting(Placeholder::name, Placeholder::kind, Placeholder::paths)
        .containsExactly(
            tuple("TIER", Placeholder.Kind.STRING, List.of("task_routing.filters[0].expression")),
            tuple(
                "QUEUE_SID_GOLD",
                Placeholder.Kind.TASK_QUEUE_SID,
                List.of("task_routing.filters[0].targets[0].queue")),
            tuple(
                "WAxx",
                Placeholder.Kind.ACTIVITY_SID,
                List.of("task_routing.filters[0].targets[0].skip_if")),
            tuple(
                "queue_sid",
                Placeholder.Kind.TASK_QUEUE_SID,
                List.of(
                    "task_routing.filters[0].targets[1].queue",
                    "task_routing.default_filter.queue")));
  }

  @Test
  void toJson_keepsPlaceholdersAndCanonicalOrder() {
    WorkflowTemplate template = WorkflowTemplate.fromJson(TEMPLATE);

    assertThat(template.toJson())
        .isEqualTo(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold\","
                + "\"expression\":\"customer_value == '${TIER}'\",\"targets\":["
                + "{\"queue\":\"${QUEUE_SID_GOLD}\",\"priority\":2,\"timeout\":30,"
                + "\"skip_if\":\"workers.WAxx < 2\"},"
                + "{\"queue\":\"{{ queue_sid }}\"}]}],"
                + "\"default_filter\":{\"queue\":\"{{ queue_sid }}\"}}}");
    assertThat(template.toPrettyJson()).contains("\"queue\": \"${QUEUE_SID_GOLD}\"");
    assertThat(WorkflowTemplate.fromJson(template.toPrettyJson())).isEqualTo(template);
  }

  @Test
  void bind_allPlaceholders_givesTheConfigurationOfTheSubstitutedText() {
    WorkflowTemplate template = WorkflowTemplate.fromJson(TEMPLATE);

    WorkflowConfiguration bound =
        template.bind(
            Map.of(
                "TIER",
                "Gold",
                "QUEUE_SID_GOLD",
                TaskQueueSid.of(GOLD),
                "WAxx",
                ActivitySid.of(AWAY),
                "queue_sid",
                EVERYONE));

    assertThat(bound)
        .isEqualTo(
            WorkflowConfiguration.fromJson(
                TEMPLATE
                    .replace("${TIER}", "Gold")
                    .replace("${QUEUE_SID_GOLD}", GOLD)
                    .replace("WAxx", AWAY)
                    .replace("{{ queue_sid }}", EVERYONE)));
  }

  @Test
  void bind_missingAndUnknownKeys_areNamed() {
    WorkflowTemplate template = WorkflowTemplate.fromJson(TEMPLATE);

    assertThatThrownBy(() -> template.bind(Map.of("TIER", "Gold", "QUEUE", GOLD)))
        .isInstanceOf(InvalidConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((InvalidConfigurationException) e).problems())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(
                        tuple("", "UNKNOWN_PLACEHOLDER"),
                        tuple("task_routing.filters[0].targets[0].queue", "UNBOUND_PLACEHOLDER"),
                        tuple("task_routing.filters[0].targets[0].skip_if", "UNBOUND_PLACEHOLDER"),
                        tuple("task_routing.filters[0].targets[1].queue", "UNBOUND_PLACEHOLDER")))
        .hasMessageContaining("`QUEUE` matches no placeholder; the template has TIER,")
        .hasMessageContaining(
            "placeholder `queue_sid` (a task queue SID (WQ…)) is not bound; it stands at"
                + " task_routing.filters[0].targets[1].queue, task_routing.default_filter.queue");
  }

  @Test
  void bind_workerSidForAQueuePlaceholder_namesPlaceholderAndPath() {
    WorkflowTemplate template =
        WorkflowTemplate.fromJson(
            "{\"task_routing\":{\"default_filter\":{\"queue\":\"${EVERYONE}\"}}}");

    assertThatThrownBy(
            () ->
                template.bind(
                    Map.of("EVERYONE", WorkerSid.of("WK0123456789abcdef0123456789abcdef"))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.default_filter.queue")
        .hasMessageContaining("placeholder `EVERYONE` needs a task queue SID (WQ…)")
        .hasMessageContaining("a SID starting with WK")
        .hasMessageContaining("PLACEHOLDER_TYPE");
    assertThatThrownBy(() -> template.bind(Map.of("EVERYONE", "not-a-sid")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("placeholder `EVERYONE` needs a task queue SID (WQ…)");
  }

  @Test
  void lint_runsValueIndependentRulesAndSaysWhatItSkipped() {
    WorkflowTemplate template =
        WorkflowTemplate.fromJson(
            "{\"task_routing\":{\"filters\":["
                + "{\"expression\":\"type == '${A}' AND type == '${B}'\","
                + "\"targets\":[{\"queue\":\"${Q}\",\"timout\":30}]}],"
                + "\"default_filter\":{\"queue\":\"${Q}\"}}}");

    TemplateLint lint = template.lint();

    assertThat(lint.problems())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(
            tuple("task_routing.filters[0].targets[0].timout", "MISSPELLED_FIELD", Severity.ERROR));
    assertThat(lint.skipped()).containsKeys("CONFIGURATION_TOO_LARGE", "always-false");
    assertThat(lint.skipped().get("always-false")).contains("depends on the value of A, B");
  }

  @Test
  void fromJson_nonPlaceholderProblems_areStillRefused() {
    assertThatThrownBy(
            () ->
                WorkflowTemplate.fromJson(
                    "{\"task_routing\":{\"filters\":[{\"expression\":\"type HSA '${T}'\","
                        + "\"targets\":[{\"queue\":\"${Q}\",\"priority\":\"high\"}]}]}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].expression")
        .hasMessageContaining("did you mean `HAS`?")
        .hasMessageContaining("type HSA '${T}'")
        .hasMessageContaining("task_routing.filters[0].targets[0].priority");
  }

  @Test
  void fromJson_oneNameForTwoKindsOfSid_isRefused() {
    assertThatThrownBy(
            () ->
                WorkflowTemplate.fromJson(
                    "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":"
                        + "[{\"queue\":\"${X}\",\"skip_if\":\"workers.${X} == 0\"}]}]}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].targets[0].skip_if")
        .hasMessageContaining("PLACEHOLDER_KIND_CONFLICT");
  }

  @Test
  void configurationFromJson_ofATemplate_pointsToWorkflowTemplate() {
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(TEMPLATE))
        .isInstanceOf(InvalidConfigurationException.class)
        .satisfies(
            e -> {
              List<Problem> problems = ((InvalidConfigurationException) e).problems();
              assertThat(problems.get(0).code()).isEqualTo("TEMPLATE_PLACEHOLDERS");
              assertThat(problems.get(0).message())
                  .contains("WorkflowTemplate.fromJson")
                  .contains("${QUEUE_SID_GOLD}");
            });
  }

  @Test
  void configurationFromJson_ofABrokenDocument_hasNoTemplateHint() {
    assertThatThrownBy(
            () -> WorkflowConfiguration.fromJson("{\"task_routing\":{\"filters\":[{}]}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .message()
        .doesNotContain("TEMPLATE_PLACEHOLDERS");
  }

  @Test
  void fromJson_valueWholeInExpressionAndAngleOperators_areTellApart() {
    WorkflowTemplate template =
        WorkflowTemplate.fromJson(
            "{\"task_routing\":{\"filters\":[{\"expression\":\"priority > $MIN AND a <b\","
                + "\"targets\":[{\"queue\":\""
                + GOLD
                + "\"}]}]}}");

    assertThat(template.placeholders()).extracting(Placeholder::name).containsExactly("MIN");
    assertThat(template.bind(Map.of("MIN", 5)).taskRouting().filters().get(0).expression())
        .hasToString("priority > 5 AND a <b");
  }
}
