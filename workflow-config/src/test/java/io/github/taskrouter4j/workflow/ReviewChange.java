package io.github.taskrouter4j.workflow;

import static io.github.taskrouter4j.workflow.expression.Expressions.attr;

import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The realistic change the review tools are shown on (docs/reviewing-a-routing-change.md): the
 * support workflow of {@link SampleConfigurations#multiStepEscalation()} gets a "Billing support"
 * filter sending billing questions to billing specialists first, and tier 1's timeout drops from 60
 * s to 45 s.
 */
public final class ReviewChange {
  private static final ActivitySid AVAILABLE = ActivitySid.of("WA" + "0".repeat(31) + "1");

  private ReviewChange() {}

  /** The deployed configuration. */
  public static WorkflowConfiguration before() {
    return SampleConfigurations.multiStepEscalation();
  }

  /** The proposed configuration. */
  public static WorkflowConfiguration after() {
    List<Filter> filters = before().taskRouting().filters();
    Filter support = filters.get(1);
    Target tier1 = support.targets().get(0).toBuilder().timeout(Duration.ofSeconds(45)).build();
    Filter.Builder changedSupport = Filter.named(support.name()).when(support.expression());
    changedSupport.target(tier1);
    support.targets().subList(1, support.targets().size()).forEach(changedSupport::target);
    return WorkflowConfiguration.builder()
        .filter(filters.get(0))
        .filter(
            Filter.named("Billing support")
                .when(attr("type").eq("support").and(attr("topic").eq("billing")))
                .target(
                    Target.queue(SampleConfigurations.BILLING)
                        .priority(5)
                        .timeout(Duration.ofSeconds(60)))
                .target(Target.queue(SampleConfigurations.TIER_2)))
        .filter(changedSupport)
        .defaultQueue(SampleConfigurations.EVERYONE)
        .build();
  }

  /** The workspace's queues, with names and target_workers. */
  public static List<QueueDefinition> queues() {
    return List.of(
        queue(SampleConfigurations.EVERYONE, "Everyone", "1==1"),
        queue(SampleConfigurations.TIER_1, "Tier 1", "team == 'tier1'"),
        queue(SampleConfigurations.TIER_2, "Tier 2", "team == 'tier2'"),
        queue(SampleConfigurations.SUPERVISORS, "Supervisors", "role == 'supervisor'"),
        queue(SampleConfigurations.BILLING, "Billing", "skills HAS 'billing'"));
  }

  /** Three available workers: Tia (tier 1), Bo (tier 2, billing) and Sue (supervisor). */
  public static List<WorkerState> workers() {
    return List.of(
        worker(1, "Tia", "{\"team\":\"tier1\",\"skills\":[]}"),
        worker(2, "Bo", "{\"team\":\"tier2\",\"skills\":[\"billing\"]}"),
        worker(3, "Sue", "{\"role\":\"supervisor\",\"skills\":[]}"));
  }

  /** The workspace as the linter and the diagram see it: queues with their names. */
  public static WorkspaceSnapshot workspace() {
    WorkspaceSnapshot.Builder b = WorkspaceSnapshot.builder();
    queues().forEach(q -> b.queue(q.sid(), q.friendlyName()));
    workers().forEach(w -> b.worker(w.sid(), w.friendlyName()));
    return b.build();
  }

  private static QueueDefinition queue(
      io.github.taskrouter4j.sid.TaskQueueSid sid, String name, String targetWorkers) {
    return QueueDefinition.builder()
        .sid(sid)
        .friendlyName(name)
        .targetWorkers(targetWorkers)
        .build();
  }

  private static WorkerState worker(int n, String name, String attributes) {
    return WorkerState.builder()
        .sid(WorkerSid.of(String.format("WK%032d", n)))
        .friendlyName(name)
        .attributes(attributes)
        .activity(AVAILABLE, "Available", true)
        .idleSince(Instant.parse("2024-01-01T08:00:00Z").plusSeconds(n))
        .build();
  }
}
