package io.github.taskrouter4j.testing;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutesLikeAssertTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid SILVER = TaskQueueSid.of("WQ11111111111111111111111111111111");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");

  private static final String GOLD_TASK = "{\"customer_value\": \"Gold\"}";
  private static final String SILVER_TASK = "{\"customer_value\": \"Silver\"}";
  private static final String BRONZE_TASK = "{\"customer_value\": \"Bronze\"}";

  private static final WorkflowConfiguration BEFORE = goldTickets(30);

  /** Adds a Silver filter: only Silver tasks should move. */
  private static final WorkflowConfiguration AFTER =
      BEFORE.toBuilder()
          .filter(
              Filter.named("Silver Tickets")
                  .when("customer_value == 'Silver'")
                  .target(Target.queue(SILVER)))
          .build();

  private static WorkflowConfiguration goldTickets(int timeoutSeconds) {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Gold Tickets")
                .when("customer_value == 'Gold'")
                .target(Target.queue(GOLD).priority(2).timeout(Duration.ofSeconds(timeoutSeconds)))
                .target(Target.queue(EVERYONE)))
        .defaultQueue(EVERYONE)
        .build();
  }

  @Test
  void forTasks_onlyExceptedTasksMove_passes() {
    assertThat(AFTER)
        .routesLike(BEFORE)
        .except(task -> task.path("customer_value").asText().equals("Silver"))
        .forTasks(GOLD_TASK, SILVER_TASK, BRONZE_TASK);
    assertThat(AFTER).routesLike(BEFORE).except(SILVER_TASK).forTasks(SILVER_TASK, BRONZE_TASK);
  }

  @Test
  void forTasks_sameConfiguration_passesWithoutExceptions() {
    assertThat(BEFORE).routesLike(BEFORE).forTasks(GOLD_TASK, SILVER_TASK, BRONZE_TASK);
  }

  @Test
  void forTasks_unexpectedMove_failsNamingTheTaskAndBothRoutes() {
    assertThatThrownBy(() -> assertThat(AFTER).routesLike(BEFORE).forTasks(GOLD_TASK, SILVER_TASK))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the changed configuration to route 2 tasks as before")
        .hasMessageContaining("but 1 routed differently")
        .hasMessageContaining(
            "task 1 {\"customer_value\":\"Silver\"}: (default filter): "
                + "WQfedcba9876543210fedcba9876543210; first worker nobody -> Silver Tickets: "
                + "WQ11111111111111111111111111111111; first worker nobody");
  }

  @Test
  void forTasks_exceptionForAnotherTask_stillFails() {
    WorkflowConfiguration slower = goldTickets(60);

    assertThatThrownBy(
            () ->
                assertThat(slower)
                    .routesLike(BEFORE)
                    .except(SILVER_TASK)
                    .forTasks(GOLD_TASK, SILVER_TASK))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("(except those allowed), but 1 routed differently")
        .hasMessageContaining("Gold Tickets: WQ0123456789abcdef0123456789abcdef p2 30s");
  }

  @Test
  void forTasks_badJson_namesThePosition() {
    assertThatThrownBy(() -> assertThat(AFTER).routesLike(BEFORE).forTasks(GOLD_TASK, "{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tasks[1] is not valid JSON: ");
  }
}
