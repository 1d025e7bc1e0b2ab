package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the router knows about one worker: SID, friendly name, attributes, current activity, whether
 * that activity is available, and since when the worker has been idle.
 *
 * <pre>{@code
 * WorkerState alice = WorkerState.builder()
 *     .sid(WorkerSid.of("WK0123456789abcdef0123456789abcdef"))
 *     .friendlyName("alice")
 *     .attributes("{\"skills\": [\"billing\"], \"level\": 3}")
 *     .activity(available, "Available", true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe: the attributes are copied in and out. Change a worker with the
 * {@code with…} methods and hand the result to {@link Router#withWorker(WorkerState)}.
 */
public final class WorkerState {
  private final WorkerSid sid;
  private final String friendlyName;
  private final JsonNode attributes;
  private final Optional<ActivitySid> activitySid;
  private final String activityName;
  private final boolean available;
  private final Optional<Instant> idleSince;
  // attributes plus the built-ins target expressions read as worker.sid, worker.friendly_name, …
  private final JsonNode targetView;

  private WorkerState(Builder b) {
    this.sid = Objects.requireNonNull(b.sid, "WorkerState.sid is required");
    this.friendlyName =
        Objects.requireNonNull(b.friendlyName, "WorkerState.friendlyName is required");
    this.attributes = b.attributes;
    this.activitySid = b.activitySid;
    this.activityName =
        b.activityName != null ? b.activityName : (b.available ? "Available" : "Offline");
    this.available = b.available;
    this.idleSince = b.idleSince;
    ObjectNode view = attributes.deepCopy();
    view.put("sid", sid.value());
    view.put("friendly_name", friendlyName);
    if (activitySid.isPresent()) {
      view.put("activity_sid", activitySid.get().value());
    } else {
      view.remove("activity_sid");
    }
    view.put("activity_name", activityName);
    this.targetView = view;
  }

  /** Starts a builder; {@code sid} and {@code friendlyName} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The worker's SID. */
  public WorkerSid sid() {
    return sid;
  }

  /** The worker's friendly name (unique within a workspace, compared case-insensitively). */
  public String friendlyName() {
    return friendlyName;
  }

  /** A copy of the worker's attributes document (a JSON object; {@code {}} when none were set). */
  public JsonNode attributes() {
    return attributes.deepCopy();
  }

  /** The SID of the worker's current activity, if known. */
  public Optional<ActivitySid> activitySid() {
    return activitySid;
  }

  /**
   * The name of the worker's current activity; defaults to {@code Available} or {@code Offline}
   * according to {@link #available()} when not set.
   */
  public String activityName() {
    return activityName;
  }

  /** Whether the worker's current activity is an available one (it may receive reservations). */
  public boolean available() {
    return available;
  }

  /**
   * The instant since which the worker has been idle (its last assignment ended). Used for
   * TaskRouter's final tie-break, longest idle first; a worker without it counts as idle longest.
   */
  public Optional<Instant> idleSince() {
    return idleSince;
  }

  /** Returns a copy with another availability, keeping the activity name. */
  public WorkerState withAvailable(boolean newAvailable) {
    return toBuilder().available(newAvailable).build();
  }

  /** Returns a copy in another activity. */
  public WorkerState withActivity(ActivitySid newSid, String newName, boolean newAvailable) {
    return toBuilder().activity(newSid, newName, newAvailable).build();
  }

  /** Returns a copy with other attributes (a JSON object). */
  public WorkerState withAttributes(JsonNode newAttributes) {
    return toBuilder().attributes(newAttributes).build();
  }

  /** Returns a copy idle since {@code instant}. */
  public WorkerState withIdleSince(Instant instant) {
    return toBuilder().idleSince(instant).build();
  }

  /** A builder preset with this worker's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sid = sid;
    b.friendlyName = friendlyName;
    b.attributes = attributes;
    b.activitySid = activitySid;
    // a defaulted name (no activity set) follows availability again
    b.activityName = activitySid.isPresent() ? activityName : null;
    b.available = available;
    b.idleSince = idleSince;
    return b;
  }

  /** Attributes plus {@code sid}, {@code friendly_name}, {@code activity_sid/name}; not copied. */
  JsonNode targetView() {
    return targetView;
  }

  /** The attributes document itself, for the router's evaluations; never handed out. */
  JsonNode attributesView() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkerState)) {
      return false;
    }
    WorkerState other = (WorkerState) o;
    return available == other.available
        && sid.equals(other.sid)
        && friendlyName.equals(other.friendlyName)
        && attributes.equals(other.attributes)
        && activitySid.equals(other.activitySid)
        && activityName.equals(other.activityName)
        && idleSince.equals(other.idleSince);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, friendlyName, attributes, activitySid, activityName, available);
  }

  /** For example {@code alice (WK…, Available, available) {"level":3}}. */
  @Override
  public String toString() {
    return friendlyName
        + " ("
        + sid
        + ", "
        + activityName
        + (available ? ", available" : ", unavailable")
        + idleSince.map(i -> ", idle since " + i).orElse("")
        + ") "
        + attributes;
  }

  /** Builds a {@link WorkerState}. Not thread-safe; each build copies the attributes. */
  public static final class Builder {
    private WorkerSid sid;
    private String friendlyName;
    private JsonNode attributes = RoutingJson.mapper().createObjectNode();
    private Optional<ActivitySid> activitySid = Optional.empty();
    private String activityName;
    private boolean available;
    private Optional<Instant> idleSince = Optional.empty();

    private Builder() {}

    /** The worker's SID (required). */
    public Builder sid(WorkerSid value) {
      this.sid = Objects.requireNonNull(value, "sid == null");
      return this;
    }

    /** The worker's friendly name (required). */
    public Builder friendlyName(String value) {
      this.friendlyName = Objects.requireNonNull(value, "friendlyName == null");
      return this;
    }

    /** The worker's attributes, a JSON object (copied). */
    public Builder attributes(JsonNode value) {
      Objects.requireNonNull(value, "attributes == null");
      String what = "attributes of worker " + (friendlyName != null ? friendlyName : "");
      this.attributes = RoutingJson.requireObject(value, what.trim()).deepCopy();
      return this;
    }

    /**
     * The worker's attributes as JSON text, for example {@code {"skills": ["billing"]}}.
     *
     * @throws IllegalArgumentException if the text is not a JSON object, with line and column
     */
    public Builder attributes(String json) {
      Objects.requireNonNull(json, "attributes == null");
      String what = "attributes of worker " + (friendlyName != null ? friendlyName : "");
      this.attributes = RoutingJson.parseObject(json, what.trim());
      return this;
    }

    /** The worker's current activity and whether it is an available one. */
    public Builder activity(ActivitySid sid, String name, boolean isAvailable) {
      this.activitySid = Optional.of(Objects.requireNonNull(sid, "activity sid == null"));
      this.activityName = Objects.requireNonNull(name, "activity name == null");
      this.available = isAvailable;
      return this;
    }

    /** Whether the worker may receive reservations; default {@code false}. */
    public Builder available(boolean value) {
      this.available = value;
      return this;
    }

    /** Since when the worker has been idle (for the longest-idle tie-break). */
    public Builder idleSince(Instant value) {
      this.idleSince = Optional.of(Objects.requireNonNull(value, "idleSince == null"));
      return this;
    }

    /** Builds the worker state. */
    public WorkerState build() {
      return new WorkerState(this);
    }
  }
}
