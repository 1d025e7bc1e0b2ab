package io.github.taskrouter4j.testing;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.RoutingDecision;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RoutingDecisionAssertTest {
  static final TaskQueueSid GOLD = TaskQueueSid.of("WQ00000000000000000000000000000001");
  static final TaskQueueSid EVERYONE = TaskQueueSid.of("WQ00000000000000000000000000000002");
  static final Instant MONDAY = Instant.parse("2026-11-30T10:15:00Z");

  static final WorkflowConfiguration SEED =
      WorkflowConfiguration.fromJson(
          """
          {"task_routing": {
            "filters": [{
              "friendly_name": "Gold Tickets",
              "expression": "customer_value == 'Gold' AND type == 'ticket'",
              "targets": [{"task_queue_sid": "%s", "priority": "2", "timeout": 30},
                          {"task_queue_sid": "%s"}]
            }],
            "default_filter": {"task_queue_sid": "%s"}
          }}
          """
              .formatted(GOLD, EVERYONE, EVERYONE));

  static final String GOLD_TICKET = "{\"customer_value\": \"Gold\", \"type\": \"ticket\"}";

  private static RoutingDecisionAssert routes(String task) {
    return assertThat(SEED).routes(task, MONDAY);
  }

  private static Router router() {
    WorkerState alice =
        WorkerState.builder()
            .sid(WorkerSid.of("WK00000000000000000000000000000001"))
            .friendlyName("alice")
            .attributes("{\"tier\": \"gold\"}")
            .activity(ActivitySid.of("WA00000000000000000000000000000001"), "Available", true)
            .build();
    return Router.builder()
        .configuration(SEED)
        .queue(
            QueueDefinition.builder()
                .sid(GOLD)
                .friendlyName("Gold")
                .targetWorkers("tier == 'gold'")
                .build())
        .queue(QueueDefinition.builder().sid(EVERYONE).friendlyName("Everyone").build())
        .worker(alice)
        .clock(Clock.fixed(MONDAY, ZoneOffset.UTC))
        .build();
  }

  @Test
  void routes_goldTicket_passesFilterQueuePriorityAndEscalation() {
    routes(GOLD_TICKET)
        .toFilter("Gold Tickets")
        .toQueue(GOLD)
        .withPriority(2)
        .escalatesTo(EVERYONE, Duration.ofSeconds(30))
        .toNobody()
        .ends(RoutingDecision.Ending.WAITS_IN_LAST_STEP);
  }

  @Test
  void toFilter_wrongFilter_showsBothSidesAndDecision() {
    assertThatThrownBy(() -> routes("{\"customer_value\": \"Silver\"}").toFilter("Gold Tickets"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to route to filter \"Gold Tickets\"")
        .hasMessageContaining("but it went to the default filter.")
        .hasMessageContaining("customer_value = \"Silver\"");
  }

  @Test
  void toQueue_wrongQueue_namesActualQueue() {
    assertThatThrownBy(() -> routes(GOLD_TICKET).toQueue(EVERYONE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to wait first in queue " + EVERYONE)
        .hasMessageContaining("but it waits first in " + GOLD + " (" + GOLD + ")");
  }

  @Test
  void withPriority_wrong_showsActual() {
    assertThatThrownBy(() -> routes(GOLD_TICKET).withPriority(5))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have priority 5")
        .hasMessageContaining("but its priority is 2");
  }

  @Test
  void decision_directly_andJsonNodeTask() throws Exception {
    Router router = router();
    assertThat(router.route(GOLD_TICKET)).toFilter("Gold Tickets").toWorkersNamed("alice");
    assertThat(SEED)
        .routes(io.github.taskrouter4j.json.TaskRouterJson.readTree(GOLD_TICKET))
        .toFilter("Gold Tickets");
  }

  @Test
  void escalatesTo_wrongOffset_listsSteps() {
    assertThatThrownBy(() -> routes(GOLD_TICKET).escalatesTo(EVERYONE, Duration.ofSeconds(10)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to reach queue " + EVERYONE + " at +10s")
        .hasMessageContaining("but its steps are " + GOLD + " at +0s, " + EVERYONE + " at +30s");
  }

  @Test
  void toDefaultFilter_andNoFilter() {
    routes("{}").toDefaultFilter().toQueue(EVERYONE);
    assertThatThrownBy(() -> routes("{}").toNoFilter())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to match no filter");
  }

  @Test
  void routerRoutes_toWorker_andNamedWorkers() {
    RouterAssert router = assertThat(router());
    router.routes(GOLD_TICKET).toWorker(WorkerSid.of("WK00000000000000000000000000000001"));
    router.routes(GOLD_TICKET).toWorkersNamed("alice");
    assertThatThrownBy(() -> router.routes(GOLD_TICKET).toWorkersNamed("bob", "alice"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be offered to [bob, alice] in that order")
        .hasMessageContaining("but it is offered to [alice]");
    assertThatThrownBy(() -> router.routes(GOLD_TICKET).toNobody())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it is offered to alice");
  }
}
