package io.github.taskrouter4j.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** Records the waits asked for and returns at once, so retry tests cost no time. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration, Executor executor) {
    waits.add(duration);
    return CompletableFuture.runAsync(() -> {}, executor);
  }
}
