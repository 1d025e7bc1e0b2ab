package io.github.taskrouter4j.testing;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowTemplateAssertTest {
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");
  private static final TaskQueueSid SALES = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");

  private static final WorkflowTemplate CLEAN =
      WorkflowTemplate.fromJson(
          "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Sales\","
              + "\"expression\":\"type == 'sales'\",\"targets\":[{\"queue\":\"${QUEUE_SID_SALES}\"}]}],"
              + "\"default_filter\":{\"queue\":\"${QUEUE_SID_EVERYONE}\"}}}");

  private static final WorkflowTemplate TYPO =
      WorkflowTemplate.fromJson(
          "{\"task_routing\":{\"filters\":[{\"expression\":\"1==1\",\"targets\":"
              + "[{\"queue\":\"{{q}}\",\"timout\":30}]}],\"default_filter\":{\"queue\":\"{{q}}\"}}}");

  @Test
  void cleanTemplate_passesEveryAssertion() {
    assertThat(CLEAN)
        .hasNoProblems()
        .hasPlaceholders("QUEUE_SID_SALES", "QUEUE_SID_EVERYONE")
        .bindsTo(Map.of("QUEUE_SID_SALES", SALES, "QUEUE_SID_EVERYONE", EVERYONE));
  }

  @Test
  void hasNoProblems_typo_failsShowingTheProblem() {
    assertThatThrownBy(() -> assertThat(TYPO).hasNoProblems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lint() found 1")
        .hasMessageContaining("task_routing.filters[0].targets[0].timout")
        .hasMessageContaining("did you mean `timeout`?");
  }

  @Test
  void hasPlaceholders_wrongOrderOrNames_failsWithBothSides() {
    assertThatThrownBy(() -> assertThat(CLEAN).hasPlaceholders("QUEUE_SID_EVERYONE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[QUEUE_SID_EVERYONE]")
        .hasMessageContaining("[QUEUE_SID_SALES, QUEUE_SID_EVERYONE]")
        .hasMessageContaining("task_routing.default_filter.queue");
  }

  @Test
  void bindsTo_missingValue_failsNamingThePlaceholder() {
    assertThatThrownBy(() -> assertThat(CLEAN).bindsTo(Map.of("QUEUE_SID_SALES", SALES)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the template to bind")
        .hasMessageContaining("placeholder `QUEUE_SID_EVERYONE`");
  }
}
