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
 * The request that creates a Worker: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateWorkerRequest request = CreateWorkerRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateWorkerRequest {
  CreateWorkerRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateWorkerRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateWorkerRequest.Builder {
    Builder() {}

    /**
     * Sets the attributes from a JSON node, written minified (Twilio counts whitespace against its
     * 4096-character limit).
     */
    public Builder attributes(JsonNode attributes) {
      return attributes(JsonText.write(attributes, "CreateWorkerRequest.attributes"));
    }

    /**
     * Sets the attributes from a map (or any value Jackson can write), written minified: {@code
     * attributes(Map.of("type", "support"))} sends {@code Attributes={"type":"support"}}.
     */
    public Builder attributes(Map<String, ?> attributes) {
      return attributes(JsonText.writeValue(attributes, "CreateWorkerRequest.attributes"));
    }

    /** Sets {@code activity} from a fetched activity: {@code activity(available)}. */
    public Builder activity(Activity activity) {
      return activitySid(activity.sid());
    }
  }

  /** A name, unique in the workspace, up to 64 characters. Sent as {@code FriendlyName}. */
  public abstract String friendlyName();

  /**
   * The activity the worker starts in (Twilio's default: the workspace's default activity). Sent as
   * {@code ActivitySid}.
   */
  public abstract Optional<ActivitySid> activitySid();

  /**
   * The worker's attributes, a JSON object of at most 4096 characters, e.g. {@code
   * {"skills":["support"]}}. Sent as {@code Attributes}.
   */
  public abstract Optional<String> attributes();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("ActivitySid", activitySid())
        .put("Attributes", attributes())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name("CreateWorkerRequest.friendlyName", friendlyName(), 64);
    Checks.jsonObject("CreateWorkerRequest.attributes", attributes(), Checks.MAX_ATTRIBUTES_CHARS);
  }
}
