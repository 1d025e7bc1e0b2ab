package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reject the reservation: {@code {"instruction":"reject","activity_sid":"WA…"}}; through REST,
 * {@code ReservationStatus=rejected&WorkerActivitySid=WA…}. Without an activity the worker stays in
 * its current one. Get it with {@link Instruction#reject(ActivitySid)} or {@link
 * Instruction#reject()}.
 */
public final class RejectInstruction extends Instruction implements RestInstruction {
  static final RejectInstruction KEEP_ACTIVITY = new RejectInstruction(Optional.empty());

  private final Optional<ActivitySid> activitySid;

  private RejectInstruction(Optional<ActivitySid> activitySid) {
    this.activitySid = activitySid;
  }

  static RejectInstruction of(ActivitySid activity) {
    return new RejectInstruction(Optional.of(Objects.requireNonNull(activity, "activity == null")));
  }

  /** The activity the worker moves to, if any ({@code activity_sid}). */
  public Optional<ActivitySid> activitySid() {
    return activitySid;
  }

  @Override
  public String name() {
    return "reject";
  }

  @Override
  void writeFields(ObjectNode json) {
    activitySid.ifPresent(a -> json.put("activity_sid", a.value()));
  }

  /** {@code ReservationStatus=rejected} and, if set, {@code WorkerActivitySid}. */
  @Override
  public Map<String, List<String>> toFormParameters() {
    return new FormWriter()
        .put("ReservationStatus", "rejected")
        .put("WorkerActivitySid", activitySid)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RejectInstruction
        && ((RejectInstruction) other).activitySid.equals(activitySid);
  }

  @Override
  public int hashCode() {
    return activitySid.hashCode();
  }
}
