package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists TaskChannels: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListTaskChannelsRequest request = ListTaskChannelsRequest.builder()
 *     .pageSize(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTaskChannelsRequest {
  ListTaskChannelsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListTaskChannelsRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListTaskChannelsRequest.Builder {
    Builder() {}
  }

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
    return new Form().put("PageSize", pageSize()).build();
  }

  @Value.Check
  void check() {
    Checks.range("ListTaskChannelsRequest.pageSize", pageSize(), 1, 1000L);
  }
}
