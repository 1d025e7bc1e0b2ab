package io.github.taskrouter4j.workspace;

import static io.github.taskrouter4j.workspace.Fixtures.EVERYONE;
import static io.github.taskrouter4j.workspace.Fixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfigurationDiffTest {
  private static final Map<TaskQueueSid, String> NAMES =
      Map.of(SALES.ref(), "Sales", EVERYONE.ref(), "Everyone");

  private static List<String> diff(WorkflowConfiguration before, WorkflowConfiguration after) {
    return ConfigurationDiff.between(
            "configuration",
            ConfigurationView.of(before, NAMES::get),
            ConfigurationView.of(after, NAMES::get))
        .stream()
        .map(FieldChange::toString)
        .collect(Collectors.toList());
  }

  private static Filter filter(String name, String when, QueueKey queue) {
    return Filter.named(name).when(when).target(Target.queue(queue.ref())).build();
  }

  /** The filters, then everything else to Everyone. */
  private static WorkflowConfiguration routing(Filter... filters) {
    return WorkflowConfiguration.builder()
        .filters(List.of(filters))
        .defaultQueue(EVERYONE.ref())
        .build();
  }

  @Test
  void between_sameRoutingWrittenDifferently_isEmpty() {
    WorkflowConfiguration parsed =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold\","
                + "\"expression\":\"customer_value=='Gold'\","
                + "\"targets\":[{\"queue\":\""
                + SALES.ref()
                + "\",\"priority\":\"2\",\"timeout\":30},{\"queue\":\""
                + EVERYONE.ref()
                + "\"}]}],\"default_filter\":{\"queue\":\""
                + EVERYONE.ref()
                + "\"}}}");

    assertThat(diff(parsed, Fixtures.routing())).isEmpty();
  }

  @Test
  void between_targetFieldsChanged_showsEachLeafByFilterName() {
    WorkflowConfiguration after =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Gold")
                    .when("customer_value == \"Gold\"")
                    .target(
                        Target.queue(EVERYONE.ref()).priority(2).timeout(Duration.ofSeconds(60)))
                    .target(Target.queue(EVERYONE.ref())))
            .defaultQueue(SALES.ref())
            .build();

    assertThat(diff(Fixtures.routing(), after))
        .containsExactly(
            "configuration.filters[\"Gold\"].targets[0].queue: \"Sales\" -> \"Everyone\"",
            "configuration.filters[\"Gold\"].targets[0].timeout: 30 -> 60",
            "configuration.default_filter.queue: \"Everyone\" -> \"Sales\"");
  }

  @Test
  void between_filtersAddedRemovedAndReordered_areNamed() {
    WorkflowConfiguration before =
        routing(
            filter("A", "a == 1", SALES),
            filter("B", "b == 1", SALES),
            filter("Old", "c == 1", SALES));
    WorkflowConfiguration after =
        routing(
            filter("B", "b == 1", SALES),
            filter("A", "a == 1", SALES),
            filter("New", "d == 1", EVERYONE));

    List<String> changes = diff(before, after);

    assertThat(changes)
        .containsExactly(
            "configuration.filters[\"Old\"]: {\"filter_friendly_name\":\"Old\",\"expression\":\"c"
                + " == 1\",\"targets\":[{\"queue\":\"Sales\"}]} -> (none)",
            "configuration.filters[\"New\"]: (none) -> {\"filter_friendly_name\":\"New\","
                + "\"expression\":\"d == 1\",\"targets\":[{\"queue\":\"Everyone\"}]}",
            "configuration.filter_order: [\"A\",\"B\"] -> [\"B\",\"A\"]");
  }

  @Test
  void between_targetAdded_isOneChangeAtItsIndex() {
    WorkflowConfiguration after =
        Fixtures.routing().toBuilder().filter(filter("Extra", "x == 1", SALES)).build();
    WorkflowConfiguration fewerTargets =
        routing(
            Filter.named("Gold")
                .when("customer_value == \"Gold\"")
                .target(Target.queue(SALES.ref()).priority(2).timeout(Duration.ofSeconds(30)))
                .build());

    assertThat(diff(fewerTargets, Fixtures.routing()))
        .containsExactly(
            "configuration.filters[\"Gold\"].targets[1]: (none) -> {\"queue\":\"Everyone\"}");
    assertThat(diff(Fixtures.routing(), after)).hasSize(1);
  }
}
