package io.github.taskrouter4j.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.workflow.ReviewChange;
import io.github.taskrouter4j.workflow.SampleConfigurations;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingDiffTest {
  private static JsonNode json(String text) throws Exception {
    return TaskRouterJson.readTree(text);
  }

  private static RoutingDiff diff(List<JsonNode> tasks) {
    return RoutingDiff.between(ReviewChange.before(), ReviewChange.after())
        .queues(ReviewChange.queues())
        .workers(ReviewChange.workers())
        .forTasks(tasks);
  }

  @Test
  void forTasks_sameConfiguration_changesNothing() throws Exception {
    RoutingDiff diff =
        RoutingDiff.between(ReviewChange.before(), ReviewChange.before())
            .forTasks(List.of(json("{\"type\":\"support\"}"), json("{}")));

    assertThat(diff.total()).isEqualTo(2);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.toText(20)).isEqualTo("routing diff: 0 of 2 tasks change (0.0%)\n");
  }

  @Test
  void forTasks_newFilter_listsMovedTasksWithWhatChanged() throws Exception {
    RoutingDiff diff =
        diff(
            List.of(
                json("{\"type\":\"support\",\"topic\":\"billing\"}"),
                json("{\"type\":\"sales\"}"),
                json("{\"type\":\"support\",\"topic\":\"login\"}")));

    assertThat(diff.changes())
        .extracting(TaskChange::index, c -> c.before().filter(), c -> c.after().filter())
        .containsExactly(tuple(0, "Support", "Billing support"), tuple(2, "Support", "Support"));
    TaskChange billing = diff.changes().get(0);
    assertThat(billing.aspects())
        .containsExactly(
            TaskChange.Aspect.FILTER, TaskChange.Aspect.STEPS, TaskChange.Aspect.FIRST_WORKER);
    assertThat(billing.before().firstWorkerName()).hasValue("Tia");
    assertThat(billing.after().firstWorkerName()).hasValue("Bo");
    assertThat(billing.after().firstStep().orElseThrow().queueName()).isEqualTo("Billing");
    // Tier 1's timeout went from 60 s to 45 s: same filter and worker, other steps.
    assertThat(diff.changes().get(1).aspects()).containsExactly(TaskChange.Aspect.STEPS);
  }

  @Test
  void summary_groupsByFilterAndFirstQueue() throws Exception {
    RoutingDiff diff =
        diff(
            List.of(
                json("{\"type\":\"support\",\"topic\":\"billing\"}"),
                json("{\"type\":\"support\",\"topic\":\"billing\",\"n\":2}"),
                json("{\"type\":\"support\",\"topic\":\"login\"}")));

    assertThat(diff.byFilter())
        .extracting(RoutingDiff.Group::before, RoutingDiff.Group::after, RoutingDiff.Group::count)
        .containsExactly(tuple("Support", "Billing support", 2), tuple("Support", "Support", 1));
    assertThat(diff.byFirstQueue())
        .extracting(RoutingDiff.Group::before, RoutingDiff.Group::after, RoutingDiff.Group::count)
        .containsExactly(tuple("Tier 1", "Billing", 2), tuple("Tier 1", "Tier 1", 1));
  }

  @Test
  void toText_printsSummaryAndTable() throws Exception {
    RoutingDiff diff =
        diff(
            List.of(
                json("{\"type\":\"support\",\"topic\":\"billing\"}"),
                json("{\"type\":\"sales\"}")));

    assertThat(diff.toString())
        .isEqualTo(
            "routing diff: 1 of 2 tasks change (50.0%)\n"
                + "\n"
                + "by filter (before -> after)\n"
                + "  Support  ->  Billing support  1\n"
                + "\n"
                + "by first queue (before -> after)\n"
                + "  Tier 1  ->  Billing  1\n"
                + "\n"
                + "changed tasks\n"
                + "  #  task                                  changed                        before"
                + "                                                                    after\n"
                + "  0  {\"type\":\"support\",\"topic\":\"billing\"}  [filter, steps, first worker]"
                + "  Support: Tier 1 p1 1m > Tier 2 p5 2m > Supervisors p10; first worker Tia"
                + "  Billing support: Billing p5 1m > Tier 2 p5; first worker Bo\n");
  }

  @Test
  void toJson_isCanonicalAndComplete() throws Exception {
    RoutingDiff diff = diff(List.of(json("{\"type\":\"support\",\"topic\":\"billing\"}")));

    JsonNode tree = TaskRouterJson.readTree(diff.toJson());

    assertThat(tree.get("total").asInt()).isEqualTo(1);
    assertThat(tree.get("changed").asInt()).isEqualTo(1);
    assertThat(tree.at("/by_filter/0/after").asText()).isEqualTo("Billing support");
    assertThat(tree.at("/by_first_queue/0/before").asText()).isEqualTo("Tier 1");
    assertThat(tree.at("/tasks/0/changed").toString())
        .isEqualTo("[\"filter\",\"steps\",\"first_worker\"]");
    assertThat(tree.at("/tasks/0/after/steps/0/queue").asText())
        .isEqualTo(SampleConfigurations.BILLING.value());
    assertThat(tree.at("/tasks/0/after/steps/0/timeout").asInt()).isEqualTo(60);
    assertThat(tree.at("/tasks/0/after/first_worker_name").asText()).isEqualTo("Bo");
    assertThat(diff.toJson()).endsWith("}\n").contains("\n  \"total\": 1,\n");
  }

  @Test
  void forTasks_notAnObject_namesThePosition() throws Exception {
    assertThatThrownBy(() -> diff(List.of(json("{}"), json("[1]"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tasks[1] must be a JSON object, but was array");
  }
}
