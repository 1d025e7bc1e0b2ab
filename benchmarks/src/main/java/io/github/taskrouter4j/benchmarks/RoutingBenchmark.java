package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing 10,000 tasks through a 20-filter configuration with 1,000 workers over 10 queues.
 *
 * <p>Each filter matches a department and a tier (plus two time-of-day filters and a catch-all for
 * VIPs); its three escalation steps use a task-dependent target expression ({@code task.skill IN
 * worker.skills}), a worker-only expression with {@code order_by}, and a widening step, with a
 * {@code skip_if}. 70 % of the workers are available. Scores are per task routed
 * ({@code @OperationsPerInvocation}), so {@code route10kTasks} reads as tasks per second (one
 * invocation routes 10,000 tasks, so warm up for several seconds); {@code toggleAvailability}
 * measures one worker state change ({@code Router.withWorker}), what the emulator pays on every
 * activity update.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RoutingBenchmark -f 1 -wi 10 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingBenchmark {
  static final int TASKS = 10_000;
  static final int WORKERS = 1_000;
  static final int QUEUES = 10;
  static final int FILTERS = 20;
  static final String[] SKILLS = {"billing", "tech", "sales", "returns", "fraud", "claims"};
  static final String[] TIERS = {"gold", "silver"};

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Router router;
  private JsonNode[] tasks;
  private WorkerState[] workers;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    workers = workerStates(random);
    router =
        Router.builder()
            .configuration(WorkflowConfiguration.fromJson(configuration()))
            .queues(queueDefinitions())
            .workers(List.of(workers))
            .clock(Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC))
            .build();
    tasks = taskAttributes(random, TASKS);
  }

  /** One queue per department: its own agents and those backing it up. */
  static List<QueueDefinition> queueDefinitions() {
    List<QueueDefinition> queues = new ArrayList<>();
    for (int q = 0; q < QUEUES; q++) {
      queues.add(
          QueueDefinition.builder()
              .sid(queue(q))
              .friendlyName("Department " + q)
              .targetWorkers("department == 'd" + q + "' OR backup == 'd" + q + "'")
              .build());
    }
    return queues;
  }

  /** 1,000 workers over the departments, with levels and skills; 70 % available. */
  static WorkerState[] workerStates(Random random) {
    ActivitySid available = ActivitySid.of(String.format("WA%032x", 1));
    ActivitySid offline = ActivitySid.of(String.format("WA%032x", 2));
    WorkerState[] states = new WorkerState[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      ObjectNode attributes = MAPPER.createObjectNode();
      attributes.put("department", "d" + (w % QUEUES));
      if (w % 7 == 0) {
        attributes.put("backup", "d" + ((w + 3) % QUEUES));
      }
      attributes.put("level", random.nextInt(5));
      attributes
          .putArray("skills")
          .add(SKILLS[w % SKILLS.length])
          .add(SKILLS[(w / 7) % SKILLS.length]);
      boolean isAvailable = random.nextInt(10) < 7;
      states[w] =
          WorkerState.builder()
              .sid(WorkerSid.of(String.format("WK%032x", w + 1)))
              .friendlyName("worker" + w)
              .attributes(attributes)
              .activity(
                  isAvailable ? available : offline,
                  isAvailable ? "Available" : "Offline",
                  isAvailable)
              .idleSince(Instant.parse("2026-11-30T08:00:00Z").plusSeconds(random.nextInt(3600)))
              .build();
    }
    return states;
  }

  /** Tasks over the departments (one in eleven matches none), tiers and skills; 5 % VIP. */
  static JsonNode[] taskAttributes(Random random, int count) {
    JsonNode[] out = new JsonNode[count];
    for (int t = 0; t < count; t++) {
      ObjectNode task = MAPPER.createObjectNode();
      task.put("department", "d" + random.nextInt(QUEUES + 1)); // d10 matches no department
      task.put("tier", TIERS[random.nextInt(TIERS.length)]);
      task.put("skill", SKILLS[random.nextInt(SKILLS.length)]);
      task.put("vip", random.nextInt(20) == 0);
      out[t] = task;
    }
    return out;
  }

  /** Routes all 10,000 tasks; the score is tasks routed per second. */
  @Benchmark
  @OperationsPerInvocation(TASKS)
  public void route10kTasks(Blackhole blackhole) {
    for (JsonNode task : tasks) {
      RoutingDecision decision = router.route(task);
      blackhole.consume(decision);
    }
  }

  /** One worker availability change: a new router sharing everything else. */
  @Benchmark
  public Router toggleAvailability() {
    WorkerState worker = workers[next];
    next = (next + 1) % WORKERS;
    return router.withWorker(worker.withAvailable(!worker.available()));
  }

  private static TaskQueueSid queue(int q) {
    return TaskQueueSid.of(String.format("WQ%032x", q + 1));
  }

  /** 18 department-and-tier filters, a VIP filter, a business-hours filter, a default filter. */
  static String configuration() {
    return configuration(-1);
  }

  /**
   * The configuration of {@link #configuration()}, with the first step of department {@code
   * slower}'s filters timing out after 45 s instead of 30 s (none if it is -1).
   */
  static String configuration(int slower) {
    StringBuilder filters = new StringBuilder();
    int made = 0;
    filters.append(filter("VIP", "vip == true", queue(0), "1==1", "worker.level DESC", 30));
    made++;
    for (int d = 0; d < QUEUES && made < FILTERS - 1; d++) {
      for (String tier : TIERS) {
        if (made == FILTERS - 1) {
          break;
        }
        filters
            .append(',')
            .append(
                filter(
                    "d" + d + " " + tier,
                    "department == 'd" + d + "' AND tier == '" + tier + "'",
                    queue(d),
                    tier.equals("gold") ? "worker.level >= 2" : "worker.level >= 1",
                    "worker.level " + (tier.equals("gold") ? "DESC" : "ASC"),
                    d == slower ? 45 : 30));
        made++;
      }
    }
    filters
        .append(',')
        .append(
            filter(
                "Business hours",
                "taskrouter.dayOfWeek IN ['Mon','Tue','Wed','Thu','Fri'] AND taskrouter.currentTime >= 800",
                queue(9),
                "1==1",
                "worker.level DESC",
                30));
    return "{\"task_routing\":{\"filters\":["
        + filters
        + "],\"default_filter\":{\"queue\":\""
        + queue(0)
        + "\"}}}";
  }

  private static String filter(
      String name,
      String expression,
      TaskQueueSid queue,
      String staticExpression,
      String orderBy,
      int firstTimeout) {
    TaskQueueSid widen = queue(QUEUES - 1);
    return "{\"filter_friendly_name\":\""
        + name
        + "\",\"expression\":\""
        + expression
        + "\",\"targets\":["
        + "{\"queue\":\""
        + queue
        + "\",\"expression\":\"task.skill IN worker.skills\",\"priority\":5,"
        + "\"timeout\":"
        + firstTimeout
        + ",\"skip_if\":\"workers.available == 0\"},"
        + "{\"queue\":\""
        + queue
        + "\",\"expression\":\""
        + staticExpression
        + "\",\"order_by\":\""
        + orderBy
        + "\",\"timeout\":60},"
        + "{\"queue\":\""
        + widen
        + "\",\"priority\":1}]}";
  }
}
