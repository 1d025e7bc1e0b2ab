package io.github.taskrouter4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A soak run of the emulator through public API: 100,000 full lifecycles (create → reserved →
 * accepted → completed, then deleted unless {@code keep}), printing every 20,000 the heap after a
 * full GC, the mean cost of a lifecycle over the last 20,000, and the mean cost of a worker
 * activity change measured at that point.
 *
 * <p>Give the JVM a fixed heap ({@code -Xms} equal to {@code -Xmx}): the full GC before each report
 * otherwise shrinks the heap to the live set, and the next 20,000 lifecycles then run in a small
 * young generation that collects every few milliseconds while the heap grows back, which more than
 * doubled the cost per lifecycle in what was reported.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.taskrouter4j.benchmarks.EmulatorSoak \
 *   [workers=1000] [lifecycles=100000] [keep|delete] [http|inprocess]
 * </pre>
 */
public final class EmulatorSoak {
  private static final int REPORT_EVERY = 20_000;
  private static final int ACTIVITY_SAMPLES = 500;
  private static final double NANOS_PER_MICRO = 1_000.0;
  private static final long BYTES_PER_MB = 1024 * 1024;

  private EmulatorSoak() {}

  /**
   * Runs the soak.
   *
   * @param args workers (default 1000), lifecycles (default 100000), {@code keep} or {@code delete}
   *     (default) the completed tasks, {@code http} (default) or {@code inprocess}
   */
  public static void main(String[] args) {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int lifecycles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    boolean keep = args.length > 2 && "keep".equals(args[2]);
    String transport = args.length > 3 ? args[3] : EmulatorWorkload.HTTP;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (EmulatorWorkload workload = new EmulatorWorkload(workers, 10, 8, transport)) {
      warmUp(workload);
      System.out.printf(
          "workers=%d lifecycles=%d tasks %s transport=%s%n",
          workers, lifecycles, keep ? "kept" : "deleted", transport);
      System.out.printf(
          "%8s %10s %14s %18s%n", "done", "heap MB", "lifecycle µs", "activity change µs");
      report(memory, 0, Double.NaN, activityChangeMicros(workload));
      long start = System.nanoTime();
      for (int i = 1; i <= lifecycles; i++) {
        workload.lifecycle(i, keep);
        if (i % REPORT_EVERY == 0) {
          double perLifecycle = (System.nanoTime() - start) / NANOS_PER_MICRO / REPORT_EVERY;
          report(memory, i, perLifecycle, activityChangeMicros(workload));
          start = System.nanoTime();
        }
      }
    }
  }

  private static void warmUp(EmulatorWorkload workload) {
    for (int i = 0; i < REPORT_EVERY; i++) {
      workload.lifecycle(i, false);
    }
  }

  private static double activityChangeMicros(EmulatorWorkload workload) {
    long start = System.nanoTime();
    for (int i = 0; i < ACTIVITY_SAMPLES; i++) {
      workload.toggleFirstWorker();
    }
    return (System.nanoTime() - start) / NANOS_PER_MICRO / (2.0 * ACTIVITY_SAMPLES);
  }

  private static void report(MemoryMXBean memory, int done, double lifecycle, double activity) {
    System.gc();
    long heap = memory.getHeapMemoryUsage().getUsed() / BYTES_PER_MB;
    System.out.printf("%8d %10d %14.1f %18.1f%n", done, heap, lifecycle, activity);
  }
}
