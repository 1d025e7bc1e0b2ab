package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists the statistics of every TaskQueue: immutable, checked when built, rendered
 * as Twilio's query parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListTaskQueuesStatisticsRequest request = ListTaskQueuesStatisticsRequest.builder()
 *     .endDate(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTaskQueuesStatisticsRequest {
  ListTaskQueuesStatisticsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ListTaskQueuesStatisticsRequest}; {@code build()} checks it and says what is
   * wrong.
   */
  public static class Builder extends ImmutableListTaskQueuesStatisticsRequest.Builder {
    Builder() {}
  }

  /** Statistics up to this time. Sent as {@code EndDate}. */
  public abstract Optional<Instant> endDate();

  /** Only queues with this name. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Statistics over this period before now, in whole minutes (Twilio's default: 15 minutes); sent
   * as {@code Minutes}. Sent as {@code Minutes}.
   */
  public abstract Optional<Duration> period();

  /** Statistics from this time on. Sent as {@code StartDate}. */
  public abstract Optional<Instant> startDate();

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
   * How many items Twilio returns per page (1 to 1000; Twilio's default is 50). Sent as {@code
   * PageSize}.
   */
  public abstract OptionalInt pageSize();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .put("EndDate", endDate())
        .put("FriendlyName", friendlyName())
        .putMinutes("Minutes", period())
        .put("StartDate", startDate())
        .put("TaskChannel", taskChannel())
        .putJoined("SplitByWaitTime", splitByWaitTime())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.minutes("ListTaskQueuesStatisticsRequest.period", period());
    splitByWaitTime()
        .forEach(
            d ->
                Checks.seconds(
                    "ListTaskQueuesStatisticsRequest.splitByWaitTime",
                    Optional.of(d),
                    1,
                    Long.MAX_VALUE));
    Checks.range("ListTaskQueuesStatisticsRequest.pageSize", pageSize(), 1, 1000L);
    Checks.window("ListTaskQueuesStatisticsRequest", startDate(), endDate());
  }
}
