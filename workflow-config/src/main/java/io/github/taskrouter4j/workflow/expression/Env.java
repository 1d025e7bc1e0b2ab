package io.github.taskrouter4j.workflow.expression;

import java.time.Instant;

/**
 * What an evaluation reads besides the task and worker nodes: the time and the worker counts.
 * Either may be null when the expression type does not use it.
 */
final class Env {
  /** For evaluations without time or counts; shared, so a plain {@code test} allocates nothing. */
  static final Env NONE = new Env(null, null);

  final Instant now;
  final WorkerCounts counts;

  Env(Instant now, WorkerCounts counts) {
    this.now = now;
    this.counts = counts;
  }
}
