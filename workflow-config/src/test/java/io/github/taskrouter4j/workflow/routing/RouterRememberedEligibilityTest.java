package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.available;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A router remembers, between two worker changes, the eligible workers of a step with a per-task
 * expression for each set of task values it has seen. The remembered answers must be the ones a
 * fresh evaluation gives, whatever changed since and whatever the caller does to its task
 * afterwards.
 */
class RouterRememberedEligibilityTest {
  private static final List<String> TASKS =
      List.of(
          "{\"customer_value\": \"Gold\", \"skill\": \"tech\"}",
          "{\"customer_value\": \"Gold\", \"skill\": \"sales\"}",
          "{\"customer_value\": \"Gold\", \"skill\": null}",
          "{\"customer_value\": \"Gold\"}",
          "{\"customer_value\": \"Gold\", \"skill\": [\"tech\"]}",
          "{\"customer_value\": \"Silver\"}");

  @Property(tries = 10)
  void routingBetweenUpdates_givesSameDecisionsAsFreshBuild(@ForAll long seed) {
    Random random = new Random(seed);
    Router router = RoutingFixtures.router(RouterIncrementalTest.CONFIG).build();
    Map<Integer, WorkerState> current = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      int n = 1 + random.nextInt(8);
      WorkerState worker = RouterIncrementalTest.randomWorker(random, n);
      router = router.withWorker(worker);
      current.put(n, worker);
      Router fresh =
          RoutingFixtures.router(RouterIncrementalTest.CONFIG).workers(current.values()).build();
      for (String task : TASKS) {
        // Twice: the second answer comes from what the first remembered.
        assertThat(router.route(task)).isEqualTo(fresh.route(task));
        assertThat(router.route(task)).isEqualTo(fresh.route(task));
      }
    }
  }

  @Test
  void eligibleWorkers_callerChangesTaskAfterwards_answerFollowsTheNewValue() {
    Router router =
        RoutingFixtures.router(RouterIncrementalTest.CONFIG)
            .worker(available(1, "ann", "{\"tier\": \"gold\", \"skills\": [\"tech\"]}"))
            .worker(available(2, "bob", "{\"tier\": \"gold\", \"skills\": [\"sales\"]}"))
            .build();
    ObjectNode task = JsonNodeFactory.instance.objectNode();
    task.put("customer_value", "Gold").put("skill", "tech");
    RoutingStep bySkill = router.route(task).steps().get(1);

    List<WorkerState> first = router.eligibleWorkers(task, bySkill, RoutingFixtures.MONDAY_MORNING);
    task.put("skill", "sales");
    List<WorkerState> second =
        router.eligibleWorkers(task, bySkill, RoutingFixtures.MONDAY_MORNING);

    assertThat(first).extracting(WorkerState::friendlyName).containsExactly("ann");
    assertThat(second).extracting(WorkerState::friendlyName).containsExactly("bob");
  }
}
