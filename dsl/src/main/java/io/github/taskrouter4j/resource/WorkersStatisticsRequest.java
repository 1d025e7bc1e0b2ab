package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that fetches the statistics of all Workers: immutable, checked when built, rendered
 * as Twilio's query parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * WorkersStatisticsRequest request = WorkersStatisticsRequest.builder()
 *     .period(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class WorkersStatisticsRequest {
  WorkersStatisticsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WorkersStatisticsRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableWorkersStatisticsRequest.Builder {
    Builder() {}
  }

  /**
   * Statistics over this period before now, in whole minutes (Twilio's default: 15 minutes); sent
   * as {@code Minutes}. Sent as {@code Minutes}.
   */
  public abstract Optional<Duration> period();

  /** Statistics from this time on. Sent as {@code StartDate}. */
  public abstract Optional<Instant> startDate();

  /** Statistics up to this time. Sent as {@code EndDate}. */
  public abstract Optional<Instant> endDate();

  /** Only workers eligible for this queue. Sent as {@code TaskQueueSid}. */
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** Only workers eligible for the queue with this name. Sent as {@code TaskQueueName}. */
  public abstract Optional<String> taskQueueName();

  /** Only workers with this name. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Only this task channel (SID or unique name, e.g. {@code voice}). Sent as {@code TaskChannel}.
   */
  public abstract Optional<String> taskChannel();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .putMinutes("Minutes", period())
        .put("StartDate", startDate())
        .put("EndDate", endDate())
        .put("TaskQueueSid", taskQueueSid())
        .put("TaskQueueName", taskQueueName())
        .put("FriendlyName", friendlyName())
        .put("TaskChannel", taskChannel())
        .build();
  }

  @Value.Check
  void check() {
    Checks.minutes("WorkersStatisticsRequest.period", period());
    Checks.window("WorkersStatisticsRequest", startDate(), endDate());
  }
}
