package io.github.taskrouter4j.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkersApi;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension run by the JUnit Platform's own test kit, over the fixture classes below (nested,
 * so Surefire does not run them on their own).
 */
class TaskRouterExtensionTest {
  /** What the fixtures saw, for the assertions after their run. */
  static final List<TaskRouterEmulator> EMULATORS = new CopyOnWriteArrayList<>();

  static final List<WorkspaceSid> WORKSPACES = new CopyOnWriteArrayList<>();

  private static EngineExecutionResults run(Class<?> fixture, String... configuration) {
    EMULATORS.clear();
    WORKSPACES.clear();
    EngineTestKit.Builder kit =
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture));
    for (int i = 0; i < configuration.length; i += 2) {
      kit.configurationParameter(configuration[i], configuration[i + 1]);
    }
    return kit.execute();
  }

  private static boolean listening(TaskRouterEmulator emulator) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(emulator.baseUri().getHost(), emulator.port()));
      return true;
    } catch (ConnectException refused) {
      return false;
    } catch (IOException e) {
      throw new AssertionError("unexpected " + e, e);
    }
  }

  @Test
  void perClass_oneEmulatorForAllTests_stoppedAfterTheClass() {
    EngineExecutionResults results = run(PerClassFixture.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(EMULATORS).hasSize(4);
    assertThat(Set.copyOf(EMULATORS)).hasSize(1);
    assertThat(listening(EMULATORS.get(0))).isFalse();
  }

  @Test
  void perTest_eachTestItsOwnEmulator_eachStopped() {
    EngineExecutionResults results = run(PerTestFixture.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(Set.copyOf(EMULATORS)).hasSize(3);
    assertThat(EMULATORS).noneMatch(TaskRouterExtensionTest::listening);
  }

  @Test
  void workspace_freshPerTest_deletedAfterItsTest() {
    EngineExecutionResults results = run(WorkspacePerTestFixture.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(Set.copyOf(WORKSPACES)).hasSize(2);
  }

  @Test
  void workspace_userTemplateAndSetup_areApplied() {
    EngineExecutionResults results = run(SetupFixture.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void registeredExtension_configuresEmulatorClockAndWorkspace() {
    EngineExecutionResults results = run(RegisteredFixture.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void concurrentTests_runTogether_eachWithItsOwnWorkspace() {
    EngineExecutionResults results =
        run(
            ConcurrentFixture.class,
            "junit.jupiter.execution.parallel.enabled",
            "true",
            "junit.jupiter.execution.parallel.config.strategy",
            "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism",
            "4");

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(Set.copyOf(EMULATORS)).hasSize(1);
    assertThat(Set.copyOf(WORKSPACES)).hasSize(3);
    assertThat(listening(EMULATORS.get(0))).isFalse();
  }

  @Test
  void unsupportedParameter_failsNamingTheTypeAndWhatIsInjected() {
    EngineExecutionResults results = run(UnsupportedParameterFixture.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("wantsWorkers"),
                finishedWithFailure(
                    instanceOf(ParameterResolutionException.class),
                    message(
                        m ->
                            m.contains("WorkersApi parameter of UnsupportedParameterFixture")
                                && m.contains("TaskRouterEmulator, TaskRouter, WorkspaceApi and")
                                && m.contains("workspace.workers()")))));
  }

  @Test
  void perTest_inBeforeAll_failsSayingWhereToAskInstead() {
    EngineExecutionResults results = run(PerTestBeforeAllFixture.class);

    assertThat(containerFailures(results))
        .contains("EmulatorClock parameter of PerTestBeforeAllFixture.start")
        .contains("lifecycle PER_TEST")
        .contains("@BeforeEach");
  }

  @Test
  void badTemplate_failsTheClassNamingTheAttributeAndTheAllowedValues() {
    EngineExecutionResults results = run(BadTemplateFixture.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    assertThat(containerFailures(results))
        .isEqualTo("TaskRouterTest.workspaceTemplate must be one of [NONE, FIFO], was \"FIFOO\"");
  }

  private static String containerFailures(EngineExecutionResults results) {
    return results.containerEvents().failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class))
        .flatMap(r -> r.stream().flatMap(x -> x.getThrowable().stream()))
        .map(Throwable::getMessage)
        .collect(Collectors.joining("\n"));
  }

  @TaskRouterTest
  static class PerClassFixture {
    @Test
    void first(TaskRouterEmulator emulator, TaskRouter client) {
      EMULATORS.add(emulator);
      EMULATORS.add(emulator);
      assertThat(client.workspaces().list()).isEmpty();
    }

    @Test
    void second(TaskRouterEmulator emulator, EmulatorClock clock) {
      EMULATORS.add(emulator);
      EMULATORS.add(emulator);
      assertThat(clock).isSameAs(emulator.clock());
    }
  }

  @TaskRouterTest(lifecycle = EmulatorLifecycle.PER_TEST)
  static class PerTestFixture {
    @Test
    void first(TaskRouterEmulator emulator) {
      EMULATORS.add(emulator);
    }

    @Test
    void second(TaskRouterEmulator emulator, WorkspaceApi workspace, TaskRouter client) {
      EMULATORS.add(emulator);
      assertThat(client.workspaces().list()).hasSize(1);
    }

    @Test
    void third(TaskRouterEmulator emulator) {
      EMULATORS.add(emulator);
    }
  }

  @TaskRouterTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class WorkspacePerTestFixture {
    @Test
    @Order(1)
    void first(WorkspaceApi workspace) {
      WORKSPACES.add(workspace.sid());
      assertThat(workspace.fetch().friendlyName()).hasValue("first");
    }

    @Test
    @Order(2)
    void second(WorkspaceApi workspace, TaskRouter client) {
      WORKSPACES.add(workspace.sid());
      assertThat(client.workspaces().list().map(w -> w.sid()))
          .as("the first test's workspace is deleted after it")
          .containsExactly(workspace.sid());
    }
  }

  /** A user-supplied template: no FIFO queue or workflow, one queue of its own. */
  public static final class BillingQueue implements WorkspaceSetup {
    @Override
    public void setUp(WorkspaceApi workspace) {
      workspace.taskQueues().create(q -> q.friendlyName("Billing").targetWorkers("1 == 1"));
    }
  }

  @TaskRouterTest(
      workspaceTemplate = "NONE",
      workspaceName = "Billing team",
      workspaceSetup = BillingQueue.class)
  static class SetupFixture {
    @Test
    void queues(WorkspaceApi workspace) {
      assertThat(workspace.fetch().friendlyName()).hasValue("Billing team");
      assertThat(workspace.taskQueues().list().map(q -> q.friendlyName().orElseThrow()))
          .containsExactly("Billing");
      assertThat(workspace.workflows().list()).isEmpty();
    }
  }

  /** Settings an annotation cannot hold; the annotation here steps aside for the field. */
  @TaskRouterTest(workspaceTemplate = "FIFO")
  static class RegisteredFixture {
    @RegisterExtension
    static final TaskRouterExtension TASKROUTER =
        TaskRouterExtension.builder()
            .clockStart(Instant.parse("2030-05-01T12:00:00Z"))
            .workspaceTemplate(WorkspaceTemplate.NONE)
            .workspaceSetup(ws -> ws.activities().create(a -> a.friendlyName("Lunch")))
            .emulator(e -> e.threads(2))
            .build();

    @Test
    void settings(EmulatorClock clock, WorkspaceApi workspace) {
      assertThat(clock.instant()).isEqualTo(Instant.parse("2030-05-01T12:00:00Z"));
      assertThat(workspace.activities().list(a -> a.friendlyName("Lunch"))).hasSize(1);
      assertThat(workspace.taskQueues().list()).isEmpty();
    }
  }

  @TaskRouterTest
  @Execution(ExecutionMode.CONCURRENT)
  static class ConcurrentFixture {
    /** Each test waits here until all three run at once: proof that they run concurrently. */
    static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(3);

    static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    private static void work(TaskRouterEmulator emulator, WorkspaceApi workspace) throws Exception {
      EMULATORS.add(emulator);
      WORKSPACES.add(workspace.sid());
      ALL_RUNNING.await(30, TimeUnit.SECONDS);
      workspace.taskQueues().create(q -> q.friendlyName("Own queue"));
      assertThat(workspace.taskQueues().list(q -> q.friendlyName("Own queue"))).hasSize(1);
      NAMES.add(workspace.fetch().friendlyName().orElseThrow());
    }

    @Test
    void one(TaskRouterEmulator emulator, WorkspaceApi workspace) throws Exception {
      work(emulator, workspace);
    }

    @Test
    void two(TaskRouterEmulator emulator, WorkspaceApi workspace) throws Exception {
      work(emulator, workspace);
    }

    @Test
    void three(TaskRouterEmulator emulator, WorkspaceApi workspace) throws Exception {
      work(emulator, workspace);
    }
  }

  @TaskRouterTest
  static class UnsupportedParameterFixture {
    @Test
    void wantsWorkers(WorkersApi workers) {}
  }

  @TaskRouterTest(lifecycle = EmulatorLifecycle.PER_TEST)
  static class PerTestBeforeAllFixture {
    @BeforeAll
    static void start(EmulatorClock clock) {}

    @Test
    void anything() {}
  }

  @TaskRouterTest(workspaceTemplate = "FIFOO")
  static class BadTemplateFixture {
    @Test
    void anything(WorkspaceApi workspace) {}
  }
}
