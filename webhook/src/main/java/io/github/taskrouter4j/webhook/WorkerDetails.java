package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Duration;
import java.util.Optional;

/**
 * The worker an event is about: {@code WorkerSid}, {@code WorkerName}, {@code WorkerAttributes},
 * its activity and, for {@code worker.activity.update}, the previous one.
 */
public final class WorkerDetails {
  private final CallbackParams params;
  private final WorkerSid sid;
  private final JsonNode attributes;

  private WorkerDetails(CallbackParams params, WorkerSid sid) {
    this.params = params;
    this.sid = sid;
    this.attributes =
        params.json("WorkerAttributes").orElseGet(JsonNodeFactory.instance::objectNode);
    params.optionalSid("WorkerActivitySid", ActivitySid::of);
    params.optionalSid("WorkerPreviousActivitySid", ActivitySid::of);
    params.integer("WorkerTimeInPreviousActivityMs");
    params.integer("WorkerTimeInPreviousActivity");
  }

  static WorkerDetails required(CallbackParams params, boolean resourceIsIt) {
    return optional(params, resourceIsIt)
        .orElseThrow(
            () ->
                new InvalidCallbackException(
                    "event callback has no WorkerSid parameter; received "
                        + params.asMap().keySet()));
  }

  static Optional<WorkerDetails> optional(CallbackParams params, boolean resourceIsIt) {
    Optional<WorkerSid> sid = params.optionalSid("WorkerSid", WorkerSid::of);
    if (sid.isEmpty() && resourceIsIt) {
      sid = params.optionalSid("ResourceSid", WorkerSid::of);
    }
    return sid.map(s -> new WorkerDetails(params, s));
  }

  /** {@code WorkerSid}. */
  public WorkerSid sid() {
    return sid;
  }

  /** {@code WorkerName}. */
  public Optional<String> name() {
    return params.text("WorkerName");
  }

  /** {@code WorkerAttributes}, parsed; {@code {}} if not sent. */
  public JsonNode attributes() {
    return attributes.deepCopy();
  }

  /** {@code WorkerActivitySid}. */
  public Optional<ActivitySid> activitySid() {
    return params.optionalSid("WorkerActivitySid", ActivitySid::of);
  }

  /** {@code WorkerActivityName}. */
  public Optional<String> activityName() {
    return params.text("WorkerActivityName");
  }

  /** {@code WorkerPreviousActivitySid}. */
  public Optional<ActivitySid> previousActivitySid() {
    return params.optionalSid("WorkerPreviousActivitySid", ActivitySid::of);
  }

  /** {@code WorkerPreviousActivityName}. */
  public Optional<String> previousActivityName() {
    return params.text("WorkerPreviousActivityName");
  }

  /**
   * Time spent in the previous activity: {@code WorkerTimeInPreviousActivityMs} if sent (exact),
   * else {@code WorkerTimeInPreviousActivity} in seconds (Twilio switched that field to seconds in
   * 2021).
   */
  public Optional<Duration> timeInPreviousActivity() {
    Optional<Duration> millis = params.millis("WorkerTimeInPreviousActivityMs");
    return millis.isPresent() ? millis : params.seconds("WorkerTimeInPreviousActivity");
  }

  @Override
  public String toString() {
    return "WorkerDetails{" + sid + activityName().map(a -> ", " + a).orElse("") + "}";
  }
}
