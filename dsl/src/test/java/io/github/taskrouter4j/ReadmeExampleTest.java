package io.github.taskrouter4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.http.stub.StubServer;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's examples, run against a loopback stub answering with the spec's examples. */
class ReadmeExampleTest {
  @Test
  void readmeExamples_runAndSendWhatTheCommentsSay() throws Exception {
    try (StubServer stub = new StubServer().always(SpecAnswers::answer);
        TaskRouter tr = StubClients.on(stub)) {
      Workspace ws =
          tr.workspaces()
              .create(w -> w.friendlyName("Customer Support").template(WorkspaceTemplate.FIFO));
      WorkspaceApi workspace = tr.workspace(ws.sid());

      Activity onBreak =
          workspace.activities().create(a -> a.friendlyName("On Break").available(false));
      assertThat(stub.last().form()).containsEntry("Available", List.of("false"));

      Worker alice =
          workspace
              .workers()
              .create(
                  w ->
                      w.friendlyName("Alice").attributes(Map.of("languages", List.of("en", "es"))));
      assertThat(stub.last().form("Attributes")).isEqualTo("{\"languages\":[\"en\",\"es\"]}");

      Activity unavailable =
          workspace.activities().list(q -> q.friendlyName("Unavailable")).findFirst().orElseThrow();
      TaskQueue sales =
          workspace
              .taskQueues()
              .create(
                  q ->
                      q.friendlyName("Sales")
                          .targetWorkers("languages HAS \"en\"")
                          .reservationActivity(unavailable)
                          .assignmentActivity(unavailable));
      assertThat(stub.last().form("ReservationActivitySid")).isEqualTo(unavailable.sid().value());

      WorkflowConfiguration config =
          WorkflowConfiguration.builder()
              .filter(
                  Filter.named("Sales").when("type == 'sales'").target(Target.queue(sales.sid())))
              .defaultQueue(sales.sid())
              .build();
      Workflow flow =
          workspace
              .workflows()
              .create(
                  w ->
                      w.friendlyName("Incoming Call Flow")
                          .assignmentCallbackUrl(URI.create("https://example.com/assignment"))
                          .fallbackAssignmentCallbackUrl(URI.create("https://example.com/fallback"))
                          .configuration(config));
      assertThat(stub.last().form("Configuration")).isEqualTo(config.toJson());

      Task task =
          workspace
              .tasks()
              .create(t -> t.workflowSid(flow.sid()).attributes(Map.of("type", "sales")));
      assertThat(stub.last().form("WorkflowSid")).isEqualTo(flow.sid().value());

      assertThat(
              workspace
                  .tasks()
                  .list(q -> q.addAssignmentStatus(TaskAssignmentStatus.PENDING))
                  .limit(20)
                  .count())
          .isPositive();

      Task fetched = workspace.tasks().fetch(task.sid());
      workspace
          .tasks()
          .update(
              fetched, u -> u.assignmentStatus(TaskAssignmentStatus.CANCELED).reason("duplicate"));
      assertThat(stub.last().header("If-Match")).isEqualTo("\"7\"");

      workspace.tasks().updateAttributes(task.sid(), a -> a.put("escalated", true));
      assertThat(stub.last().form("Attributes")).contains("\"escalated\":true");

      workspace.workers().update(alice.sid(), w -> w.activity(onBreak));
      assertThat(stub.last().form("ActivitySid")).isEqualTo(onBreak.sid().value());
    }
  }
}
