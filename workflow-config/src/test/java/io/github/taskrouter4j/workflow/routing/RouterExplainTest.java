package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.MONDAY_MORNING;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.onBreak;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.router;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.workflow.routing.WorkerVerdict.Reason;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RouterExplainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String CONFIG =
      "{\"task_routing\": {\"filters\": [{\"filter_friendly_name\": \"Gold billing\","
          + " \"expression\": \"type == 'billing'\", \"targets\": ["
          + "{\"queue\": \"$GOLD\", \"expression\": \"worker.languages HAS task.language\","
          + " \"timeout\": 30},"
          + "{\"queue\": \"$EVERYONE\"}]}],"
          + " \"default_filter\": {\"queue\": \"$EVERYONE\"}}}";

  private static JsonNode task(String json) throws Exception {
    return JSON.readTree(json);
  }

  private static Router workers() {
    return router(CONFIG)
        .worker(available(1, "alice", "{\"tier\": \"gold\", \"languages\": [\"en\"]}"))
        .worker(onBreak(2, "bob", "{\"tier\": \"gold\", \"languages\": [\"en\"]}"))
        .worker(available(3, "carol", "{\"tier\": \"silver\", \"languages\": [\"en\"]}"))
        .worker(available(4, "dave", "{\"tier\": \"gold\", \"languages\": [\"fr\"]}"))
        .build();
  }

  @Test
  void explain_firstStep_givesEveryWorkerTheFirstReasonNotEligible() throws Exception {
    Router router = workers();
    JsonNode task = task("{\"type\": \"billing\", \"language\": \"en\"}");
    RoutingStep step = router.route(task).steps().get(0);

    StepExplanation why = router.explain(task, step, MONDAY_MORNING, MONDAY_MORNING);

    assertThat(why.eligible()).extracting(WorkerState::friendlyName).containsExactly("alice");
    assertThat(why.verdict("alice").get().reason()).isEqualTo(Reason.ELIGIBLE);
    assertThat(why.verdict("bob").get().reason()).isEqualTo(Reason.UNAVAILABLE);
    assertThat(why.verdict("bob").get().detail()).isEqualTo("not available (activity Break)");
    assertThat(why.verdict("carol").get().reason()).isEqualTo(Reason.NOT_IN_QUEUE);
    assertThat(why.verdict("carol").get().detail())
        .contains("not in queue Gold")
        .contains("tier == 'gold'");
    assertThat(why.verdict("dave").get().reason()).isEqualTo(Reason.TARGET_EXPRESSION);
    assertThat(why.verdict("dave").get().detail()).contains("worker.languages HAS task.language");
    assertThat(why.verdicts()).hasSize(4);
  }

  @Test
  void explain_stepWithTimeout_nextStepStartsAtEntryPlusTimeout() throws Exception {
    Router router = workers();
    JsonNode task = task("{\"type\": \"billing\", \"language\": \"en\"}");
    RoutingStep step = router.route(task).steps().get(0);
    Instant entered = MONDAY_MORNING.minusSeconds(10);

    StepExplanation why = router.explain(task, step, entered, MONDAY_MORNING);

    assertThat(why.nextStepAt()).contains(entered.plus(Duration.ofSeconds(30)));
    assertThat(why.evaluatedAt()).isEqualTo(MONDAY_MORNING);
  }

  @Test
  void explain_afterWorkerBecomesAvailable_verdictChanges() throws Exception {
    Router router = workers();
    JsonNode task = task("{\"type\": \"billing\", \"language\": \"en\"}");
    RoutingStep step = router.route(task).steps().get(0);
    Router later =
        router.withWorker(available(2, "bob", "{\"tier\": \"gold\", \"languages\": [\"en\"]}"));

    StepExplanation why = later.explain(task, step, MONDAY_MORNING, MONDAY_MORNING);

    assertThat(why.verdict("bob").get().eligible()).isTrue();
    assertThat(why.eligible()).extracting(WorkerState::friendlyName).contains("alice", "bob");
  }

  @Test
  void explain_defaultFilter_hasNoNextStep() throws Exception {
    Router router = workers();
    JsonNode task = task("{\"type\": \"sales\"}");
    RoutingStep step = router.route(task).steps().get(0);

    StepExplanation why = router.explain(task, step, MONDAY_MORNING, MONDAY_MORNING);

    assertThat(step.isDefaultFilter()).isTrue();
    assertThat(why.nextStepAt()).isEmpty();
    assertThat(why.verdict("bob").get().reason()).isEqualTo(Reason.UNAVAILABLE);
    assertThat(why.toString()).contains("bob: not available (activity Break)");
  }

  @Test
  void explain_nonObjectAttributes_isRefused() throws Exception {
    Router router = workers();
    RoutingStep step = router.route(task("{\"type\": \"sales\"}")).steps().get(0);

    assertThatThrownBy(() -> router.explain(task("[1]"), step, MONDAY_MORNING, MONDAY_MORNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task attributes");
  }
}
