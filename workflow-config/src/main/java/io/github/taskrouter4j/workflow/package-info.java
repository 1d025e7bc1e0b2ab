/**
 * TaskRouter workflow configurations as immutable, typed values: {@link
 * io.github.taskrouter4j.workflow.WorkflowConfiguration} (the entry point), {@link
 * io.github.taskrouter4j.workflow.Filter}, {@link io.github.taskrouter4j.workflow.Target} and
 * {@link io.github.taskrouter4j.workflow.DefaultFilter}; reading every spelling found in the wild,
 * writing the canonical form, and linting ({@link io.github.taskrouter4j.workflow.Problem}).
 */
package io.github.taskrouter4j.workflow;
