package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.AFTER_HOURS;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.EVERYONE;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.SPANISH;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.onBreak;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.queue;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.router;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** skip_if, known worker, order_by, time of day, languages and skills. */
class RouterFeaturesTest {
  static final String SKIP_IF =
      """
      {"task_routing": {
        "filters": [
          {"filter_friendly_name": "Gold fast lane", "expression": "1==1",
           "targets": [
             {"queue": "$GOLD", "skip_if": "workers.available == 0", "timeout": 60},
             {"queue": "$GOLD", "expression": "worker.level > 100", "skip_if": "1==1"}
           ]}
        ],
        "default_filter": {"queue": "$EVERYONE"}
      }}
      """;

  @Test
  void route_skipIfTrueAndNobodyAvailable_skipsStepsAndReachesDefault() {
    Router r =
        router(SKIP_IF)
            .worker(onBreak(1, "dave", "{\"tier\": \"gold\"}"))
            .worker(available(2, "carol", "{\"tier\": \"silver\"}"))
            .build();

    RoutingDecision decision = r.route("{}");

    assertThat(decision.steps())
        .extracting(RoutingStep::skipped)
        .containsExactly(true, true, false);
    assertThat(decision.steps()).extracting(RoutingStep::startOffset).containsOnly(Duration.ZERO);
    assertThat(decision.steps().get(0).notes())
        .contains(
            "skip_if workers.available == 0 is true (workers.available = 0, workers.unavailable = 1)");
    assertThat(decision.trace())
        .singleElement()
        .extracting(FilterEvaluation::result)
        .isEqualTo(FilterEvaluation.Result.SKIPPED);
    assertThat(decision.match()).isEqualTo(RoutingDecision.Match.DEFAULT_FILTER);
    assertThat(decision.filterName()).contains("Gold fast lane");
    assertThat(decision.firstWorker().map(WorkerState::friendlyName)).contains("carol");
  }

  @Test
  void route_skipIfButSomeoneEligible_doesNotSkip() {
    Router r = router(SKIP_IF).worker(available(1, "alice", "{\"tier\": \"gold\"}")).build();

    RoutingDecision decision = r.route("{}");

    RoutingStep first = decision.steps().get(0);
    assertThat(first.skipped()).isFalse();
    assertThat(first.notes()).noneMatch(n -> n.startsWith("skip_if"));
    // the second step has nobody (level > 100) and skip_if 1==1: skipped at +60s
    RoutingStep second = decision.steps().get(1);
    assertThat(second.startOffset()).isEqualTo(Duration.ofSeconds(60));
    assertThat(second.skipped()).isTrue();
    assertThat(decision.steps().get(2).isDefaultFilter()).isTrue();
  }

  @Test
  void route_skipIfFalse_waitsInStep() {
    Router r =
        router(SKIP_IF.replace("workers.available == 0", "workers.unavailable == 0"))
            .worker(onBreak(1, "dave", "{\"tier\": \"gold\"}"))
            .build();

    RoutingDecision decision = r.route("{}");

    assertThat(decision.steps().get(0).skipped()).isFalse();
    assertThat(decision.steps().get(1).startOffset()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void route_skipIfOnLastStepWithoutDefault_skipsOut() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "Gold only", "expression": "1==1",
           "targets": [{"queue": "$GOLD", "skip_if": "workers.available == 0"}]}]}}
        """;
    Router r = router(json).build();

    RoutingDecision decision = r.route("{}");

    assertThat(decision.ending()).isEqualTo(RoutingDecision.Ending.SKIPPED_OUT);
    assertThat(decision.endsAfter()).contains(Duration.ZERO);
  }

  static final String KNOWN_WORKER =
      """
      {"task_routing": {
        "filters": [
          {"filter_friendly_name": "Back to my agent", "expression": "agent_sid != null",
           "targets": [
             {"queue": "$EVERYONE", "known_worker_sid": "task.agent_sid", "timeout": 300},
             {"queue": "$EVERYONE"}
           ]},
          {"filter_friendly_name": "By name", "expression": "agent_name != null",
           "targets": [
             {"queue": "$GOLD", "known_worker_friendly_name": "task.agent_name",
              "expression": "worker.level >= task.min_level", "timeout": 120},
             {"queue": "$EVERYONE"}
           ]}
        ]
      }}
      """;

  private final WorkerState alice = available(1, "alice", "{\"tier\": \"gold\", \"level\": 3}");
  private final WorkerState bob = available(2, "bob", "{\"tier\": \"gold\", \"level\": 1}");
  private final WorkerState carol = available(3, "carol", "{\"tier\": \"silver\"}");

  @Test
  void route_knownWorkerSid_onlyThatWorkerThenEveryone() {
    Router r = router(KNOWN_WORKER).worker(alice).worker(bob).worker(carol).build();

    RoutingDecision decision = r.route("{\"agent_sid\": \"" + bob.sid() + "\"}");

    assertThat(decision.steps().get(0).eligibleWorkers()).containsExactly(bob);
    assertThat(decision.steps().get(0).notes())
        .contains("known_worker_sid task.agent_sid = \"" + bob.sid() + "\" is bob");
    assertThat(decision.steps().get(1).startOffset()).isEqualTo(Duration.ofSeconds(300));
    assertThat(decision.steps().get(1).eligibleWorkers()).containsExactly(alice, bob, carol);
  }

  @Test
  void route_knownWorkerUnavailable_nobodyUntilTimeout() {
    Router r = router(KNOWN_WORKER).worker(alice).worker(bob.withAvailable(false)).build();

    RoutingDecision decision = r.route("{\"agent_sid\": \"" + bob.sid() + "\"}");

    assertThat(decision.steps().get(0).eligibleWorkers()).isEmpty();
    assertThat(decision.steps().get(0).notes().get(0)).contains("is bob, who is not available");
    assertThat(decision.firstStepWithWorkers().map(RoutingStep::index)).contains(1);
  }

  @Test
  void route_knownWorkerSidUnknownOrMalformed_explains() {
    Router r = router(KNOWN_WORKER).worker(alice).build();

    assertThat(r.route("{\"agent_sid\": \"WK" + "f".repeat(32) + "\"}").steps().get(0).notes())
        .singleElement()
        .asString()
        .contains("names no known worker");
    assertThat(r.route("{\"agent_sid\": \"not-a-sid\"}").steps().get(0).notes())
        .singleElement()
        .asString()
        .contains("\"not-a-sid\" names no known worker");
  }

  @Test
  void route_knownWorkerFriendlyName_caseInsensitiveAndChecksTargetExpression() {
    Router r = router(KNOWN_WORKER).worker(alice).worker(bob).worker(carol).build();

    RoutingDecision toAlice = r.route("{\"agent_name\": \"ALICE\", \"min_level\": 2}");
    RoutingDecision toBob = r.route("{\"agent_name\": \"bob\", \"min_level\": 2}");
    RoutingDecision toCarol = r.route("{\"agent_name\": \"carol\", \"min_level\": 0}");

    assertThat(toAlice.filterName()).contains("By name");
    assertThat(toAlice.steps().get(0).eligibleWorkers()).containsExactly(alice);
    assertThat(toBob.steps().get(0).eligibleWorkers()).isEmpty();
    assertThat(toBob.steps().get(0).notes().get(0))
        .contains("does not match the target expression");
    assertThat(toCarol.steps().get(0).notes().get(0))
        .contains("is carol, who is not in queue Gold (Twilio error 40152)");
  }

  @Test
  void route_orderBy_sortsByAttributeMissingLastThenLongestIdle() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "Best first", "expression": "1==1",
           "targets": [{"queue": "$EVERYONE", "order_by": "worker.level DESC"}]}]}}
        """;
    Instant morning = Instant.parse("2026-11-30T08:00:00Z");
    WorkerState a = available(1, "a", "{\"level\": 2}").withIdleSince(morning.plusSeconds(60));
    WorkerState b = available(2, "b", "{\"level\": 5}").withIdleSince(morning);
    WorkerState c = available(3, "c", "{}").withIdleSince(morning.minusSeconds(600));
    WorkerState d = available(4, "d", "{\"level\": 2}").withIdleSince(morning);
    WorkerState e = available(5, "e", "{\"level\": \"high\"}");
    Router r = router(json).worker(a).worker(b).worker(c).worker(d).worker(e).build();

    RoutingStep step = r.route("{}").steps().get(0);

    // non-integer "high" counts as missing; among level 2, d has been idle longer than a
    assertThat(step.eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("b", "d", "a", "e", "c");
    assertThat(step.notes()).contains("ordered by worker.level DESC, then longest idle");
  }

  @Test
  void route_noOrderBy_longestIdleFirst_andReorderedAfterAssignment() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "All", "expression": "1==1",
           "targets": [{"queue": "$EVERYONE"}]}]}}
        """;
    Instant t = Instant.parse("2026-11-30T08:00:00Z");
    WorkerState a = available(1, "a", "{}").withIdleSince(t.plusSeconds(5));
    WorkerState b = available(2, "b", "{}").withIdleSince(t);
    Router r = router(json).worker(a).worker(b).build();

    assertThat(r.route("{}").firstWorker()).contains(b);
    Router afterBobWorked = r.withWorker(b.withIdleSince(t.plusSeconds(10)));
    assertThat(afterBobWorked.route("{}").steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("a", "b");
  }

  static final String TIME_OF_DAY =
      """
      {"task_routing": {"filters": [
        {"filter_friendly_name": "Business hours",
         "expression": "taskrouter.dayOfWeek IN ['Mon','Tue','Wed','Thu','Fri'] AND taskrouter.currentTime >= 800 AND taskrouter.currentTime < 1800",
         "targets": [{"queue": "$EVERYONE", "timeout": 3600}]},
        {"filter_friendly_name": "After hours", "expression": "1==1",
         "targets": [{"queue": "$AFTER_HOURS"}]}
      ]}}
      """;

  private Router timeOfDayRouter(Instant now) {
    return router(TIME_OF_DAY)
        .queue(queue(AFTER_HOURS, "After hours", "shift == 'night'"))
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .worker(available(1, "day", "{\"shift\": \"day\"}"))
        .worker(available(2, "night", "{\"shift\": \"night\"}"))
        .build();
  }

  @Test
  void route_timeOfDay_followsFixedClock() {
    RoutingDecision monday = timeOfDayRouter(Instant.parse("2026-11-30T10:15:00Z")).route("{}");
    RoutingDecision saturday = timeOfDayRouter(Instant.parse("2026-12-05T10:15:00Z")).route("{}");
    RoutingDecision mondayNight =
        timeOfDayRouter(Instant.parse("2026-11-30T21:00:00Z")).route("{}");

    assertThat(monday.filterName()).contains("Business hours");
    assertThat(monday.steps())
        .extracting(RoutingStep::queue)
        .containsExactly(EVERYONE, AFTER_HOURS);
    assertThat(saturday.filterName()).contains("After hours");
    assertThat(saturday.trace().get(0).reason())
        .contains("taskrouter.dayOfWeek at 2026-12-05T10:15:00Z");
    assertThat(mondayNight.steps())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.eligibleWorkers())
                    .extracting(WorkerState::friendlyName)
                    .containsExactly("night"));
  }

  @Test
  void route_timeOfDay_laterFiltersAreEvaluatedWhenReached() {
    // 17:30 Monday: business hours match; after the 1h timeout it is 18:30 and "After hours" takes
    // it
    RoutingDecision decision = timeOfDayRouter(Instant.parse("2026-11-30T17:30:00Z")).route("{}");

    assertThat(decision.steps())
        .extracting(RoutingStep::startOffset)
        .containsExactly(Duration.ZERO, Duration.ofHours(1));
    assertThat(decision.trace().get(1).reachedAfter()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void route_timeDependentTargetWorkers_membershipEvaluatedAtRoutingTime() {
    String json =
        """
        {"task_routing": {"filters": [
          {"filter_friendly_name": "All", "expression": "1==1",
           "targets": [{"queue": "$SPANISH"}]}]}}
        """;
    Router.Builder builder =
        router(json)
            .queue(
                queue(
                    SPANISH,
                    "Shifted",
                    "shift_start <= taskrouter.currentTime AND shift_end > taskrouter.currentTime"))
            .worker(available(1, "early", "{\"shift_start\": 600, \"shift_end\": 1400}"))
            .worker(available(2, "late", "{\"shift_start\": 1400, \"shift_end\": 2200}"));
    Router morning =
        builder.clock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC)).build();

    assertThat(morning.route("{}").firstWorker().map(WorkerState::friendlyName)).contains("early");
    Router evening =
        morning.withClock(Clock.fixed(Instant.parse("2026-11-30T19:00:00Z"), ZoneOffset.UTC));
    assertThat(evening.route("{}").firstWorker().map(WorkerState::friendlyName)).contains("late");
    assertThat(evening.queueMembers(SPANISH))
        .extracting(WorkerState::friendlyName)
        .containsExactly("late");
  }

  static final String LANGUAGES =
      """
      {"task_routing": {"filters": [
        {"filter_friendly_name": "Spanish", "expression": "language == 'es'",
         "targets": [
           {"queue": "$SPANISH", "expression": "task.skill IN worker.skills", "timeout": 45},
           {"queue": "$SPANISH"}
         ]},
        {"filter_friendly_name": "Skilled", "expression": "skill != null",
         "targets": [{"queue": "$EVERYONE", "expression": "worker.skills HAS task.skill"}]}
      ], "default_filter": {"queue": "$EVERYONE"}}}
      """;

  @Test
  void route_languagesAndSkills_matchTaskAgainstWorkerAttributes() {
    Router r =
        router(LANGUAGES)
            .queue(queue(SPANISH, "Spanish", "languages HAS 'es'"))
            .worker(
                available(1, "ana", "{\"languages\": [\"es\", \"en\"], \"skills\": [\"billing\"]}"))
            .worker(available(2, "luis", "{\"languages\": [\"es\"], \"skills\": [\"tech\"]}"))
            .worker(
                available(
                    3, "john", "{\"languages\": [\"en\"], \"skills\": [\"billing\", \"tech\"]}"))
            .build();

    RoutingDecision spanishBilling = r.route("{\"language\": \"es\", \"skill\": \"billing\"}");
    RoutingDecision englishTech = r.route("{\"language\": \"en\", \"skill\": \"tech\"}");

    assertThat(spanishBilling.steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("ana");
    assertThat(spanishBilling.steps().get(1).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("ana", "luis");
    assertThat(englishTech.filterName()).contains("Skilled");
    assertThat(englishTech.steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("luis", "john");
  }
}
