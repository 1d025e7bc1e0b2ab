package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that fetches real-time statistics: immutable, checked when built, rendered as
 * Twilio's query parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * RealTimeStatisticsRequest request = RealTimeStatisticsRequest.builder()
 *     .taskChannel(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RealTimeStatisticsRequest {
  RealTimeStatisticsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RealTimeStatisticsRequest}; {@code build()} checks it and says what is wrong.
   */
  public static class Builder extends ImmutableRealTimeStatisticsRequest.Builder {
    Builder() {}
  }

  /**
   * Only this task channel (SID or unique name, e.g. {@code voice}). Sent as {@code TaskChannel}.
   */
  public abstract Optional<String> taskChannel();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form().put("TaskChannel", taskChannel()).build();
  }
}
