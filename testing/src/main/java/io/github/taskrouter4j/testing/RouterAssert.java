package io.github.taskrouter4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.workflow.routing.Router;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Router} with its queues and workers: {@code
 * assertThat(router).routes("{\"language\": \"es\"}").toQueue(spanish).toWorkersNamed("ana")}.
 */
public class RouterAssert extends AbstractAssert<RouterAssert, Router> {

  /** Starts assertions on {@code actual}; prefer {@code TaskRouterAssertions.assertThat}. */
  public RouterAssert(Router actual) {
    super(actual, RouterAssert.class);
  }

  /** Routes a task given as JSON text now (the router's clock) and asserts on the decision. */
  public RoutingDecisionAssert routes(String taskAttributesJson) {
    isNotNull();
    return new RoutingDecisionAssert(actual.route(taskAttributesJson));
  }

  /** Routes a task now (the router's clock) and asserts on the decision. */
  public RoutingDecisionAssert routes(JsonNode taskAttributes) {
    isNotNull();
    return new RoutingDecisionAssert(actual.route(taskAttributes));
  }
}
