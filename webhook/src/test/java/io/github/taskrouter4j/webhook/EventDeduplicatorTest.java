package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.EventSid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDeduplicatorTest {
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MutableClock clock = new MutableClock();

  @Test
  void sameSidTwice_isDuplicate() {
    EventDeduplicator dedup = EventDeduplicator.create(10, Duration.ofHours(4), clock);
    TaskRouterEvent event =
        TaskRouterEvent.fromForm(TaskRouterEventTest.form(EventType.TASK_CREATED));

    assertThat(dedup.firstDelivery(event)).isTrue();
    assertThat(dedup.firstDelivery(event)).isFalse();
  }

  @Test
  void afterRetention_sidIsForgotten() {
    EventDeduplicator dedup = EventDeduplicator.create(10, Duration.ofHours(4), clock);
    EventSid sid = EventSid.random();
    dedup.firstDelivery(sid);

    clock.now = clock.now.plus(Duration.ofHours(4).plusSeconds(1));

    assertThat(dedup.size()).isZero();
    assertThat(dedup.firstDelivery(sid)).isTrue();
  }

  @Test
  void overCapacity_oldestIsForgotten() {
    EventDeduplicator dedup = EventDeduplicator.create(2, Duration.ofHours(4), clock);
    EventSid first = EventSid.random();
    dedup.firstDelivery(first);
    dedup.firstDelivery(EventSid.random());
    dedup.firstDelivery(EventSid.random());

    assertThat(dedup.size()).isEqualTo(2);
    assertThat(dedup.firstDelivery(first)).isTrue();
  }

  @Test
  void eventWithoutSid_isAlwaysFirst() {
    EventDeduplicator dedup = EventDeduplicator.create(10, Duration.ofHours(4), clock);
    Map<String, List<String>> form = TaskRouterEventTest.form(EventType.TASK_CREATED);
    form.remove("Sid");
    TaskRouterEvent event = TaskRouterEvent.fromForm(form);

    assertThat(dedup.firstDelivery(event)).isTrue();
    assertThat(dedup.firstDelivery(event)).isTrue();
  }

  @Test
  void zeroCapacity_isRejected() {
    assertThatThrownBy(() -> EventDeduplicator.create(0, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be at least 1, was 0");
  }
}
