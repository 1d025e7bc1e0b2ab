package io.github.taskrouter4j.workflow.expression;

import java.time.Instant;

/** What one evaluation reads: the task, the worker, the time and the worker counts. */
final class Env {
  final com.fasterxml.jackson.databind.JsonNode task;
  final com.fasterxml.jackson.databind.JsonNode worker;
  final Instant now;
  final WorkerCounts counts;

  Env(
      com.fasterxml.jackson.databind.JsonNode task,
      com.fasterxml.jackson.databind.JsonNode worker,
      Instant now,
      WorkerCounts counts) {
    this.task = task;
    this.worker = worker;
    this.now = now;
    this.counts = counts;
  }
}
