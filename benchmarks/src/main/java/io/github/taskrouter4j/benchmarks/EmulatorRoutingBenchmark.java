package io.github.taskrouter4j.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The emulator's full task lifecycle through public API only: a {@code TaskRouterEmulator} in this
 * JVM, driven by the dsl's {@code TaskRouter} client in process or over loopback HTTP. One
 * operation creates a task, which the workflow routes to a reservation for an available worker at
 * once, accepts it, completes the task and deletes it, so the worker is free again. {@code history}
 * completed tasks are created (and kept) before measuring, so the score shows whether cost grows
 * with history; {@code toggleActivity} measures a worker activity change against the same history
 * (run it on one thread: it toggles one worker). Run {@code lifecycle} with {@code -t 8} for eight
 * client threads.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EmulatorRoutingBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s \
 *   -p workers=100,1000,10000 -p history=0,100000 -p transport=inprocess,http -t 1   # then -t 8
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmulatorRoutingBenchmark {
  private static final int QUEUES = 10;

  /** Workers, spread evenly over the queues. */
  @Param({"100", "1000", "10000"})
  public int workers;

  /** Completed tasks kept in the workspace before measuring. */
  @Param({"0", "10000"})
  public int history;

  /**
   * Tasks waiting, before measuring, in the first worker's queue for a worker nobody is: {@code
   * toggleActivity} then shows what a worker becoming available costs with a long queue of tasks it
   * cannot take.
   */
  @Param({"0"})
  public int backlog;

  /** Threads serving the emulator's HTTP requests. */
  @Param({"8"})
  public int serverThreads;

  /**
   * How the dsl client reaches the emulator: {@code inprocess}, requests handed straight to the
   * emulator ({@code TaskRouterEmulator#newInProcessClient()}), or {@code http}, over loopback
   * sockets ({@code TaskRouterEmulator#newClient()}).
   */
  @Param({"inprocess", "http"})
  public String transport;

  private EmulatorWorkload workload;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() {
    workload = new EmulatorWorkload(workers, QUEUES, serverThreads, transport);
    for (int i = 0; i < history; i++) {
      workload.lifecycle(i, true);
    }
    workload.backlog(backlog);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    workload.close();
  }

  /** Create → reserved → accepted → completed, then delete: one lifecycle per operation. */
  @Benchmark
  public void lifecycle() {
    workload.lifecycle(next.getAndIncrement(), false);
  }

  /** One worker Offline and back to Available (two activity changes per operation). */
  @Benchmark
  public void toggleActivity() {
    workload.toggleFirstWorker();
  }
}
