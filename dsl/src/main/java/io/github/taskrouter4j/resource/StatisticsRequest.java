package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that fetches cumulative statistics (of a workspace, workflow, queue or worker):
 * immutable, checked when built, rendered as Twilio's query parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * StatisticsRequest request = StatisticsRequest.builder()
 *     .period(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class StatisticsRequest {
  StatisticsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatisticsRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableStatisticsRequest.Builder {
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

  /**
   * Only this task channel (SID or unique name, e.g. {@code voice}). Sent as {@code TaskChannel}.
   */
  public abstract Optional<String> taskChannel();

  /**
   * Wait-time thresholds to split tasks canceled and reservations accepted by, in whole seconds;
   * sent comma-separated, e.g. {@code 5,30}. Sent as {@code SplitByWaitTime}.
   */
  public abstract List<Duration> splitByWaitTime();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .putMinutes("Minutes", period())
        .put("StartDate", startDate())
        .put("EndDate", endDate())
        .put("TaskChannel", taskChannel())
        .putJoined("SplitByWaitTime", splitByWaitTime())
        .build();
  }

  @Value.Check
  void check() {
    Checks.minutes("StatisticsRequest.period", period());
    splitByWaitTime()
        .forEach(
            d ->
                Checks.seconds(
                    "StatisticsRequest.splitByWaitTime", Optional.of(d), 1, Long.MAX_VALUE));
    Checks.window("StatisticsRequest", startDate(), endDate());
  }
}
