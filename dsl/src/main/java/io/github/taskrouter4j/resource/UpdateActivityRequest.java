package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that renames an Activity: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateActivityRequest request = UpdateActivityRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateActivityRequest {
  UpdateActivityRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateActivityRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableUpdateActivityRequest.Builder {
    Builder() {}
  }

  /** A new name, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form().put("FriendlyName", friendlyName()).build();
  }

  @Value.Check
  void check() {
    Checks.name("UpdateActivityRequest.friendlyName", friendlyName(), 64);
  }
}
