package io.github.taskrouter4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyDeadlinesTest {

  /** A body whose deadline is {@code millisFromNow} away; counts down when expired. */
  private static final class Body implements BodyDeadlines.Watched {
    final long deadline;
    final CountDownLatch expired = new CountDownLatch(1);

    Body(long millisFromNow) {
      deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millisFromNow);
    }

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public void expire() {
      expired.countDown();
    }
  }

  @Test
  void bodyPastItsDeadline_isExpiredAndNoLongerWatched() throws InterruptedException {
    Body late = new Body(0);

    BodyDeadlines.SHARED.watch(late);

    assertThat(late.expired.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(late.expired.getCount()).isZero();
  }

  @Test
  void watcherParkedWhenIdle_wakesForTheNextBody() throws InterruptedException {
    Body first = new Body(0);
    BodyDeadlines.SHARED.watch(first);
    assertThat(first.expired.await(5, TimeUnit.SECONDS)).isTrue();

    // The set is empty again, so the watcher parks; a new body must wake it.
    Body second = new Body(10);
    BodyDeadlines.SHARED.watch(second);

    assertThat(second.expired.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void bodyBeforeItsDeadline_isNotExpiredAndIsUnwatched() throws InterruptedException {
    Body slowButInTime = new Body(TimeUnit.HOURS.toMillis(1));
    Body marker = new Body(0);

    BodyDeadlines.SHARED.watch(slowButInTime);
    BodyDeadlines.SHARED.watch(marker);
    // Once the watcher has expired the marker, it has looked at the other body at least once.
    assertThat(marker.expired.await(5, TimeUnit.SECONDS)).isTrue();
    BodyDeadlines.SHARED.unwatch(slowButInTime);

    assertThat(slowButInTime.expired.getCount()).isEqualTo(1);
  }
}
