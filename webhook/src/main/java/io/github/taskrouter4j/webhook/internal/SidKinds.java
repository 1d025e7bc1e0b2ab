package io.github.taskrouter4j.webhook.internal;

import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerChannelSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Picks the typed SID class from a SID's prefix. Internal. */
public final class SidKinds {
  private static final Map<String, Function<String, ? extends Sid>> BY_PREFIX =
      Map.of(
          "AC", AccountSid::of,
          "WA", ActivitySid::of,
          "WR", ReservationSid::of,
          "TC", TaskChannelSid::of,
          "WQ", TaskQueueSid::of,
          "WT", TaskSid::of,
          "WK", WorkerSid::of,
          "WW", WorkflowSid::of,
          "WS", WorkspaceSid::of,
          "WC", WorkerChannelSid::of);

  private SidKinds() {}

  /**
   * Types a SID by its prefix.
   *
   * @param text the SID text
   * @return the typed SID, or empty if the prefix is not a TaskRouter kind or the text is malformed
   */
  public static Optional<Sid> parse(String text) {
    if (!Sid.looksLikeSid(text)) {
      return Optional.empty();
    }
    Function<String, ? extends Sid> factory = BY_PREFIX.get(text.substring(0, 2));
    return factory == null ? Optional.empty() : Optional.of(factory.apply(text));
  }
}
