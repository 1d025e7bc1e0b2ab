package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.http.NotFoundException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A workspace made for one test (or one class), deleted when its scope ends so a long-lived
 * emulator does not keep every test's state. Closes once, whichever of JUnit's contracts is used.
 */
@SuppressWarnings("deprecation")
final class TestWorkspace implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final WorkspaceApi api;
  private final boolean deleteOnClose;
  private final AtomicBoolean closed = new AtomicBoolean();

  TestWorkspace(WorkspaceApi api, boolean deleteOnClose) {
    this.api = api;
    this.deleteOnClose = deleteOnClose;
  }

  WorkspaceApi api() {
    return api;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && deleteOnClose) {
      try {
        api.delete();
      } catch (NotFoundException alreadyDeletedByTheTest) {
        // the test deleted it itself: nothing left to clean up
      }
    }
  }
}
