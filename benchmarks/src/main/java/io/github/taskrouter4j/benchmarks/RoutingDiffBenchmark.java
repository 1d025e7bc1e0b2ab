package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.RoutingDiff;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A routing diff of 100,000 tasks between two 20-filter configurations with 1,000 workers: the
 * configuration of {@link RoutingBenchmark} before and after department 3's first step times out
 * after 45 s instead of 30 s (about one task in twelve changes). The score is the time of one whole
 * diff: building both routers, routing every task twice, and summarising the changed ones.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar RoutingDiffBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingDiffBenchmark {
  static final int TASKS = 100_000;
  private static final int CHANGED_DEPARTMENT = 3;

  private WorkflowConfiguration before;
  private WorkflowConfiguration after;
  private List<WorkerState> workers;
  private List<JsonNode> tasks;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    before = WorkflowConfiguration.fromJson(RoutingBenchmark.configuration());
    after = WorkflowConfiguration.fromJson(RoutingBenchmark.configuration(CHANGED_DEPARTMENT));
    workers = List.of(RoutingBenchmark.workerStates(random));
    tasks = List.of(RoutingBenchmark.taskAttributes(random, TASKS));
  }

  /** One diff of the 100,000 tasks. */
  @Benchmark
  public RoutingDiff diff100kTasks() {
    return RoutingDiff.between(before, after)
        .queues(RoutingBenchmark.queueDefinitions())
        .workers(workers)
        .forTasks(tasks);
  }
}
