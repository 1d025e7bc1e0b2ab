package io.github.taskrouter4j.emulator.junit;

import io.github.taskrouter4j.WorkspaceApi;

/**
 * What a test's workspace holds beyond its template: queues, workers, workflows created through the
 * client before the test runs.
 *
 * <pre>{@code
 * public final class BillingQueue implements WorkspaceSetup {
 *   public void setUp(WorkspaceApi workspace) {
 *     workspace.taskQueues().create(q -> q.friendlyName("Billing").targetWorkers("1 == 1"));
 *   }
 * }
 *
 * @TaskRouterTest(workspaceTemplate = "NONE", workspaceSetup = BillingQueue.class)
 * class BillingTest { ... }
 * }</pre>
 *
 * <p>A class named in {@link TaskRouterTest#workspaceSetup()} needs a no-argument constructor; with
 * {@link TaskRouterExtension.Builder#workspaceSetup(WorkspaceSetup)} a lambda does.
 */
@FunctionalInterface
public interface WorkspaceSetup {
  /**
   * Fills in a workspace that was just created from the template.
   *
   * @param workspace the new workspace, reached through the test's client
   */
  void setUp(WorkspaceApi workspace);
}
