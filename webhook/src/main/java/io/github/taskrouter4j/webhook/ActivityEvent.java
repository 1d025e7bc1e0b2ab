package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.ActivitySid;
import java.util.Optional;

/** {@code activity.created}, {@code activity.updated}, {@code activity.deleted}. */
public final class ActivityEvent extends TaskRouterEvent {
  private final ActivitySid activitySid;

  ActivityEvent(CallbackParams params) {
    super(params);
    Optional<ActivitySid> sid = params.optionalSid("ActivitySid", ActivitySid::of);
    this.activitySid = sid.isPresent() ? sid.get() : params.sid("ResourceSid", ActivitySid::of);
    params.bool("ActivityAvailable");
  }

  /** {@code ActivitySid}, else {@code ResourceSid}. */
  public ActivitySid activitySid() {
    return activitySid;
  }

  /** {@code ActivityName}. */
  public Optional<String> activityName() {
    return params().text("ActivityName");
  }

  /** {@code ActivityAvailable}: whether workers in this activity can take tasks. */
  public Optional<Boolean> activityAvailable() {
    return params().bool("ActivityAvailable");
  }
}
