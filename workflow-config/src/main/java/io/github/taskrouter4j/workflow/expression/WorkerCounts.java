package io.github.taskrouter4j.workflow.expression;

import io.github.taskrouter4j.sid.ActivitySid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The worker counts a {@code skip_if} expression reads, for the workers of one step's queue: {@code
 * workers.available}, {@code workers.unavailable} and {@code workers.<ActivitySid>}.
 *
 * <pre>{@code
 * WorkerCounts counts = WorkerCounts.builder()
 *     .available(0)
 *     .unavailable(3)
 *     .inActivity(ActivitySid.of("WA0123456789abcdef0123456789abcdef"), 2)
 *     .build();
 * }</pre>
 */
public final class WorkerCounts {
  private final int available;
  private final int unavailable;
  private final Map<ActivitySid, Integer> byActivity;

  private WorkerCounts(Builder b) {
    this.available = b.available;
    this.unavailable = b.unavailable;
    this.byActivity = Collections.unmodifiableMap(new LinkedHashMap<>(b.byActivity));
  }

  /** A builder with every count at zero. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code workers.available}: workers of the queue in an available activity. */
  public int available() {
    return available;
  }

  /** {@code workers.unavailable}: workers of the queue in an unavailable activity. */
  public int unavailable() {
    return unavailable;
  }

  /** {@code workers.<ActivitySid>}: workers of the queue in that activity (0 if not counted). */
  public int inActivity(ActivitySid activity) {
    Objects.requireNonNull(activity, "activity == null");
    return byActivity.getOrDefault(activity, 0);
  }

  /** The per-activity counts that were set, in the order they were set. */
  public Map<ActivitySid, Integer> byActivity() {
    return byActivity;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WorkerCounts)) {
      return false;
    }
    WorkerCounts w = (WorkerCounts) o;
    return available == w.available
        && unavailable == w.unavailable
        && byActivity.equals(w.byActivity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(available, unavailable, byActivity);
  }

  @Override
  public String toString() {
    return "WorkerCounts{available="
        + available
        + ", unavailable="
        + unavailable
        + ", byActivity="
        + byActivity
        + "}";
  }

  /** Builds a {@link WorkerCounts}; counts must not be negative. */
  public static final class Builder {
    private int available;
    private int unavailable;
    private final Map<ActivitySid, Integer> byActivity = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code workers.available}. */
    public Builder available(int count) {
      this.available = check("available", count);
      return this;
    }

    /** Sets {@code workers.unavailable}. */
    public Builder unavailable(int count) {
      this.unavailable = check("unavailable", count);
      return this;
    }

    /** Sets {@code workers.<activity>}. */
    public Builder inActivity(ActivitySid activity, int count) {
      Objects.requireNonNull(activity, "activity == null");
      byActivity.put(activity, check("inActivity(" + activity + ")", count));
      return this;
    }

    /** Sets every per-activity count in the map. */
    public Builder byActivity(Map<ActivitySid, Integer> counts) {
      counts.forEach(this::inActivity);
      return this;
    }

    /** Makes the immutable counts. */
    public WorkerCounts build() {
      return new WorkerCounts(this);
    }

    private static int check(String name, int count) {
      if (count < 0) {
        throw new IllegalArgumentException(
            "WorkerCounts." + name + " must not be negative, was " + count);
      }
      return count;
    }
  }
}
