package io.github.taskrouter4j.examples;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quickstart's contact centre, in one place: names, attributes and the "Incoming Call Flow"
 * workflow configuration, shared by the examples and their tests.
 */
public final class CustomerSupport {
  /** The workspace's name. */
  public static final String WORKSPACE = "Customer Support";

  /** The workflow's name. */
  public static final String WORKFLOW = "Incoming Call Flow";

  /** The filter that sends gold tickets to the front of the queue. */
  public static final String GOLD_TICKETS = "Gold Tickets";

  /** The unavailable activity the quickstart adds. */
  public static final String COFFEE_BREAK = "Coffee Break";

  /** The worker's name. */
  public static final String WORKER = "Jamie";

  /** The queue's name. */
  public static final String QUEUE = "Sales";

  /** Which workers the Sales queue holds: everyone who speaks English. */
  public static final String QUEUE_TARGET_WORKERS = "languages HAS \"EN\"";

  /** Jamie's attributes, as in the seed. */
  public static final Map<String, Object> WORKER_ATTRIBUTES =
      Map.of("phone", "+14155551234", "languages", List.of("EN", "ES"));

  /** The task's attributes, as in the seed. */
  public static final String TASK_ATTRIBUTES =
      "{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"language\":\"EN\"}";

  private CustomerSupport() {}

  /**
   * The "Incoming Call Flow" configuration: gold tickets go to {@code sales} at priority 2, every
   * other task to {@code sales} through the default filter.
   *
   * <pre>{@code
   * {"task_routing": {
   *    "filters": [{"filter_friendly_name": "Gold Tickets",
   *                 "expression": "customer_value == \"Gold\" AND type == \"ticket\"",
   *                 "targets": [{"queue": "WQ…", "priority": 2}]}],
   *    "default_filter": {"queue": "WQ…"}}}
   * }</pre>
   *
   * @param sales the Sales queue
   * @return the configuration, already checked by {@link WorkflowConfiguration#requireValid()}
   */
  public static WorkflowConfiguration workflowConfiguration(TaskQueueSid sales) {
    Objects.requireNonNull(sales, "sales == null");
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named(GOLD_TICKETS)
                .when(attr("customer_value").eq("Gold").and(attr("type").eq("ticket")))
                .target(Target.queue(sales).priority(2)))
        .defaultFilter(DefaultFilter.queue(sales))
        .build()
        .requireValid();
  }
}
