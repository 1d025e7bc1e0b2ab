package io.github.taskrouter4j.benchmarks;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one worker change costs a {@link Router} as the workforce grows: {@code Router.withWorker}
 * for an availability change, which the emulator pays on every activity update. Workers are spread
 * over 10 queues, each with a worker-only target ({@code worker.level >= 2}) ordered by level, so a
 * change moves the worker in a queue's members and a target's sorted pool. Run with {@code -prof
 * gc}: the bytes allocated per change show what is copied.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RouterUpdateBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s \
 *   -p workers=1000,10000,100000 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RouterUpdateBenchmark {
  private static final int QUEUES = 10;
  private static final int LEVELS = 5;

  /** Workers the router knows. */
  @Param({"1000", "10000", "100000"})
  public int workers;

  private Router router;
  private WorkerState[] states;
  private int next;

  @Setup
  public void setUp() {
    ActivitySid available = ActivitySid.of(String.format("WA%032x", 1));
    WorkflowConfiguration.Builder config = WorkflowConfiguration.builder();
    List<QueueDefinition> queues = new ArrayList<>();
    for (int q = 0; q < QUEUES; q++) {
      TaskQueueSid sid = TaskQueueSid.of(String.format("WQ%032x", q + 1));
      queues.add(
          QueueDefinition.builder()
              .sid(sid)
              .friendlyName("q" + q)
              .targetWorkers("queue == " + q)
              .build());
      config.filter(
          Filter.named("q" + q)
              .when("queue == " + q)
              .target(
                  Target.queue(sid).expression("worker.level >= 2").orderBy("worker.level DESC")));
    }
    states = new WorkerState[workers];
    for (int w = 0; w < workers; w++) {
      states[w] =
          WorkerState.builder()
              .sid(WorkerSid.of(String.format("WK%032x", w + 1)))
              .friendlyName("worker" + w)
              .attributes(
                  "{\"queue\": " + (w % QUEUES) + ", \"level\": " + (w / QUEUES) % LEVELS + "}")
              .activity(available, "Available", true)
              .idleSince(Instant.parse("2026-11-30T08:00:00Z").plusSeconds(w))
              .build();
    }
    router =
        Router.builder()
            .configuration(config.build())
            .queues(queues)
            .workers(List.of(states))
            .clock(Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC))
            .build();
  }

  /** One worker's availability flipped: a new router sharing everything else. */
  @Benchmark
  public Router toggleAvailability() {
    WorkerState worker = states[next].withAvailable(!states[next].available());
    states[next] = worker;
    next = (next + 1) % workers;
    router = router.withWorker(worker);
    return router;
  }
}
