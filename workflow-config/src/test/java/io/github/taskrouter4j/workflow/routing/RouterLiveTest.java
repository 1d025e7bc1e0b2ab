package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.EVERYONE;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.GOLD;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.MONDAY_MORNING;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.onBreak;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.router;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.sids;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.workerSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What a live TaskRouter asks the engine step by step: continueAfter, eligibleWorkers, isEligible.
 */
class RouterLiveTest {
  private static final String TWO_FILTERS =
      """
      {"task_routing": {
        "filters": [
          {"filter_friendly_name": "Gold first", "expression": "vip == true",
           "targets": [{"queue": "$GOLD", "priority": 5, "timeout": 30}]},
          {"filter_friendly_name": "Anyone", "expression": "1==1",
           "targets": [{"queue": "$EVERYONE", "timeout": 60}]},
          {"filter_friendly_name": "Never", "expression": "vip == false",
           "targets": [{"queue": "$EVERYONE"}]}
        ],
        "default_filter": {"queue": "$EVERYONE"}
      }}
      """;

  private static final String KNOWN =
      """
      {"task_routing": {
        "filters": [{"filter_friendly_name": "Known", "expression": "1==1",
          "targets": [{"queue": "$EVERYONE", "known_worker_sid": "task.agent", "timeout": 10}]}]
      }}
      """;

  private final WorkerState alice = available(1, "alice", "{\"tier\": \"gold\", \"level\": 3}");
  private final WorkerState bob = available(2, "bob", "{\"tier\": \"gold\", \"level\": 1}");
  private final JsonNode gold = RoutingJson.parseObject("{\"customer_value\": \"Gold\"}", "task");
  private final Instant later = MONDAY_MORNING.plusSeconds(30);

  @Test
  void continueAfter_firstStepTimedOut_entersNextTargetWithInheritedPriority() {
    Router r = router(RouterTest.ESCALATION).worker(alice).worker(bob).build();
    RoutingStep first = r.route(gold).steps().get(0);

    RoutingDecision next = r.continueAfter(gold, first, later);

    RoutingStep second = next.steps().get(0);
    assertThat(second.path()).isEqualTo("task_routing.filters[1].targets[1]");
    assertThat(second.filterIndex()).isEqualTo(OptionalInt.of(1));
    assertThat(second.priority()).isEqualTo(OptionalInt.of(10));
    assertThat(second.startOffset()).isZero();
    assertThat(second.eligibleWorkers()).containsExactly(alice);
    assertThat(next.steps()).extracting(RoutingStep::queue).containsExactly(GOLD, EVERYONE);
    assertThat(next.evaluatedAt()).isEqualTo(later);
    assertThat(next.filterIndex()).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void continueAfter_workersChangedSinceDecision_seesWorkersAsTheyAreNow() {
    Router r = router(RouterTest.ESCALATION).worker(alice).worker(bob).build();
    RoutingStep first = r.route(gold).steps().get(0);

    Router onBreak = r.withWorker(onBreak(1, "alice", "{\"tier\": \"gold\", \"level\": 3}"));

    assertThat(onBreak.continueAfter(gold, first, later).steps().get(0).eligibleWorkers())
        .isEmpty();
  }

  @Test
  void continueAfter_lastStepOfFilterTimedOut_goesToNextMatchingFilterNeverDefault() {
    Router r = router(TWO_FILTERS).worker(alice).build();
    JsonNode vip = RoutingJson.parseObject("{\"vip\": true}", "task");
    RoutingStep gold = r.route(vip).steps().get(0);

    RoutingDecision second = r.continueAfter(vip, gold, later);
    RoutingDecision end = r.continueAfter(vip, second.steps().get(0), later.plusSeconds(60));

    assertThat(second.steps()).singleElement().extracting(RoutingStep::queue).isEqualTo(EVERYONE);
    assertThat(second.steps().get(0).filterName()).contains("Anyone");
    assertThat(second.steps().get(0).priority()).isEqualTo(OptionalInt.of(5));
    assertThat(end.steps()).isEmpty();
    assertThat(end.ending()).isEqualTo(RoutingDecision.Ending.CANCELED_AFTER_TIMEOUT);
    assertThat(end.trace())
        .extracting(FilterEvaluation::result)
        .containsExactly(FilterEvaluation.Result.TIMED_OUT, FilterEvaluation.Result.NOT_MATCHED);
  }

  @Test
  void continueAfter_skippedLastStep_reachesDefaultFilter() {
    Router r = router(RouterFeaturesTest.SKIP_IF).worker(alice).build();
    JsonNode task = RoutingJson.parseObject("{}", "task");
    RoutingStep first = r.route(task).steps().get(0);
    Router nobody = r.withoutWorker(alice.sid());

    RoutingDecision next = nobody.continueAfter(task, first, later);

    assertThat(next.steps()).extracting(RoutingStep::skipped).containsExactly(true, false);
    assertThat(next.steps().get(1).isDefaultFilter()).isTrue();
    assertThat(next.steps().get(1).filterIndex()).isEmpty();
    assertThat(next.match()).isEqualTo(RoutingDecision.Match.DEFAULT_FILTER);
  }

  @Test
  void continueAfter_defaultFilterStep_throwsNoTimeout() {
    Router r = router(RouterTest.SEED).worker(alice).build();
    JsonNode silver = RoutingJson.parseObject("{\"customer_value\": \"Silver\"}", "task");
    RoutingStep fallback = r.route(silver).steps().get(0);

    assertThatThrownBy(() -> r.continueAfter(silver, fallback, later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default filter's step has no timeout");
  }

  @Test
  void eligibleWorkers_stepOfReplacedConfiguration_throwsNamingThePath() {
    Router r = router(RouterTest.ESCALATION).worker(alice).build();
    RoutingStep third = r.route(gold).steps().get(2);
    Router replaced = r.withConfiguration(WorkflowConfiguration.fromJson(sids(RouterTest.SEED)));

    assertThatThrownBy(() -> replaced.eligibleWorkers(gold, third, later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no step task_routing.filters[1].targets[2]");
  }

  @Test
  void eligibleWorkers_workerWentOnBreakAfterDecision_leavesHimOut() {
    Router r = router(RouterTest.ESCALATION).worker(alice).worker(bob).build();
    RoutingStep first = r.route(gold).steps().get(0);

    Router now = r.withWorker(bob.withAvailable(false));

    assertThat(first.eligibleWorkers()).containsExactly(alice, bob);
    assertThat(now.eligibleWorkers(gold, first, later))
        .extracting(WorkerState::friendlyName)
        .containsExactly("alice");
  }

  @Test
  void isEligible_targetExpressionAndAvailability_decidePerWorker() {
    Router r = router(RouterTest.ESCALATION).worker(alice).worker(bob).build();
    RoutingStep levelTwo = r.route(gold).steps().get(1);

    assertThat(r.isEligible(gold, levelTwo, alice.sid(), later)).isTrue();
    assertThat(r.isEligible(gold, levelTwo, bob.sid(), later)).isFalse();
    assertThat(r.isEligible(gold, levelTwo, workerSid(99), later)).isFalse();
    assertThat(
            r.withWorker(alice.withAvailable(false)).isEligible(gold, levelTwo, alice.sid(), later))
        .isFalse();
  }

  @Test
  void isEligible_knownWorkerStep_onlyTheKnownWorker() {
    Router r = router(KNOWN).worker(alice).worker(bob).build();
    JsonNode task = RoutingJson.parseObject("{\"agent\": \"" + bob.sid().value() + "\"}", "task");
    RoutingStep step = r.route(task).steps().get(0);

    assertThat(r.isEligible(task, step, bob.sid(), later)).isTrue();
    assertThat(r.isEligible(task, step, alice.sid(), later)).isFalse();
    assertThat(step.timeout()).contains(Duration.ofSeconds(10));
  }
}
