package io.github.taskrouter4j.workflow.routing;

import java.time.Duration;

/** Short human renderings of offsets in decision tables: {@code 0s}, {@code 45s}, {@code 2m30s}. */
final class Durations {
  private Durations() {}

  static String format(Duration d) {
    long seconds = d.getSeconds();
    if (seconds < 60 || d.getNano() != 0) {
      return d.getNano() == 0 ? seconds + "s" : d.toMillis() + "ms";
    }
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    StringBuilder out = new StringBuilder();
    if (h > 0) {
      out.append(h).append('h');
    }
    if (m > 0) {
      out.append(m).append('m');
    }
    if (s > 0) {
      out.append(s).append('s');
    }
    return out.toString();
  }
}
