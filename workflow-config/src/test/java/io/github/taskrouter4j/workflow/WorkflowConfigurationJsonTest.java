package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkflowConfigurationJsonTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");

  /** The seed workflow, in the legacy spelling of the 2015 Ruby/Python docs. */
  static final String SEED =
      "{\"task_routing\":{\"filters\":[{\"friendly_name\":\"Gold Tickets\","
          + "\"expression\":\"customer_value == 'Gold' AND type == 'ticket'\","
          + "\"targets\":[{\"task_queue_sid\":\"WQ0123456789abcdef0123456789abcdef\","
          + "\"priority\":\"2\"}]}],"
          + "\"default_filter\":{\"task_queue_sid\":\"WQfedcba9876543210fedcba9876543210\"}}}";

  @Test
  void fromJson_legacySeedSpelling_readsTypedModel() {
    WorkflowConfiguration config = WorkflowConfiguration.fromJson(SEED);

    Filter gold = config.taskRouting().filters().get(0);
    assertThat(gold.name()).isEqualTo("Gold Tickets");
    assertThat(gold.expression()).hasToString("customer_value == 'Gold' AND type == 'ticket'");
    assertThat(gold.targets()).hasSize(1);
    assertThat(gold.targets().get(0).queue()).isEqualTo(GOLD);
    assertThat(gold.targets().get(0).priority()).hasValue(2);
    assertThat(config.taskRouting().defaultFilter().orElseThrow().queue()).isEqualTo(EVERYONE);
  }

  @Test
  void toJson_legacySeed_writesCanonicalSpelling() {
    String json = WorkflowConfiguration.fromJson(SEED).toJson();

    assertThat(json)
        .isEqualTo(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold Tickets\","
                + "\"expression\":\"customer_value == 'Gold' AND type == 'ticket'\","
                + "\"targets\":[{\"queue\":\"WQ0123456789abcdef0123456789abcdef\","
                + "\"priority\":2}]}],"
                + "\"default_filter\":{\"queue\":\"WQfedcba9876543210fedcba9876543210\"}}}");
  }

  @Test
  void toPrettyJson_seed_usesCanonicalLayout() {
    String pretty = WorkflowConfiguration.fromJson(SEED).toPrettyJson();

    assertThat(pretty)
        .isEqualTo(
            "{\n"
                + "  \"task_routing\": {\n"
                + "    \"filters\": [\n"
                + "      {\n"
                + "        \"filter_friendly_name\": \"Gold Tickets\",\n"
                + "        \"expression\": \"customer_value == 'Gold' AND type == 'ticket'\",\n"
                + "        \"targets\": [\n"
                + "          {\n"
                + "            \"queue\": \"WQ0123456789abcdef0123456789abcdef\",\n"
                + "            \"priority\": 2\n"
                + "          }\n"
                + "        ]\n"
                + "      }\n"
                + "    ],\n"
                + "    \"default_filter\": {\n"
                + "      \"queue\": \"WQfedcba9876543210fedcba9876543210\"\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
  }

  @Test
  void fromJson_seed_equalsTheSameConfigurationBuiltInJava() {
    WorkflowConfiguration built =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Gold Tickets")
                    .when("customer_value == 'Gold' AND type == 'ticket'")
                    .target(Target.queue(GOLD).priority(2)))
            .defaultQueue(EVERYONE)
            .build();

    assertThat(WorkflowConfiguration.fromJson(SEED)).isEqualTo(built);
    assertThat(WorkflowConfiguration.fromJson(built.toJson())).isEqualTo(built);
  }

  @Test
  void fromJson_unknownFieldsAtEveryLevel_keptAndWrittenBack() {
    String json =
        "{\"version\":3,\"task_routing\":{\"note\":\"x\",\"filters\":[{\"expression\":\"1==1\","
            + "\"ui\":{\"color\":\"red\"},\"targets\":[{\"queue\":\""
            + GOLD
            + "\",\"escalate\":[1,2.50]}]}],\"default_filter\":{\"queue\":\""
            + EVERYONE
            + "\",\"timeout\":\"20\",\"Expression\":\"1==1\"}}}";

    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);

    assertThat(config.toJson())
        .isEqualTo(
            "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"escalate\":[1,2.50]}],\"ui\":{\"color\":\"red\"}}],\"default_filter\":"
                + "{\"queue\":\""
                + EVERYONE
                + "\",\"timeout\":\"20\",\"Expression\":\"1==1\"},\"note\":\"x\"},\"version\":3}");
    assertThat(config.extras()).containsKey("version");
    assertThat(config.taskRouting().filters().get(0).extras().get("ui").get("color").asText())
        .isEqualTo("red");
    assertThat(WorkflowConfiguration.fromJson(config.toJson())).isEqualTo(config);
  }

  @Test
  void extras_returnedCopies_cannotChangeTheConfiguration() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .defaultQueue(EVERYONE)
            .extra("meta", JsonNodeFactory.instance.objectNode().put("a", 1))
            .build();

    ((com.fasterxml.jackson.databind.node.ObjectNode) config.extras().get("meta")).put("a", 2);

    assertThat(config.toJson()).contains("\"meta\":{\"a\":1}");
  }

  @Test
  void fromJson_numbersAsStrings_readAsIntegers() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"a\",\"expression\":"
                + "\"1==1\",\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"priority\":\"10\",\"timeout\":\"20\"},{\"timeout\":15}]}]}}");

    Target first = config.taskRouting().filters().get(0).targets().get(0);
    Target second = config.taskRouting().filters().get(0).targets().get(1);
    assertThat(first.priority()).hasValue(10);
    assertThat(first.timeout()).hasValue(Duration.ofSeconds(20));
    assertThat(second.declaresQueue()).isFalse();
    assertThat(second.queue()).isEqualTo(GOLD);
    assertThat(config.toJson()).contains("\"priority\":10,\"timeout\":20},{\"timeout\":15}");
  }

  @Test
  void fromJson_badValues_reportsEveryProblemWithItsPath() {
    String json =
        "{\"task_routing\":{\"filters\":["
            + "{\"filter_friendly_name\":\"a\",\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\"}]},"
            + "{\"filter_friendly_name\":\"b\",\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\"}]},"
            + "{\"filter_friendly_name\":\"c\",\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\",\"priority\":\"high\",\"timeout\":-5}]}],"
            + "\"default_filter\":{\"queue\":\"WK0123456789abcdef0123456789abcdef\"}}}";

    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(json))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(
            "task_routing.filters[2].targets[0].priority: expected an integer, got \"high\"")
        .hasMessageContaining("task_routing.filters[2].targets[0].timeout")
        .hasMessageContaining("timeout must be a positive number of seconds, was PT-5S")
        .hasMessageContaining(
            "task_routing.default_filter.queue: TaskQueueSid must start with 'WQ'")
        .satisfies(
            e ->
                assertThat(((InvalidConfigurationException) e).problems())
                    .extracting(Problem::code)
                    .containsExactly("INVALID_TYPE", "INVALID_TIMEOUT", "INVALID_SID"));
  }

  @Test
  void fromJson_missingTaskRouting_reportsIt() {
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson("{\"filters\":[]}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing: is required");
  }

  @Test
  void fromJson_syntaxError_reportsLineAndColumn() {
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson("{\n  \"task_routing\": {,}\n}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("not valid JSON at line 2, column 20");
  }

  @Test
  void fromJson_duplicateKey_isAnErrorNotASilentDrop() {
    assertThatThrownBy(
            () -> WorkflowConfiguration.fromJson("{\"task_routing\":{},\"task_routing\":{}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("Duplicate field 'task_routing'");
  }

  @Test
  void fromJson_badExpression_namesFilterPathAndColumn() {
    String json =
        "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold\",\"expression\":"
            + "\"type == 'ticket\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\"}]}]}}";

    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(json))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].expression: filter \"Gold\"")
        .hasMessageContaining("column 9");
  }

  @Test
  void fromJson_conflictingLegacyAndCanonicalNames_readsKeepsAndLints() {
    String json =
        "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"a\",\"friendly_name\":\"b\","
            + "\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
            + GOLD
            + "\"}]}]}}";

    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);

    assertThat(config.taskRouting().filters().get(0).name()).isEqualTo("a");
    assertThat(config.toJson()).contains("\"friendly_name\":\"b\"");
    assertThat(WorkflowConfiguration.fromJson(config.toJson())).isEqualTo(config);
    assertThat(config.lint())
        .filteredOn(p -> p.code().equals("CONFLICTING_FIELDS"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("task_routing.filters[0].friendly_name");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void fromJson_conflictingQueueSpellings_isALintError() {
    String json =
        "{\"task_routing\":{\"default_filter\":{\"queue\":\""
            + GOLD
            + "\",\"task_queue_sid\":\""
            + EVERYONE
            + "\"}}}";

    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);

    assertThat(config.taskRouting().defaultFilter().orElseThrow().queue()).isEqualTo(GOLD);
    assertThat(config.lint())
        .extracting(Problem::path, Problem::code, Problem::severity)
        .containsExactly(
            tuple(
                "task_routing.default_filter.task_queue_sid",
                "CONFLICTING_FIELDS",
                Severity.ERROR));
  }

  @Test
  void fromJson_emptyFilterName_staysAnEmptyString() {
    String json =
        "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"\",\"expression\":\"1==1\","
            + "\"targets\":[{\"queue\":\""
            + GOLD
            + "\"}]}]}}";

    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);

    assertThat(config.toJson()).isEqualTo(json);
    assertThat(config.taskRouting().filters().get(0).name()).isEmpty();
    assertThat(WorkflowConfiguration.fromJson(config.toJson())).isEqualTo(config);
    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void fromJson_misspeltTaskRouting_isRefusedWithSuggestion() {
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson("{\"taskRouting\":{}}"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing: is required")
        .hasMessageContaining("found \"taskRouting\": did you mean `task_routing`?");
  }

  @Test
  void fromJson_wrongTypes_reportExpectedAndActual() {
    String json =
        "{\"task_routing\":{\"filters\":{\"a\":1},\"default_filter\":{\"queue\":\""
            + EVERYONE
            + "\",\"priority\":1.5}}}";

    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(json))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters: expected an array, got {\"a\":1}")
        .hasMessageContaining("task_routing.default_filter.priority: expected an integer, got 1.5");
  }

  @Test
  void fromJson_nullOptionalFields_readAsAbsent() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"known_worker_sid\":null,\"priority\":null}]}],\"default_filter\":null}}");

    Target target = config.taskRouting().filters().get(0).targets().get(0);
    assertThat(target.knownWorkerSid()).isEmpty();
    assertThat(target.priority()).isEmpty();
    assertThat(config.taskRouting().defaultFilter()).isEmpty();
  }

  @Test
  void fromJson_missingFilterExpressionAndNonObjectTarget_reportsBoth() {
    String json =
        "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"a\",\"targets\":[\"WQ\"]}]}}";

    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(json))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].expression: is required")
        .hasMessageContaining("task_routing.filters[0].targets[0]: expected an object, got \"WQ\"");
  }

  @Test
  void fromJson_legacyAndCanonicalNamesAgreeing_isAccepted() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\",\"task_queue_sid\":\""
                + EVERYONE
                + "\"}}}");

    assertThat(config.toJson())
        .isEqualTo(
            "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\"}}}");
  }

  @Test
  void fromJson_notAnObject_saysWhatItGot() {
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson("[1]"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("(document): expected an object, got [1]");
    assertThatThrownBy(() -> WorkflowConfiguration.fromJson(""))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("the document is empty");
  }
}
