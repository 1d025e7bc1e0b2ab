package io.github.taskrouter4j.workflow;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;
import static io.github.taskrouter4j.workflow.expression.Expressions.task;
import static io.github.taskrouter4j.workflow.expression.Expressions.worker;
import static io.github.taskrouter4j.workflow.expression.Expressions.workers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpressionContextTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");

  @Test
  void when_builtFilterExpression_rendersCanonically() {
    Filter filter =
        Filter.named("Gold Tickets")
            .when(attr("customer_value").eq("Gold").and(attr("type").eq("ticket")))
            .target(Target.queue(GOLD))
            .build();

    assertThat(filter.expression())
        .hasToString("(customer_value == \"Gold\") AND (type == \"ticket\")");
    assertThat(filter.expression().test(node("{\"customer_value\":\"Gold\",\"type\":\"ticket\"}")))
        .isTrue();
  }

  @Test
  void when_targetExpressionInAFilter_isReportedWithFilterName() {
    assertThatThrownBy(
            () ->
                Filter.named("Wrong").when(task("type").eq("x")).target(Target.queue(GOLD)).build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("expression: filter \"Wrong\": expression 'task.type == \"x\"'")
        .hasMessageContaining("does not fit here");
  }

  @Test
  void targetExpression_bareAttributes_areReportedWithTarget() {
    assertThatThrownBy(
            () ->
                Filter.named("Skills")
                    .when("1==1")
                    .target(Target.queue(GOLD).expression(attr("skill").eq("x")))
                    .build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("targets[0].expression: filter \"Skills\", target 1")
        .satisfies(
            e ->
                assertThat(((InvalidConfigurationException) e).problems())
                    .extracting(Problem::code)
                    .containsExactly("EXPRESSION_CONTEXT"));
  }

  @Test
  void targetExpression_builtWithPrefixes_isTyped() {
    Target target =
        Target.queue(GOLD)
            .expression(task("language").in(worker("languages")))
            .skipIf(workers("available").eq(0))
            .timeout(Duration.ofSeconds(10))
            .build();

    assertThat(target.expression().orElseThrow()).hasToString("task.language IN worker.languages");
    assertThat(target.skipIf().orElseThrow()).hasToString("workers.available == 0");
    assertThat(target.toString())
        .isEqualTo(
            "{\"queue\":\""
                + GOLD
                + "\",\"timeout\":10,\"expression\":\"task.language IN worker.languages\","
                + "\"skip_if\":\"workers.available == 0\"}");
  }

  @Test
  void parsedExpression_keepsItsOriginalText() {
    WorkflowConfiguration config =
        WorkflowConfiguration.fromJson(
            "{\"task_routing\":{\"filters\":[{\"expression\":\"  type=='a'   AND x > 1\","
                + "\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"order_by\":\"worker.level DESC\"}]}]}}");

    assertThat(config.toJson()).contains("\"expression\":\"  type=='a'   AND x > 1\"");
    assertThat(config.taskRouting().filters().get(0).expression())
        .isEqualTo(Expressions.parseFilter("type == 'a' AND x > 1"));
  }

  @Test
  void defaultFilter_expressionAndPriority_areModelled() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .defaultFilter(
                DefaultFilter.queue(GOLD).priority(1).expression("worker.available == true"))
            .build();

    DefaultFilter fallback = config.taskRouting().defaultFilter().orElseThrow();
    assertThat(fallback.priority()).hasValue(1);
    assertThat(fallback.expression().orElseThrow()).hasToString("worker.available == true");
    assertThat(WorkflowConfiguration.fromJson(config.toJson())).isEqualTo(config);
  }

  private static com.fasterxml.jackson.databind.JsonNode node(String json) {
    try {
      return io.github.taskrouter4j.json.TaskRouterJson.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
