/**
 * AssertJ assertions for TaskRouter workflow configurations and expressions. Start from {@link
 * io.github.taskrouter4j.testing.TaskRouterAssertions}:
 *
 * <pre>{@code
 * import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
 *
 * assertThat(config).hasNoProblems().matchesSnapshot("snapshots/support.json");
 * assertThat(parseFilter("type == 'sales'")).matches("{\"type\": \"sales\"}");
 * }</pre>
 */
package io.github.taskrouter4j.testing;
