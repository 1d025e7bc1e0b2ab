package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running emulator and the client pointed at it, kept in an extension context store and closed
 * with it. Implements both of JUnit's closing contracts (AutoCloseable from 5.13, CloseableResource
 * before) and closes once, whichever JUnit calls.
 */
@SuppressWarnings("deprecation")
final class EmulatorSession implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final TaskRouterEmulator emulator;
  private final TaskRouter client;
  private final AtomicBoolean closed = new AtomicBoolean();

  EmulatorSession(TaskRouterEmulator emulator) {
    this.emulator = emulator;
    this.client = emulator.newClient();
  }

  TaskRouterEmulator emulator() {
    return emulator;
  }

  TaskRouter client() {
    return client;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        client.close();
      } finally {
        emulator.close();
      }
    }
  }
}
