package io.github.taskrouter4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.Router;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Routes a task through a configuration alone, for {@code assertThat(config).routes(task)}: every
 * queue the configuration names admits every worker, and there are no workers, so the decision says
 * which filter, queues, priorities and timeouts apply, not who gets the task.
 */
final class ConfigurationRouting {
  private ConfigurationRouting() {}

  static RoutingDecisionAssert routes(
      WorkflowConfiguration configuration, String task, Instant at) {
    return new RoutingDecisionAssert(router(configuration, at).route(task));
  }

  static RoutingDecisionAssert routes(
      WorkflowConfiguration configuration, JsonNode task, Instant at) {
    return new RoutingDecisionAssert(router(configuration, at).route(task));
  }

  private static Router router(WorkflowConfiguration configuration, Instant at) {
    return Router.builder()
        .configuration(configuration)
        .queuesFromConfiguration()
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .build();
  }
}
