package io.github.taskrouter4j.testing;

import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkflowTemplate;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;

/**
 * The entry point of taskrouter4j's AssertJ assertions. Import statically, next to AssertJ's own
 * {@code assertThat}:
 *
 * <pre>{@code
 * import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
 *
 * assertThat(config)
 *     .hasNoProblems()                                   // lint() is empty
 *     .matchesSnapshot("snapshots/workflows/gold.json");  // byte for byte, pretty JSON
 *
 * assertThat(Expressions.parseFilter("customer_value == 'Gold'"))
 *     .rendersAs("customer_value == 'Gold'")
 *     .matches("{\"customer_value\": \"Gold\"}");
 *
 * assertThat(config)
 *     .routes("{\"customer_value\": \"Gold\", \"type\": \"ticket\"}")
 *     .toFilter("Gold Tickets")
 *     .toQueue(gold)
 *     .withPriority(2);
 * }</pre>
 *
 * <p>Snapshots are rewritten only when the JVM runs with {@code -Dsnapshots.update=true}; a missing
 * snapshot is recorded on a developer's machine but fails when the environment variable {@code CI}
 * is set.
 */
public final class TaskRouterAssertions {
  private TaskRouterAssertions() {}

  /**
   * Starts assertions on a workflow configuration template: {@code
   * assertThat(template).hasNoProblems().hasPlaceholders("QUEUE_SID_EVERYONE")}.
   *
   * @param actual the template under test
   * @return the assertion object
   */
  public static WorkflowTemplateAssert assertThat(WorkflowTemplate actual) {
    return new WorkflowTemplateAssert(actual);
  }

  /**
   * Starts assertions on a workflow configuration.
   *
   * @param actual the configuration under test
   * @return the assertion object
   */
  public static WorkflowConfigurationAssert assertThat(WorkflowConfiguration actual) {
    return new WorkflowConfigurationAssert(actual, SnapshotSettings.fromEnvironment());
  }

  /**
   * Starts assertions on an expression (filter, target, worker or skip_if).
   *
   * @param actual the expression under test
   * @return the assertion object
   */
  public static ExpressionAssert assertThat(Expression actual) {
    return new ExpressionAssert(actual);
  }

  /**
   * Starts assertions on a router with its queues and workers: {@code
   * assertThat(router).routes(task).toQueue(spanish).toWorkersNamed("ana", "luis")}.
   *
   * @param actual the router under test
   * @return the assertion object
   */
  public static RouterAssert assertThat(Router actual) {
    return new RouterAssert(actual);
  }

  /**
   * Starts assertions on a routing decision: {@code assertThat(router.route(task)).toFilter("Gold
   * Tickets")}.
   *
   * @param actual the decision under test
   * @return the assertion object
   */
  public static RoutingDecisionAssert assertThat(RoutingDecision actual) {
    return new RoutingDecisionAssert(actual);
  }
}
