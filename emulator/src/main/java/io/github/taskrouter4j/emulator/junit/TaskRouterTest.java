package io.github.taskrouter4j.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a local TaskRouter: starts a {@code TaskRouterEmulator} (once per class
 * unless told otherwise) and injects, as parameters of test, lifecycle methods and constructors:
 *
 * <ul>
 *   <li>{@code TaskRouterEmulator}: the running emulator;
 *   <li>{@code TaskRouter}: a client pointed at it (shared, do not close it);
 *   <li>{@code WorkspaceApi}: a fresh workspace for each test, created from {@link
 *       #workspaceTemplate()} and then {@link #workspaceSetup()};
 *   <li>{@code EmulatorClock}: the emulator's clock, manual unless {@link #systemClock()}.
 * </ul>
 *
 * <pre>{@code
 * @TaskRouterTest
 * class SupportRoutingTest {
 *   @Test
 *   void task_goesToTheSampleQueue(WorkspaceApi workspace, EmulatorClock clock) {
 *     Workflow flow = workspace.workflows().list().findFirst().orElseThrow();
 *     Task task = workspace.tasks().create(t -> t.workflowSid(flow.sid()).attributes("{}"));
 *     assertThat(task.taskQueueFriendlyName()).hasValue("Sample Queue");
 *   }
 * }
 * }</pre>
 *
 * <p>Everything is stopped and discarded when its scope ends: the workspace after its test, the
 * emulator and client after the class (or the test, with {@link EmulatorLifecycle#PER_TEST}). A
 * {@code WorkspaceApi} asked for in a {@code @BeforeAll} method is shared by the class's tests.
 * Tests may run concurrently ({@code @Execution(CONCURRENT)}): each still gets its own workspace.
 *
 * <p>For settings an annotation cannot hold (a lambda as workspace setup, emulator builder
 * options), register {@link TaskRouterExtension} with {@code @RegisterExtension} instead; if a
 * class has both, the registered extension is the one used.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(TaskRouterExtension.class)
public @interface TaskRouterTest {
  /** One emulator per class (default) or per test. */
  EmulatorLifecycle lifecycle() default EmulatorLifecycle.PER_CLASS;

  /** Where the manual clock starts, as an ISO-8601 instant. */
  String clockStart() default TaskRouterExtension.DEFAULT_CLOCK_START;

  /** Real time instead of the manual clock; timeouts then fire on their own. */
  boolean systemClock() default false;

  /** The workspaces' friendly name; empty (default) means the test's method or class name. */
  String workspaceName() default "";

  /**
   * Twilio's workspace template: {@code FIFO} (default: activities Offline, Available, Unavailable,
   * the queue "Sample Queue" for everyone and the workflow "Default Fifo Workflow") or {@code NONE}
   * (the activities only).
   */
  String workspaceTemplate() default "FIFO";

  /** Run in order on each new workspace after the template; classes with a no-arg constructor. */
  Class<? extends WorkspaceSetup>[] workspaceSetup() default {};
}
