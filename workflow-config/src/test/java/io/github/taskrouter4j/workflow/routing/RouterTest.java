package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.EVERYONE;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.GOLD;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.MONDAY_MORNING;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.onBreak;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.router;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.workerSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RouterTest {
  /** The seed's workflow, in its legacy spelling (friendly_name, task_queue_sid, "2"). */
  static final String SEED =
      """
      {"task_routing": {
        "filters": [{
          "friendly_name": "Gold Tickets",
          "expression": "customer_value == 'Gold' AND type == 'ticket'",
          "targets": [{"task_queue_sid": "$GOLD", "priority": "2"}]
        }],
        "default_filter": {"task_queue_sid": "$EVERYONE"}
      }}
      """;

  static final String ESCALATION =
      """
      {"task_routing": {
        "filters": [
          {"filter_friendly_name": "Silver", "expression": "customer_value == 'Silver'",
           "targets": [{"queue": "$EVERYONE", "priority": 1}]},
          {"filter_friendly_name": "Gold", "expression": "customer_value == 'Gold'",
           "targets": [
             {"queue": "$GOLD", "priority": 10, "timeout": 30},
             {"queue": "$GOLD", "expression": "worker.level >= 2", "timeout": 60},
             {"queue": "$EVERYONE"}
           ]}
        ],
        "default_filter": {"queue": "$EVERYONE"}
      }}
      """;

  private final WorkerState alice = available(1, "alice", "{\"tier\": \"gold\", \"level\": 3}");
  private final WorkerState bob = available(2, "bob", "{\"tier\": \"gold\", \"level\": 1}");
  private final WorkerState carol = available(3, "carol", "{\"tier\": \"silver\"}");
  private final WorkerState dave = onBreak(4, "dave", "{\"tier\": \"gold\", \"level\": 5}");

  @Test
  void route_seedWorkflowGoldTicket_goesToGoldQueueAtPriority2() {
    Router r = router(SEED).worker(alice).worker(carol).worker(dave).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Gold\", \"type\": \"ticket\"}");

    assertThat(decision.match()).isEqualTo(RoutingDecision.Match.FILTER);
    assertThat(decision.filterName()).contains("Gold Tickets");
    assertThat(decision.steps()).hasSize(1);
    RoutingStep step = decision.steps().get(0);
    assertThat(step.queue()).isEqualTo(GOLD);
    assertThat(step.priority()).isEqualTo(OptionalInt.of(2));
    assertThat(step.startOffset()).isZero();
    assertThat(step.timeout()).isEmpty();
    assertThat(step.eligibleWorkers()).containsExactly(alice);
    assertThat(decision.firstWorker()).contains(alice);
    assertThat(decision.ending()).isEqualTo(RoutingDecision.Ending.WAITS_IN_LAST_STEP);
    assertThat(decision.evaluatedAt()).isEqualTo(MONDAY_MORNING);
  }

  @Test
  void route_seedWorkflowSilverTicket_fallsToDefaultFilterWithTrace() {
    Router r = router(SEED).worker(alice).worker(carol).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Silver\", \"type\": \"ticket\"}");

    assertThat(decision.match()).isEqualTo(RoutingDecision.Match.DEFAULT_FILTER);
    assertThat(decision.filterName()).isEmpty();
    assertThat(decision.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.isDefaultFilter()).isTrue();
              assertThat(step.path()).isEqualTo("task_routing.default_filter");
              assertThat(step.queue()).isEqualTo(EVERYONE);
              assertThat(step.eligibleWorkers()).containsExactly(alice, carol);
            });
    assertThat(decision.trace())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.result()).isEqualTo(FilterEvaluation.Result.NOT_MATCHED);
              assertThat(line.name()).isEqualTo("Gold Tickets");
              assertThat(line.reason())
                  .contains("is false")
                  .contains("customer_value = \"Silver\"")
                  .contains("type = \"ticket\"");
            });
  }

  @Test
  void route_escalation_startOffsetsAreCumulativeTimeoutsAndPriorityIsInherited() {
    Router r = router(ESCALATION).worker(alice).worker(bob).worker(carol).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Gold\"}");

    assertThat(decision.filterName()).contains("Gold");
    assertThat(decision.filterIndex()).isEqualTo(OptionalInt.of(1));
    assertThat(decision.steps())
        .extracting(RoutingStep::startOffset)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(90));
    assertThat(decision.steps()).extracting(RoutingStep::priority).containsOnly(OptionalInt.of(10));
    assertThat(decision.steps().get(0).eligibleWorkers()).containsExactly(alice, bob);
    assertThat(decision.steps().get(1).eligibleWorkers()).containsExactly(alice);
    assertThat(decision.steps().get(2).eligibleWorkers()).containsExactly(alice, bob, carol);
    assertThat(decision.steps().get(1).endOffset()).contains(Duration.ofSeconds(90));
    assertThat(decision.stepAt(Duration.ofSeconds(29))).contains(decision.steps().get(0));
    assertThat(decision.stepAt(Duration.ofSeconds(30))).contains(decision.steps().get(1));
    assertThat(decision.stepAt(Duration.ofHours(5))).contains(decision.steps().get(2));
    assertThat(decision.trace())
        .extracting(FilterEvaluation::result)
        .containsExactly(FilterEvaluation.Result.NOT_MATCHED, FilterEvaluation.Result.MATCHED);
  }

  @Test
  void route_lastStepTimesOut_flowsToNextMatchingFilterNotDefault() {
    String json =
        """
        {"task_routing": {
          "filters": [
            {"filter_friendly_name": "Gold first", "expression": "customer_value == 'Gold'",
             "targets": [{"queue": "$GOLD", "timeout": 20}]},
            {"filter_friendly_name": "Never", "expression": "1 == 0",
             "targets": [{"queue": "$EVERYONE"}]},
            {"filter_friendly_name": "Anyone", "expression": "1 == 1",
             "targets": [{"queue": "$EVERYONE", "priority": 5, "timeout": 40}]}
          ],
          "default_filter": {"queue": "$EVERYONE"}
        }}
        """;
    Router r = router(json).worker(alice).worker(carol).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Gold\"}");

    assertThat(decision.filterName()).contains("Gold first");
    assertThat(decision.steps())
        .extracting(RoutingStep::path)
        .containsExactly(
            "task_routing.filters[0].targets[0]", "task_routing.filters[2].targets[0]");
    assertThat(decision.steps().get(1).startOffset()).isEqualTo(Duration.ofSeconds(20));
    assertThat(decision.steps().get(1).priority()).isEqualTo(OptionalInt.of(5));
    assertThat(decision.trace())
        .extracting(FilterEvaluation::result)
        .containsExactly(
            FilterEvaluation.Result.TIMED_OUT,
            FilterEvaluation.Result.NOT_MATCHED,
            FilterEvaluation.Result.TIMED_OUT);
    assertThat(decision.trace().get(1).reachedAfter()).isEqualTo(Duration.ofSeconds(20));
    assertThat(decision.ending()).isEqualTo(RoutingDecision.Ending.CANCELED_AFTER_TIMEOUT);
    assertThat(decision.endsAfter()).contains(Duration.ofSeconds(60));
    assertThat(decision.stepAt(Duration.ofSeconds(60))).isEmpty();
  }

  @Test
  void route_noFilterMatchesAndNoDefault_endsWithNoMatch() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "Sales", "expression": "type == 'sales'",
           "targets": [{"queue": "$EVERYONE"}]}]}}
        """;
    Router r = router(json).worker(alice).build();

    RoutingDecision decision = r.route("{\"type\": \"support\"}");

    assertThat(decision.match()).isEqualTo(RoutingDecision.Match.NONE);
    assertThat(decision.steps()).isEmpty();
    assertThat(decision.ending()).isEqualTo(RoutingDecision.Ending.NO_MATCH);
    assertThat(decision.hasEligibleWorkers()).isFalse();
    assertThat(decision.trace())
        .singleElement()
        .extracting(FilterEvaluation::reason)
        .asString()
        .contains("type = \"support\"");
    assertThat(decision.toString()).contains("no filter matched and there is no default filter");
  }

  @Test
  void route_missingAttribute_traceSaysMissing() {
    Router r = router(SEED).worker(alice).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Gold\"}");

    assertThat(decision.trace().get(0).reason()).contains("type = missing");
  }

  @Test
  void route_unavailableWorkers_areNotEligible() {
    Router r = router(SEED).worker(dave).build();

    RoutingDecision decision = r.route("{\"customer_value\": \"Gold\", \"type\": \"ticket\"}");

    assertThat(decision.steps().get(0).eligibleWorkers()).isEmpty();
    assertThat(decision.firstWorker()).isEmpty();
    assertThat(r.queueMembers(GOLD)).containsExactly(dave);
  }

  @Test
  void withWorker_availabilityChange_updatesEligibilityWithoutTouchingOriginal() {
    Router before = router(SEED).worker(alice).worker(dave).build();

    Router after =
        before.withWorker(dave.withAvailable(true)).withWorker(alice.withAvailable(false));

    String gold = "{\"customer_value\": \"Gold\", \"type\": \"ticket\"}";
    assertThat(after.route(gold).steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("dave");
    assertThat(before.route(gold).steps().get(0).eligibleWorkers()).containsExactly(alice);
  }

  @Test
  void withWorker_attributeChange_reevaluatesQueueMembership() {
    Router r = router(SEED).worker(carol).build();

    Router promoted =
        r.withWorker(carol.withAttributes(RoutingJson.parseObject("{\"tier\":\"gold\"}", "x")));

    String gold = "{\"customer_value\": \"Gold\", \"type\": \"ticket\"}";
    assertThat(r.route(gold).steps().get(0).eligibleWorkers()).isEmpty();
    assertThat(promoted.route(gold).steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("carol");
    assertThat(promoted.queueMembers(GOLD)).hasSize(1);
  }

  @Test
  void withoutWorker_removesFromEveryQueue() {
    Router r = router(SEED).worker(alice).worker(carol).build().withoutWorker(alice.sid());

    assertThat(r.worker(alice.sid())).isEmpty();
    assertThat(r.workers()).containsExactly(carol);
    assertThat(r.queueMembers(GOLD)).isEmpty();
    assertThat(r.route("{}").steps().get(0).eligibleWorkers()).containsExactly(carol);
    assertThat(r.withoutWorker(workerSid(99))).isSameAs(r);
  }

  @Test
  void withConfiguration_andWithQueues_keepWorkers() {
    Router r = router(SEED).worker(alice).worker(carol).build();
    String gold = "{\"customer_value\": \"Gold\", \"type\": \"ticket\"}";

    Router escalating =
        r.withConfiguration(
            io.github.taskrouter4j.workflow.WorkflowConfiguration.fromJson(
                RoutingFixtures.sids(ESCALATION)));
    Router everyoneGold =
        r.withQueues(
            List.of(
                RoutingFixtures.queue(GOLD, "Gold", "1==1"),
                RoutingFixtures.queue(EVERYONE, "Everyone", "1==1")));

    assertThat(escalating.route("{\"customer_value\": \"Gold\"}").filterName()).contains("Gold");
    assertThat(escalating.workers()).containsExactly(alice, carol);
    assertThat(everyoneGold.route(gold).steps().get(0).eligibleWorkers())
        .containsExactly(alice, carol);
    assertThat(r.route(gold).steps().get(0).eligibleWorkers()).containsExactly(alice);
    assertThatThrownBy(() -> r.withQueues(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known queues: none");
  }

  @Test
  void build_unknownQueue_namesTargetPathAndKnownQueues() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "Spanish", "expression": "1==1",
           "targets": [{"queue": "$SPANISH"}]}]}}
        """;

    assertThatThrownBy(() -> router(json).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "task_routing.filters[0].targets[0].queue WQ00000000000000000000000000000003")
        .hasMessageContaining("known queues: Gold WQ00000000000000000000000000000001");
  }

  @Test
  void build_duplicateFriendlyName_isRejected() {
    WorkerState otherAlice = available(9, "ALICE", "{}");

    assertThatThrownBy(() -> router(SEED).worker(alice).worker(otherAlice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both named \"ALICE\"");
    Router r = router(SEED).worker(alice).build();
    assertThatThrownBy(() -> r.withWorker(otherAlice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique (case-insensitive)");
  }

  @Test
  void build_sameSidTwice_isRejected() {
    WorkerState alias = available(1, "alias", "{}");

    assertThatThrownBy(() -> router(SEED).worker(alice).worker(alias).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("worker " + alice.sid() + " is given twice");
  }

  @Test
  void queuesFromConfiguration_definesMissingQueuesAdmittingEveryone() {
    Router r =
        Router.builder()
            .configuration(
                io.github.taskrouter4j.workflow.WorkflowConfiguration.fromJson(
                    RoutingFixtures.sids(ESCALATION)))
            .queue(RoutingFixtures.queue(GOLD, "Gold", "tier == 'gold'"))
            .queuesFromConfiguration()
            .worker(alice)
            .worker(carol)
            .clock(RoutingFixtures.CLOCK)
            .build();

    assertThat(r.queues())
        .extracting(QueueDefinition::friendlyName)
        .containsExactly("Gold", EVERYONE.value());
    RoutingDecision decision = r.route("{\"customer_value\": \"Silver\"}");
    assertThat(decision.steps().get(0).queueName()).isEqualTo(EVERYONE.value());
    assertThat(decision.steps().get(0).eligibleWorkers()).containsExactly(alice, carol);
  }

  @Test
  void trace_timedOutFilter_printsOffset() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "Short", "expression": "1==1",
           "targets": [{"queue": "$GOLD", "timeout": 20}]}]}}
        """;

    RoutingDecision decision = router(json).build().route("{}");

    assertThat(decision.trace().get(0).toString())
        .isEqualTo(
            "[0] \"Short\" timed out: its last step timed out at +20s; the task moves to the next"
                + " matching filter");
    assertThat(decision.toString()).endsWith("then: canceled (workflow.timeout) at +20s");
  }

  @Test
  void build_withoutClock_saysWhatToPass() {
    assertThatThrownBy(
            () ->
                Router.builder()
                    .configuration(
                        io.github.taskrouter4j.workflow.WorkflowConfiguration.fromJson(
                            RoutingFixtures.sids(SEED)))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Router.clock is required");
  }

  @Test
  void route_taskNotAnObject_isRejected() {
    Router r = router(SEED).build();

    assertThatThrownBy(() -> r.route("[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task attributes must be a JSON object, but was array");
    assertThatThrownBy(() -> r.route("{\"a\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task attributes are not valid JSON at line 1");
  }

  @Test
  void toString_printsDecisionTable() {
    Router r = router(ESCALATION).worker(alice).worker(bob).build();

    String table = r.route("{\"customer_value\": \"Gold\"}").toString();

    assertThat(table)
        .contains("matched filter [1] \"Gold\"")
        .contains("[0] \"Silver\" not matched: customer_value == 'Silver' is false")
        .contains(
            "step 0 +0s Gold (WQ00000000000000000000000000000001) priority 10 timeout 30s: [alice, bob]")
        .contains("step 1 +30s Gold")
        .contains("step 2 +1m30s Everyone")
        .contains("then: waits in step 2 until accepted or its TTL expires");
    assertThat(r.toString()).isEqualTo("Router{2 filters, default filter, 2 queues, 2 workers}");
  }
}
