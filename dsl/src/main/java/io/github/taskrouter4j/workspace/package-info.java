/**
 * A whole workspace as code: declare its settings, activities, task channels, task queues,
 * workflows (and, if you like, workers) in Java as a {@link
 * io.github.taskrouter4j.workspace.WorkspaceDefinition}, compare it with a live workspace ({@link
 * io.github.taskrouter4j.workspace.WorkspaceSync#plan}), and apply the {@link
 * io.github.taskrouter4j.workspace.Plan} ({@link
 * io.github.taskrouter4j.workspace.WorkspaceSync#apply}) so that running it twice changes nothing
 * the second time.
 *
 * <p>Resources refer to each other by typed keys ({@link
 * io.github.taskrouter4j.workspace.ActivityKey}, {@link
 * io.github.taskrouter4j.workspace.QueueKey}), never by SIDs, so one definition applies to any
 * account; the keys resolve to SIDs when the plan is applied.
 */
@WorkspaceStyle
package io.github.taskrouter4j.workspace;
