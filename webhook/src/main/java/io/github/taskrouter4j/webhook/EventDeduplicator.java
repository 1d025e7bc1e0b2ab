package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.EventSid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers recently seen event SIDs so a redelivered event callback is handled once. Bounded by
 * count and by age; thread-safe.
 *
 * <pre>{@code
 * EventDeduplicator seen = EventDeduplicator.create(10_000, Duration.ofHours(4));
 * if (seen.firstDelivery(event)) {
 *   process(event);
 * }
 * }</pre>
 *
 * <p>An event without a {@code Sid} cannot be recognised and always counts as a first delivery.
 */
public final class EventDeduplicator {
  private final int capacity;
  private final Duration retention;
  private final Clock clock;
  private final LinkedHashMap<EventSid, Instant> seen = new LinkedHashMap<>();

  private EventDeduplicator(int capacity, Duration retention, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
    this.capacity = capacity;
    this.retention = retention;
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * A de-duplicator on the system clock.
   *
   * @param capacity how many SIDs to remember at most (the oldest are forgotten first)
   * @param retention how long to remember a SID
   */
  public static EventDeduplicator create(int capacity, Duration retention) {
    return new EventDeduplicator(capacity, retention, Clock.systemUTC());
  }

  /**
   * A de-duplicator on the given clock (for tests).
   *
   * @param capacity how many SIDs to remember at most
   * @param retention how long to remember a SID
   * @param clock the clock
   */
  public static EventDeduplicator create(int capacity, Duration retention, Clock clock) {
    return new EventDeduplicator(capacity, retention, clock);
  }

  /**
   * Records the event and says whether this is its first delivery.
   *
   * @param event the event received
   * @return {@code false} if the same event SID was seen within the retention
   */
  public boolean firstDelivery(TaskRouterEvent event) {
    return event.sid().map(this::firstDelivery).orElse(true);
  }

  /**
   * Records an event SID and says whether it is new.
   *
   * @param sid the event SID
   * @return {@code false} if seen within the retention
   */
  public synchronized boolean firstDelivery(EventSid sid) {
    Instant now = clock.instant();
    evict(now);
    if (seen.containsKey(sid)) {
      return false;
    }
    seen.put(sid, now);
    if (seen.size() > capacity) {
      Iterator<EventSid> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** How many SIDs are remembered now. */
  public synchronized int size() {
    evict(clock.instant());
    return seen.size();
  }

  private void evict(Instant now) {
    Instant cutoff = now.minus(retention);
    Iterator<Map.Entry<EventSid, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext() && !it.next().getValue().isAfter(cutoff)) {
      it.remove();
    }
  }
}
