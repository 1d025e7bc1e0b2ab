package io.github.taskrouter4j.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; replaced in tests so that backoff costs no real time. */
interface Sleeper {

  /** Sleeps on the calling thread with {@link Thread#sleep}. */
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis());
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration, Executor executor) {
          return CompletableFuture.runAsync(
              () -> {},
              CompletableFuture.delayedExecutor(
                  duration.toMillis(), TimeUnit.MILLISECONDS, executor));
        }
      };

  /**
   * Blocks for {@code duration}.
   *
   * @param duration how long
   * @throws InterruptedException if interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future completed on {@code executor} after {@code duration}.
   *
   * @param duration how long
   * @param executor where to complete
   * @return the future
   */
  CompletableFuture<Void> delay(Duration duration, Executor executor);
}
