package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Configurations in the shapes found in the wild (see docs/routing-semantics.md section 1):
 * Twilio's docs, recorded API traffic and production workflows. Each is read, re-written
 * canonically and read back with the same meaning.
 */
class RealWorldConfigurationsTest {
  private static final String Q1 = "WQ11111111111111111111111111111111";
  private static final String Q2 = "WQ22222222222222222222222222222222";

  private static WorkflowConfiguration roundTrip(String json) {
    WorkflowConfiguration config = WorkflowConfiguration.fromJson(json);
    WorkflowConfiguration again = WorkflowConfiguration.fromJson(config.toJson());
    assertThat(again).isEqualTo(config);
    assertThat(again.toJson()).isEqualTo(config.toJson());
    return config;
  }

  @Test
  void knownAgentDocsExample_numericStrings_becomeNumbers() {
    // Known-agent routing docs: priority and timeout given as strings, an attribute reference.
    WorkflowConfiguration config =
        roundTrip(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Known agent\","
                + "\"expression\":\"1==1\",\"targets\":[{\"queue\":\""
                + Q1
                + "\",\"known_worker_friendly_name\":\"task.preferred_agent\","
                + "\"priority\":\"100\",\"timeout\":\"10\"},{\"queue\":\""
                + Q1
                + "\"}]}],\"default_filter\":{\"queue\":\""
                + Q1
                + "\"}}}");

    Target known = config.taskRouting().filters().get(0).targets().get(0);
    assertThat(known.priority()).hasValue(100);
    assertThat(known.timeout()).hasValue(Duration.ofSeconds(10));
    assertThat(known.knownWorkerFriendlyName()).hasValue("task.preferred_agent");
    assertThat(config.toJson()).contains("\"priority\":100,\"timeout\":10,");
    assertThat(config.lint()).isEmpty();
  }

  @Test
  void parkingStep_emptyTargetAfterNeverMatchingStep_keepsTheQueue() {
    // Flex project template callback workflow: a 1==0 step parks the task, then {} re-targets.
    WorkflowConfiguration config =
        roundTrip(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Park\","
                + "\"expression\":\"park == true\",\"targets\":[{\"queue\":\""
                + Q1
                + "\",\"expression\":\"1==0\",\"timeout\":300},{}]}],"
                + "\"default_filter\":{\"queue\":\""
                + Q2
                + "\"}}}");

    Target parked = config.taskRouting().filters().get(0).targets().get(1);
    assertThat(parked.declaresQueue()).isFalse();
    assertThat(parked.queue().value()).isEqualTo(Q1);
    assertThat(config.toJson()).contains("\"timeout\":300,\"expression\":\"1==0\"},{}]");
  }

  @Test
  void recordedDefaultFilter_withUnknownKeys_isKeptAndFlagged() {
    // Recorded API traffic (task-router-django): unknown keys in default_filter echoed unchanged.
    WorkflowConfiguration config =
        roundTrip(
            "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\""
                + Q1
                + "\",\"filter_friendly_name\":\"Default\",\"Expression\":\"1==1\"}}}");

    assertThat(config.toJson())
        .endsWith(
            "\"default_filter\":{\"queue\":\""
                + Q1
                + "\",\"filter_friendly_name\":\"Default\",\"Expression\":\"1==1\"}}}");
    assertThat(config.lint())
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            tuple("task_routing.default_filter.filter_friendly_name", "UNKNOWN_FIELD"),
            tuple("task_routing.default_filter.Expression", "MISSPELLED_FIELD"));
  }

  @Test
  void productionHelplineTargets_leadingSpacesAndChannelCounts_surviveUnchanged() {
    // Production helpline workflows: a leading space inside the expression string, channel counts.
    String target = " task.isContactlessTask == true AND worker.channel.chat.assigned_tasks == 0";
    WorkflowConfiguration config =
        roundTrip(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Chat\","
                + "\"expression\":\"channelType == 'web' AND transferTargetType != 'worker'\","
                + "\"targets\":[{\"queue\":\""
                + Q1
                + "\",\"expression\":\""
                + target
                + "\",\"timeout\":60},{\"queue\":\""
                + Q2
                + "\",\"expression\":\"worker.sid != task.ignoreAgent\"}]}],"
                + "\"default_filter\":{\"queue\":\""
                + Q2
                + "\"}}}");

    assertThat(config.taskRouting().filters().get(0).targets().get(0).expression().orElseThrow())
        .hasToString(target);
    assertThat(config.toJson()).contains("\"expression\":\"" + target + "\"");
  }

  @Test
  void simpleDefaultExample_withoutFilters_isValid() {
    // Workflow docs, "Simple Default example": no filters at all.
    WorkflowConfiguration config =
        roundTrip("{\"task_routing\":{\"default_filter\":{\"queue\":\"" + Q1 + "\"}}}");

    assertThat(config.taskRouting().filters()).isEmpty();
    assertThat(config.lint()).isEmpty();
    assertThat(config.toPrettyJson())
        .isEqualTo(
            "{\n  \"task_routing\": {\n    \"filters\": [],\n    \"default_filter\": {\n"
                + "      \"queue\": \""
                + Q1
                + "\"\n    }\n  }\n}\n");
  }
}
