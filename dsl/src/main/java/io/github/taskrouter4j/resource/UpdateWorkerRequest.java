package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.resource.internal.JsonText;
import io.github.taskrouter4j.sid.ActivitySid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request that updates a Worker: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateWorkerRequest request = UpdateWorkerRequest.builder()
 *     .activitySid(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateWorkerRequest {
  UpdateWorkerRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateWorkerRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableUpdateWorkerRequest.Builder {
    Builder() {}

    /**
     * Sets the attributes from a JSON node, written minified (Twilio counts whitespace against its
     * 4096-character limit).
     */
    public Builder attributes(JsonNode attributes) {
      return attributes(JsonText.write(attributes, "UpdateWorkerRequest.attributes"));
    }

    /**
     * Sets the attributes from a map (or any value Jackson can write), written minified: {@code
     * attributes(Map.of("type", "support"))} sends {@code Attributes={"type":"support"}}.
     */
    public Builder attributes(Map<String, ?> attributes) {
      return attributes(JsonText.writeValue(attributes, "UpdateWorkerRequest.attributes"));
    }

    /** Sets {@code activity} from a fetched activity: {@code activity(available)}. */
    public Builder activity(Activity activity) {
      return activitySid(activity.sid());
    }
  }

  /** The worker's new activity. Sent as {@code ActivitySid}. */
  public abstract Optional<ActivitySid> activitySid();

  /**
   * The worker's new attributes, a JSON object of at most 4096 characters (replaces them all). Sent
   * as {@code Attributes}.
   */
  public abstract Optional<String> attributes();

  /** A new name, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Whether to reject the worker's pending reservations; only with a new (unavailable) activity.
   * Sent as {@code RejectPendingReservations}.
   */
  public abstract Optional<Boolean> rejectPendingReservations();

  /**
   * Update only if the worker's ETag still is this value (from {@link Worker#etag()}); else Twilio
   * answers 412. Sent as the header {@code If-Match}.
   */
  public abstract Optional<String> ifMatch();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("ActivitySid", activitySid())
        .put("Attributes", attributes())
        .put("FriendlyName", friendlyName())
        .put("RejectPendingReservations", rejectPendingReservations())
        .build();
  }

  @Value.Check
  void check() {
    Checks.jsonObject("UpdateWorkerRequest.attributes", attributes(), Checks.MAX_ATTRIBUTES_CHARS);
    Checks.name("UpdateWorkerRequest.friendlyName", friendlyName(), 64);
    Checks.require(
        rejectPendingReservations().isEmpty() || activitySid().isPresent(),
        "UpdateWorkerRequest.rejectPendingReservations needs activitySid: Twilio only rejects pending reservations when the worker moves to an unavailable activity");
  }
}
