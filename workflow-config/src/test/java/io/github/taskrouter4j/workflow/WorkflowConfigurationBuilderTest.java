package io.github.taskrouter4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Expressions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkflowConfigurationBuilderTest {
  private static final TaskQueueSid GOLD = TaskQueueSid.of("WQ0123456789abcdef0123456789abcdef");
  private static final TaskQueueSid EVERYONE =
      TaskQueueSid.of("WQfedcba9876543210fedcba9876543210");

  @Test
  void build_routingRules_readBackAsTypedValues() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(
                Filter.named("Gold Tickets")
                    .when("customer_value == 'Gold'")
                    .target(Target.queue(GOLD).priority(2).timeout(Duration.ofSeconds(30)))
                    .target(Target.queue(EVERYONE)))
            .defaultQueue(EVERYONE)
            .build();

    Filter gold = config.taskRouting().filters().get(0);
    assertThat(gold.targets()).extracting(Target::queue).containsExactly(GOLD, EVERYONE);
    assertThat(gold.targets().get(0).timeout()).hasValue(Duration.ofSeconds(30));
    assertThat(gold.targets().get(1).priority()).isEmpty();
    assertThat(config.toJson())
        .isEqualTo(
            "{\"task_routing\":{\"filters\":[{\"filter_friendly_name\":\"Gold Tickets\","
                + "\"expression\":\"customer_value == 'Gold'\",\"targets\":[{\"queue\":\""
                + GOLD
                + "\",\"priority\":2,\"timeout\":30},{\"queue\":\""
                + EVERYONE
                + "\"}]}],\"default_filter\":{\"queue\":\""
                + EVERYONE
                + "\"}}}");
  }

  @Test
  void build_typedExpressions_areStoredAsGiven() {
    Filter filter =
        Filter.named("all")
            .when(Expressions.always())
            .target(Target.queue(GOLD).skipIf(Expressions.parseSkipIf("workers.available == 0")))
            .build();

    assertThat(filter.expression()).isEqualTo(Expressions.always());
    assertThat(filter.targets().get(0).skipIf())
        .hasValue(Expressions.parseSkipIf("workers.available == 0"));
  }

  @Test
  void build_targetWithoutQueue_inheritsThePreviousOne() {
    Filter filter =
        Filter.named("escalate")
            .when("1==1")
            .target(Target.queue(GOLD).timeout(Duration.ofSeconds(10)))
            .target(Target.sameQueue().priority(5))
            .build();

    Target second = filter.targets().get(1);
    assertThat(second.declaresQueue()).isFalse();
    assertThat(second.declaredQueue()).isEmpty();
    assertThat(second.queue()).isEqualTo(GOLD);
    assertThat(second.toString()).isEqualTo("{\"priority\":5}");
  }

  @Test
  void build_firstTargetWithoutQueue_isRejectedNamingTheFilter() {
    assertThatThrownBy(
            () ->
                WorkflowConfiguration.builder()
                    .filter(Filter.named("Sales").when("1==1").target(Target.sameQueue()))
                    .build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[0].targets[0].queue: filter \"Sales\"")
        .hasMessageContaining("needs a queue");
  }

  @Test
  void build_badStringExpression_namesFilterFieldAndColumn() {
    assertThatThrownBy(
            () ->
                WorkflowConfiguration.builder()
                    .filter(Filter.named("ok").when("1==1").target(Target.queue(GOLD)))
                    .filter(
                        Filter.named("Gold Tickets")
                            .when("customer_value == 'Gold")
                            .target(Target.queue(GOLD)))
                    .build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("task_routing.filters[1].expression: filter \"Gold Tickets\"")
        .hasMessageContaining("does not parse at column 19");
  }

  @Test
  void build_badTargetStrings_reportsEveryOneWithItsTarget() {
    assertThatThrownBy(
            () ->
                Filter.named("VIP")
                    .when("1==1")
                    .target(Target.queue(GOLD).skipIf("'x"))
                    .target(Target.queue(GOLD).orderBy("worker.level SIDEWAYS"))
                    .build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(
            "targets[0].skip_if: filter \"VIP\", target 1: skip_if does not parse")
        .hasMessageContaining(
            "targets[1].order_by: filter \"VIP\", target 2: order_by does not parse")
        .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems()).hasSize(2));
  }

  @Test
  void build_negativePriority_isALintErrorWithValue() {
    WorkflowConfiguration config =
        WorkflowConfiguration.builder()
            .filter(Filter.named("a").when("1==1").target(Target.queue(GOLD).priority(-1)))
            .defaultQueue(GOLD)
            .build();

    assertThat(config.lint())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("INVALID_PRIORITY");
              assertThat(p.path()).isEqualTo("task_routing.filters[0].targets[0].priority");
              assertThat(p.message()).contains("is -1").contains("0 to 2147483647");
            });
  }

  @Test
  void build_nonPositiveOrFractionalTimeout_isRejected() {
    assertThatThrownBy(() -> Target.queue(GOLD).timeout(Duration.ofSeconds(-5)).build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("timeout must be a positive number of seconds, was PT-5S");
    assertThatThrownBy(() -> Target.queue(GOLD).timeout(Duration.ofMillis(1500)).build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("timeout must be a whole number of seconds, was PT1.5S");
  }

  @Test
  void extra_withModelledName_isRejected() {
    assertThatThrownBy(() -> Target.queue(GOLD).extra("priority", TextNode.valueOf("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"priority\" is a modelled field");
  }

  @Test
  void knownWorker_literalSid_isWrittenAsItsText() {
    WorkerSid alice = WorkerSid.of("WK0123456789abcdef0123456789abcdef");

    Target target = Target.queue(GOLD).knownWorker(alice).build();

    assertThat(target.knownWorkerSid()).hasValue(alice.value());
    assertThat(target.toString()).contains("\"known_worker_sid\":\"" + alice + "\"");
  }

  @Test
  void standaloneTargetWithoutQueue_queue_explainsWhyThereIsNone() {
    Target target = Target.sameQueue().timeout(Duration.ofSeconds(5)).build();

    assertThatThrownBy(target::queue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not part of a filter");
  }

  @Test
  void toBuilder_changedCopy_leavesTheOriginalAlone() {
    WorkflowConfiguration original =
        WorkflowConfiguration.builder()
            .filter(Filter.named("a").when("1==1").target(Target.queue(GOLD)))
            .build();

    WorkflowConfiguration changed = original.toBuilder().defaultQueue(EVERYONE).build();

    assertThat(original.taskRouting().defaultFilter()).isEmpty();
    assertThat(changed.taskRouting().defaultFilter().orElseThrow().queue()).isEqualTo(EVERYONE);
    assertThat(changed.taskRouting().filters()).isEqualTo(original.taskRouting().filters());
    assertThat(original.taskRouting().filters().get(0).toBuilder().build())
        .isEqualTo(original.taskRouting().filters().get(0));
  }

  @Test
  void filterWithoutExpression_isRejected() {
    assertThatThrownBy(() -> Filter.named("x").target(Target.queue(GOLD)).build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("filter \"x\": needs an expression");
  }
}
