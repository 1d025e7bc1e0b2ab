package com.example.support;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.Map;

/** Routes support tickets: Gold customers first, everyone else to the general queue. */
public final class SupportRouting {
  private final TaskRouter taskRouter;

  public SupportRouting(TaskRouter taskRouter) {
    this.taskRouter = taskRouter; // TaskRouter.create(credentials) in production
  }

  /** The workflow: Gold tickets to {@code gold} at priority 10, the rest to {@code everyone}. */
  public static WorkflowConfiguration workflow(TaskQueueSid gold, TaskQueueSid everyone) {
    return WorkflowConfiguration.builder()
        .filter(
            Filter.named("Gold tickets")
                .when(attr("type").eq("ticket").and(attr("customer_value").eq("Gold")))
                .target(Target.queue(gold).priority(10)))
        .defaultFilter(DefaultFilter.queue(everyone))
        .build();
  }

  /** Opens a ticket as a task; TaskRouter routes it with the workflow. */
  public Task openTicket(WorkspaceSid workspace, WorkflowSid workflow, String customerValue) {
    return taskRouter
        .workspace(workspace)
        .tasks()
        .create(
            t ->
                t.workflowSid(workflow)
                    .attributes(Map.of("type", "ticket", "customer_value", customerValue)));
  }
}
