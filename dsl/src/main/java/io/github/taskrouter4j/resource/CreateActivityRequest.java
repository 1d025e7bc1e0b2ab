package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that creates an Activity: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateActivityRequest request = CreateActivityRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateActivityRequest {
  CreateActivityRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateActivityRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateActivityRequest.Builder {
    Builder() {}
  }

  /** A name, up to 64 characters, e.g. {@code On Break}. Sent as {@code FriendlyName}. */
  public abstract String friendlyName();

  /**
   * Whether workers in this activity can receive tasks; cannot be changed later (Twilio's default:
   * false). Sent as {@code Available}.
   */
  public abstract Optional<Boolean> available();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form().put("FriendlyName", friendlyName()).put("Available", available()).build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateActivityRequest.friendlyName", friendlyName(), 64);
  }
}
