package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.SampleConfigurations.BILLING;
import static io.github.taskrouter4j.workflow.SampleConfigurations.EVERYONE;
import static io.github.taskrouter4j.workflow.SampleConfigurations.MULTILINGUAL;
import static io.github.taskrouter4j.workflow.SampleConfigurations.OFFICE;
import static io.github.taskrouter4j.workflow.SampleConfigurations.OVERFLOW;
import static io.github.taskrouter4j.workflow.SampleConfigurations.SALES;
import static io.github.taskrouter4j.workflow.SampleConfigurations.SUPERVISORS;
import static io.github.taskrouter4j.workflow.SampleConfigurations.TECHNICAL;
import static io.github.taskrouter4j.workflow.SampleConfigurations.TIER_1;
import static io.github.taskrouter4j.workflow.SampleConfigurations.TIER_2;
import static io.github.taskrouter4j.workflow.SampleConfigurations.VOICEMAIL;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.CLOCK;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.onBreak;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.workflow.SampleConfigurations;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The six realistic configurations of the snapshot tests, routed over a small contact centre. */
class SampleConfigurationsRoutingTest {
  private final WorkerState tina =
      available(1, "tina", "{\"tier\": 1, \"department\": \"support\"}");
  private final WorkerState tom = available(2, "tom", "{\"tier\": 2, \"department\": \"support\"}");
  private final WorkerState sue =
      available(
          3, "sue", "{\"tier\": 2, \"roles\": [\"supervisor\"], \"department\": \"support\"}");
  private final WorkerState sam = onBreak(4, "sam", "{\"department\": \"sales\"}");
  private final WorkerState olga = available(5, "olga", "{\"partner\": true}");
  private final WorkerState tara =
      available(
          6, "tara", "{\"department\": \"technical\", \"skill_level\": 3, \"tenure_years\": 9}");
  private final WorkerState ted =
      available(
          7, "ted", "{\"department\": \"technical\", \"skill_level\": 3, \"tenure_years\": 2}");
  private final WorkerState tim =
      available(
          8, "tim", "{\"department\": \"technical\", \"skill_level\": 1, \"tenure_years\": 1}");
  private final WorkerState bea =
      available(
          9,
          "bea",
          "{\"skills\": [\"billing\"], \"languages\": [\"es\", \"en\"], \"night\": false}");
  private final WorkerState bo =
      available(10, "bo", "{\"skills\": [\"billing\"], \"languages\": [\"en\"], \"night\": true}");
  private final WorkerState max =
      available(11, "max", "{\"skills\": [], \"languages\": [\"es\", \"fr\", \"en\"]}");

  private Router router(WorkflowConfiguration configuration) {
    return Router.builder()
        .configuration(configuration)
        .clock(CLOCK)
        .queue(queue(EVERYONE, "Everyone", "1==1"))
        .queue(queue(TIER_1, "Tier 1", "tier == 1"))
        .queue(queue(TIER_2, "Tier 2", "tier == 2"))
        .queue(queue(SUPERVISORS, "Supervisors", "roles HAS 'supervisor'"))
        .queue(queue(SALES, "Sales", "department == 'sales'"))
        .queue(queue(OVERFLOW, "Overflow", "partner == true"))
        .queue(queue(TECHNICAL, "Technical", "department == 'technical'"))
        .queue(queue(OFFICE, "Office", "night != true"))
        .queue(queue(VOICEMAIL, "Voicemail", "night == true"))
        .queue(queue(MULTILINGUAL, "Multilingual", "languages HAS 'fr'"))
        .queue(queue(BILLING, "Billing", "skills HAS 'billing'"))
        .workers(List.of(tina, tom, sue, sam, olga, tara, ted, tim, bea, bo, max))
        .build();
  }

  @Test
  void multiStepEscalation_supportTicket_escalatesTier1Tier2Supervisors() {
    RoutingDecision decision =
        router(SampleConfigurations.multiStepEscalation()).route("{\"type\": \"support\"}");

    assertThat(decision.filterName()).contains("Support");
    assertThat(decision.trace().get(0).reason()).contains("customer.tier = missing");
    assertThat(decision.steps())
        .extracting(RoutingStep::queue)
        .containsExactly(TIER_1, TIER_2, SUPERVISORS);
    assertThat(decision.steps())
        .extracting(RoutingStep::startOffset)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(180));
    assertThat(decision.steps())
        .extracting(RoutingStep::priority)
        .containsExactly(OptionalInt.of(1), OptionalInt.of(5), OptionalInt.of(10));
    assertThat(decision.steps())
        .extracting(s -> s.firstWorker().map(WorkerState::friendlyName).orElse("-"))
        .containsExactly("tina", "tom", "sue");
  }

  @Test
  void multiStepEscalation_vip_startsAtTier2() {
    RoutingDecision decision =
        router(SampleConfigurations.multiStepEscalation())
            .route("{\"type\": \"support\", \"customer\": {\"tier\": \"vip\"}}");

    assertThat(decision.filterName()).contains("VIP support");
    assertThat(decision.steps())
        .extracting(RoutingStep::queue)
        .containsExactly(TIER_2, SUPERVISORS);
    assertThat(decision.steps().get(1).priority()).isEqualTo(OptionalInt.of(50));
    assertThat(decision.steps().get(1).startOffset()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void knownWorker_returningCaller_offeredToLastAgentThenQueueKeepingPriority() {
    RoutingDecision decision =
        router(SampleConfigurations.knownWorker())
            .route("{\"last_agent_sid\": \"" + tom.sid() + "\"}");

    assertThat(decision.filterName()).contains("Returning caller");
    assertThat(decision.steps().get(0).eligibleWorkers()).containsExactly(tom);
    RoutingStep widened = decision.steps().get(1);
    assertThat(widened.queue()).isEqualTo(EVERYONE);
    assertThat(widened.startOffset()).isEqualTo(Duration.ofSeconds(30));
    assertThat(widened.priority()).isEqualTo(OptionalInt.of(10));
    assertThat(widened.eligibleWorkers()).hasSize(10).doesNotContain(sam);
  }

  @Test
  void knownWorker_byFriendlyName_andUnknownNameWaitsOutTheStep() {
    Router r = router(SampleConfigurations.knownWorker());

    RoutingDecision byName = r.route("{\"requested_agent\": \"Bea\"}");
    RoutingDecision unknown = r.route("{\"requested_agent\": \"nobody\"}");

    assertThat(byName.filterName()).contains("Asked for an agent by name");
    assertThat(byName.firstWorker()).contains(bea);
    assertThat(unknown.steps().get(0).eligibleWorkers()).isEmpty();
    assertThat(unknown.steps().get(0).notes())
        .singleElement()
        .asString()
        .contains("\"nobody\" names no known worker");
    assertThat(unknown.firstStepWithWorkers().map(RoutingStep::startOffset))
        .contains(Duration.ofSeconds(45));
  }

  @Test
  void skipIfOverflow_noSalesAgentAvailable_goesStraightToOverflow() {
    Router r = router(SampleConfigurations.skipIfOverflow());

    RoutingDecision noSales = r.route("{\"type\": \"sales\"}");
    RoutingDecision withSales =
        r.withWorker(sam.withActivity(RoutingFixtures.AVAILABLE, "Available", true))
            .route("{\"type\": \"sales\"}");

    assertThat(noSales.steps().get(0).skipped()).isTrue();
    assertThat(noSales.steps().get(1).queue()).isEqualTo(OVERFLOW);
    assertThat(noSales.steps().get(1).startOffset()).isZero();
    assertThat(noSales.firstWorker()).contains(olga);
    assertThat(withSales.steps().get(0).skipped()).isFalse();
    assertThat(withSales.steps().get(1).startOffset()).isEqualTo(Duration.ofSeconds(30));
    assertThat(withSales.firstWorker().map(WorkerState::friendlyName)).contains("sam");
  }

  @Test
  void orderBySkill_mostSkilledFirstThenLeastTenured() {
    RoutingDecision decision =
        router(SampleConfigurations.orderBySkill())
            .route("{\"type\": \"technical\", \"required_level\": 1}");

    assertThat(decision.steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("ted", "tara", "tim");
    RoutingDecision hard =
        router(SampleConfigurations.orderBySkill())
            .route("{\"type\": \"technical\", \"required_level\": 3}");
    assertThat(hard.steps().get(0).eligibleWorkers())
        .extracting(WorkerState::friendlyName)
        .containsExactly("ted", "tara");
    assertThat(hard.steps().get(1).queue()).isEqualTo(TIER_2);
  }

  @Test
  void timeOfDay_weekdayMorningOfficeWeekendVoicemail() {
    Router r = router(SampleConfigurations.timeOfDay());

    RoutingDecision monday =
        r.route(RoutingJson.parseObject("{}", "task"), Instant.parse("2026-11-30T09:30:00Z"));
    RoutingDecision evening =
        r.route(RoutingJson.parseObject("{}", "task"), Instant.parse("2026-11-30T18:00:00Z"));
    RoutingDecision sunday =
        r.route(RoutingJson.parseObject("{}", "task"), Instant.parse("2026-12-06T09:30:00Z"));

    assertThat(monday.filterName()).contains("Business hours");
    assertThat(monday.steps()).singleElement().extracting(RoutingStep::queue).isEqualTo(OFFICE);
    assertThat(monday.steps().get(0).eligibleWorkers()).doesNotContain(bo);
    assertThat(evening.filterName()).contains("After hours");
    assertThat(sunday.filterName()).contains("After hours");
    assertThat(sunday.firstWorker()).contains(bo);
  }

  @Test
  void languageAndSkills_spanishBillingThenMultilingual_englishBillingToSpecialists() {
    Router r = router(SampleConfigurations.languageAndSkills());

    RoutingDecision spanish = r.route("{\"topic\": \"billing\", \"language\": \"es\"}");
    RoutingDecision english = r.route("{\"topic\": \"billing\", \"language\": \"en\"}");
    RoutingDecision other = r.route("{\"topic\": \"shipping\"}");

    assertThat(spanish.filterName()).contains("Billing in the caller's language");
    assertThat(spanish.steps().get(0).eligibleWorkers()).containsExactly(bea);
    assertThat(spanish.steps().get(1).queue()).isEqualTo(MULTILINGUAL);
    assertThat(spanish.steps().get(1).priority()).isEqualTo(OptionalInt.of(3));
    assertThat(spanish.steps().get(1).eligibleWorkers()).containsExactly(max);
    assertThat(english.filterName()).contains("English billing");
    assertThat(english.steps().get(0).eligibleWorkers()).containsExactly(bea, bo);
    assertThat(other.match()).isEqualTo(RoutingDecision.Match.DEFAULT_FILTER);
  }
}
