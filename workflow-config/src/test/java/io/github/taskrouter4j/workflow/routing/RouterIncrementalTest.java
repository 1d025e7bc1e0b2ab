package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.AVAILABLE;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.BREAK;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.workerSid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The index a router keeps up to date on every {@code withWorker}/{@code withoutWorker} must give
 * the same decisions as a router built from scratch over the same workers.
 */
class RouterIncrementalTest {
  static final String CONFIG =
      """
      {"task_routing": {
        "filters": [
          {"filter_friendly_name": "Gold", "expression": "customer_value == 'Gold'",
           "targets": [
             {"queue": "$GOLD", "expression": "worker.level >= 2", "order_by": "worker.level DESC", "timeout": 30},
             {"queue": "$GOLD", "expression": "task.skill IN worker.skills", "timeout": 30,
              "skip_if": "workers.available == 0"},
             {"queue": "$EVERYONE", "order_by": "worker.level ASC"}
           ]}
        ],
        "default_filter": {"queue": "$EVERYONE"}
      }}
      """;

  private static final String[] SKILLS = {"billing", "tech", "sales"};

  @Property(tries = 25)
  void randomUpdates_giveSameDecisionsAsFreshBuild(@ForAll long seed) {
    assertSameAsFreshBuild(new Random(seed), 12, 60);
  }

  /** Enough workers that every sorted pool is a tree of several leaves, split and emptied. */
  @Property(tries = 5)
  void manyWorkers_randomUpdates_giveSameDecisionsAsFreshBuild(@ForAll long seed) {
    assertSameAsFreshBuild(new Random(seed), 600, 3000);
  }

  private static void assertSameAsFreshBuild(Random random, int workers, int updates) {
    Router incremental = RoutingFixtures.router(CONFIG).build();
    Map<Integer, WorkerState> current = new LinkedHashMap<>();
    for (int i = 0; i < updates; i++) {
      int n = 1 + random.nextInt(workers);
      if (random.nextInt(6) == 0) {
        incremental = incremental.withoutWorker(workerSid(n));
        current.remove(n);
      } else {
        WorkerState worker = randomWorker(random, n);
        incremental = incremental.withWorker(worker);
        current.put(n, worker);
      }
    }
    Router fresh = RoutingFixtures.router(CONFIG).workers(current.values()).build();

    for (String task :
        List.of(
            "{\"customer_value\": \"Gold\", \"skill\": \"tech\"}",
            "{\"customer_value\": \"Gold\", \"skill\": \"sales\"}",
            "{\"customer_value\": \"Silver\"}")) {
      assertThat(incremental.route(task)).isEqualTo(fresh.route(task));
    }
    assertThat(incremental.queueMembers(RoutingFixtures.GOLD))
        .isEqualTo(fresh.queueMembers(RoutingFixtures.GOLD));
  }

  static WorkerState randomWorker(Random random, int n) {
    List<String> skills = new ArrayList<>();
    for (String skill : SKILLS) {
      if (random.nextBoolean()) {
        skills.add("\"" + skill + "\"");
      }
    }
    String attributes =
        "{\"tier\": \""
            + (random.nextBoolean() ? "gold" : "silver")
            + "\", \"skills\": "
            + skills
            + (random.nextInt(4) == 0 ? "" : ", \"level\": " + random.nextInt(4))
            + "}";
    boolean available = random.nextInt(3) > 0;
    return WorkerState.builder()
        .sid(workerSid(n))
        .friendlyName("w" + n)
        .attributes(attributes)
        .activity(available ? AVAILABLE : BREAK, available ? "Available" : "Break", available)
        .idleSince(Instant.ofEpochSecond(random.nextInt(5)))
        .build();
  }
}
