package com.example.support;

import static io.github.taskrouter4j.testing.TaskRouterAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.junit.TaskRouterTest;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import org.junit.jupiter.api.Test;

@TaskRouterTest // a local TaskRouter (the emulator) and a fresh workspace for each test
class SupportRoutingTest {
  @Test
  void goldTicket_goesToTheGoldQueueAtPriority10(TaskRouter client, WorkspaceApi workspace) {
    TaskQueue gold = workspace.taskQueues().create(q -> q.friendlyName("Gold"));
    TaskQueue everyone = workspace.taskQueues().create(q -> q.friendlyName("Everyone"));
    WorkflowConfiguration config = SupportRouting.workflow(gold.sid(), everyone.sid());

    // checked locally, without a server: lint, then the routing of one ticket
    assertThat(config).hasNoProblems();
    assertThat(config)
        .routes("{\"type\": \"ticket\", \"customer_value\": \"Gold\"}")
        .toFilter("Gold tickets")
        .toQueue(gold.sid())
        .withPriority(10);

    // and for real, against the emulator
    Workflow workflow =
        workspace.workflows().create(w -> w.friendlyName("Support").configuration(config));
    Task task = new SupportRouting(client).openTicket(workspace.sid(), workflow.sid(), "Gold");

    assertThat(task.taskQueueSid()).hasValue(gold.sid());
    assertThat(task.priority()).isEqualTo(10);
  }

  @Test
  void silverTicket_goesToEveryone(TaskRouter client, WorkspaceApi workspace) {
    TaskQueue gold = workspace.taskQueues().create(q -> q.friendlyName("Gold"));
    TaskQueue everyone = workspace.taskQueues().create(q -> q.friendlyName("Everyone"));
    Workflow workflow =
        workspace
            .workflows()
            .create(
                w ->
                    w.friendlyName("Support")
                        .configuration(SupportRouting.workflow(gold.sid(), everyone.sid())));

    Task task = new SupportRouting(client).openTicket(workspace.sid(), workflow.sid(), "Silver");

    assertThat(task.taskQueueSid()).hasValue(everyone.sid());
  }
}
