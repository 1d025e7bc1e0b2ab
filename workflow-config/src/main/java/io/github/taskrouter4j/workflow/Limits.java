package io.github.taskrouter4j.workflow;

import java.time.Duration;
import java.util.List;

/** TaskRouter's documented limits that apply to a workflow configuration. */
final class Limits {
  /** Maximum configuration size in bytes (Twilio's limits page: "1038576 bytes (1MB)"). */
  static final int MAX_CONFIGURATION_BYTES = 1_038_576;

  /** Maximum task TTL in seconds: a step longer than this never times out. */
  static final long MAX_TASK_TTL_SECONDS = 1_209_600;

  private Limits() {}

  static void checkTimeout(Duration timeout, String path, String owner, List<Problem> problems) {
    if (timeout.isNegative() || timeout.isZero()) {
      problems.add(
          Problem.error(
              path,
              "INVALID_TIMEOUT",
              owner + ": timeout must be a positive number of seconds, was " + timeout));
    } else if (timeout.getNano() != 0) {
      problems.add(
          Problem.error(
              path,
              "INVALID_TIMEOUT",
              owner + ": timeout must be a whole number of seconds, was " + timeout));
    } else if (timeout.getSeconds() > Integer.MAX_VALUE) {
      problems.add(
          Problem.error(
              path,
              "INVALID_TIMEOUT",
              owner + ": timeout must be at most 2147483647 seconds, was " + timeout));
    }
  }
}
