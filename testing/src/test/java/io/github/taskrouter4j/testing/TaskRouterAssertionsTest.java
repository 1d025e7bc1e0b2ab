package io.github.taskrouter4j.testing;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.task;
import static io.github.taskrouter4j.workflow.expression.Expressions.taskrouter;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Expressions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Uses the assertions the way a user does: through the static entry point, on real files. */
class TaskRouterAssertionsTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");

  @Test
  void goldTickets_hasNoProblemsAndMatchesItsSnapshot() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Gold Tickets")
                    .when(attr("customer_value").eq("Gold").and(attr("type").eq("ticket")))
                    .target(Target.queue(GOLD).priority(2).timeout(Duration.ofSeconds(30)))
                    .target(Target.queue(EVERYONE)))
            .defaultQueue(EVERYONE)
            .build();

    assertThat(config).hasNoProblems().matchesSnapshot("snapshots/gold-tickets.json");
  }

  @Test
  void expressions_renderAndMatchLikeTaskRouter() {
    assertThat(attr("customer_value").eq("Gold"))
        .rendersAs("customer_value == \"Gold\"")
        .matches("{\"customer_value\": \"Gold\"}")
        .doesNotMatch("{\"customer_value\": \"Silver\"}")
        .doesNotMatch("{}");
    assertThat(task("language").in(worker("languages")))
        .rendersAs("task.language IN worker.languages")
        .matches("{\"language\": \"es\"}", "{\"languages\": [\"en\", \"es\"]}")
        .doesNotMatch("{\"language\": \"de\"}", "{\"languages\": [\"en\", \"es\"]}");
    assertThat(Expressions.parseWorkers("skills HAS 'billing'"))
        .matches("{\"skills\": [\"billing\"]}");
  }

  @Test
  void timeOfDay_matchesAtAGivenInstant() {
    assertThat(taskrouter("currentTime").gte(800).and(taskrouter("currentTime").lt(1800)))
        .matchesAt("{}", Instant.parse("2026-11-30T09:15:00Z"))
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> assertThat(e).matchesAt("{}", Instant.parse("2026-11-30T19:00:00Z")))
                    .hasMessageContaining("but it did not"));
  }
}
