package io.github.taskrouter4j.emulator.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.http.InProcessTransport;
import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.RetryPolicy;
import io.github.taskrouter4j.http.TaskRouterClientException;
import io.github.taskrouter4j.resource.Workspace;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-process client's request timeout holds while a workspace is busy: the request fails with a
 * timeout (or the interrupt) instead of waiting on, and changes nothing.
 */
class CallerDeadlineTest {
  private static final String ACCOUNT = "AC" + "0".repeat(32);
  private static final String TOKEN = "token";
  private static final URI BASE = URI.create("http://127.0.0.1:1");

  /** A guard against a hang, not a speed check. */
  private static final long GUARD_SECONDS = 60;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private Emulation emulation;
  private InProcessTransport transport;

  @BeforeEach
  void setUp() {
    emulation =
        new Emulation(
            ACCOUNT, TOKEN, EmulatorClock.manual(), BASE, Executors.newSingleThreadExecutor());
    transport = new InProcessTransport(Endpoints.handler(emulation));
  }

  @AfterEach
  void tearDown() {
    release.countDown();
    pool.shutdownNow();
  }

  private TaskRouter client(Duration timeout) {
    return TaskRouter.builder()
        .baseUri(BASE)
        .credentials(Credentials.authToken(ACCOUNT, TOKEN))
        .transport(transport)
        .requestTimeout(timeout)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** Holds the workspace's lock on another thread until {@link #release}. */
  private void holdLock(WorkspaceState ws) throws Exception {
    pool.submit(
        () ->
            ws.call(
                () -> {
                  holding.countDown();
                  try {
                    return release.await(GUARD_SECONDS, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                  }
                }));
    assertThat(holding.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void busyWorkspace_timesOutAfterTheRequestTimeout_andChangesNothing() throws Exception {
    TaskRouter tr = client(Duration.ofMillis(300));
    Workspace created = tr.workspaces().create(w -> w.friendlyName("busy"));
    WorkspaceApi workspace = tr.workspace(created.sid());
    WorkspaceState ws = emulation.workspace(created.sid().value());
    holdLock(ws);

    long start = System.nanoTime();
    assertThatThrownBy(() -> workspace.workers().create(w -> w.friendlyName("late")))
        .isInstanceOf(TaskRouterClientException.class)
        .hasMessageStartingWith("POST /v1/Workspaces/" + created.sid() + "/Workers failed after 1")
        .hasMessageContaining("not repeated")
        .hasCauseInstanceOf(HttpTimeoutException.class)
        .cause()
        .hasMessageContaining("within the request timeout of 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("waited about the timeout, not until the lock was free")
        .isLessThan(Duration.ofSeconds(GUARD_SECONDS / 2));

    release.countDown();
    assertThat(workspace.workers().list().count()).as("the timed-out create made nothing").isZero();
    assertThat(workspace.workers().create(w -> w.friendlyName("now")).friendlyName())
        .contains("now");
  }

  @Test
  void interruptedWhileTheWorkspaceIsBusy_failsAsInterrupted_andKeepsTheFlag() throws Exception {
    TaskRouter tr = client(Duration.ofSeconds(GUARD_SECONDS));
    Workspace created = tr.workspaces().create(w -> w.friendlyName("busy"));
    WorkspaceApi workspace = tr.workspace(created.sid());
    holdLock(emulation.workspace(created.sid().value()));

    AtomicReference<String> outcome = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                workspace.tasks().list().count();
                outcome.set("answered");
              } catch (TaskRouterClientException e) {
                outcome.set(e.getMessage());
              }
              flagKept.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    waitUntilQueued(emulation.workspace(created.sid().value()));
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));

    assertThat(outcome.get()).contains("was interrupted").contains("not retried");
    assertThat(flagKept).as("interrupt flag kept").isTrue();
  }

  @Test
  void requestsWithoutABusyWorkspace_areAnsweredAsBefore() {
    TaskRouter tr = client(Duration.ofMillis(300));
    Workspace created = tr.workspaces().create(w -> w.friendlyName("quiet"));

    assertThat(tr.workspaces().fetch(created.sid()).friendlyName()).contains("quiet");
  }

  /** Waits until a thread is queued for the workspace's lock (after its yields). */
  private static void waitUntilQueued(WorkspaceState ws) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
    while (!ws.hasQueuedThreads() && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(ws.hasQueuedThreads()).as("a request queued for the lock").isTrue();
  }
}
