package io.github.taskrouter4j.workspace;

import io.github.taskrouter4j.WorkspaceApi;
import java.util.Objects;

/**
 * Plans and applies a {@link WorkspaceDefinition} against a live workspace, like infrastructure
 * tools do: {@link #plan} reads the workspace and says what would change, {@link #apply} makes
 * those changes in dependency order and stops at the first refusal.
 *
 * <pre>{@code
 * WorkspaceApi ws = tr.workspace(WorkspaceSid.of("WS…"));
 * Plan plan = WorkspaceSync.plan(definition, ws);
 * System.out.print(plan.toText());
 * ApplyResult result = WorkspaceSync.apply(plan).requireComplete();
 * WorkspaceSync.plan(definition, ws).isEmpty();   // true: applying twice changes nothing
 * }</pre>
 *
 * <p>Declared resources are matched to live ones by SID when the declaration has one that is live
 * (an imported definition), else by friendly name ignoring case (task channels by unique name).
 */
public final class WorkspaceSync {
  private WorkspaceSync() {}

  /**
   * Plans the changes that make {@code workspace} match {@code definition}, leaving undeclared live
   * resources alone (listed as unmanaged).
   *
   * @throws WorkspacePlanException if two live resources match one declaration
   */
  public static Plan plan(WorkspaceDefinition definition, WorkspaceApi workspace) {
    return plan(definition, workspace, Prune.KEEP_UNMANAGED);
  }

  /**
   * Plans the changes that make {@code workspace} match {@code definition}.
   *
   * @param prune whether live resources the definition does not declare are deleted
   * @throws WorkspacePlanException if two live resources match one declaration
   */
  public static Plan plan(WorkspaceDefinition definition, WorkspaceApi workspace, Prune prune) {
    Objects.requireNonNull(definition, "definition == null");
    Objects.requireNonNull(workspace, "workspace == null");
    Objects.requireNonNull(prune, "prune == null");
    return Planner.plan(
        definition, LiveWorkspace.read(workspace, definition.managesWorkers()), prune);
  }

  /**
   * Makes the plan's changes: creates and updates in dependency order (activities, channels, the
   * workspace's settings, workers, queues, workflows), then deletions in reverse. Before each
   * update or delete the resource is fetched again; if it changed since the plan, apply refuses
   * instead of overwriting (workers are also guarded by {@code If-Match}). Apply stops at the first
   * refusal; the result says what was done and what was not. Nothing is sent if the plan has a
   * change that cannot be made in place ({@link Plan#blocked()}).
   *
   * @return what was done; {@link ApplyResult#requireComplete()} throws if apply stopped
   */
  public static ApplyResult apply(Plan plan) {
    Objects.requireNonNull(plan, "plan == null");
    return Applier.apply(plan);
  }
}
