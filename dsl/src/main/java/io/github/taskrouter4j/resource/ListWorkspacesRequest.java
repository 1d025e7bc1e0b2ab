package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists Workspaces: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListWorkspacesRequest request = ListWorkspacesRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListWorkspacesRequest {
  ListWorkspacesRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListWorkspacesRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListWorkspacesRequest.Builder {
    Builder() {}
  }

  /** Only workspaces with this name. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

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
    return new Form().put("FriendlyName", friendlyName()).put("PageSize", pageSize()).build();
  }

  @Value.Check
  void check() {
    Checks.range("ListWorkspacesRequest.pageSize", pageSize(), 1, 1000L);
  }
}
