package io.github.taskrouter4j.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.json.TaskRouterJson;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.RoutingDiff;
import io.github.taskrouter4j.workflow.routing.TaskChange;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Asserts that a changed configuration routes a sample of tasks as the configuration before the
 * change did, except the tasks the change is meant to move; obtain one with {@code
 * assertThat(after).routesLike(before)}:
 *
 * <pre>{@code
 * assertThat(after)
 *     .routesLike(before)
 *     .except(task -> task.path("topic").asText().equals("billing"))
 *     .forTasks(tasks);
 * }</pre>
 *
 * <p>Declare queues, workers, the instant and the exceptions first: {@link #forTasks} runs the
 * {@link RoutingDiff} and fails listing every task that changed (filter, steps or first worker)
 * without being excepted.
 */
public class RoutesLikeAssert extends AbstractAssert<RoutesLikeAssert, WorkflowConfiguration> {
  private final WorkflowConfiguration before;
  private final List<QueueDefinition> queues = new ArrayList<>();
  private final List<WorkerState> workers = new ArrayList<>();
  private final List<Predicate<? super JsonNode>> exceptions = new ArrayList<>();
  private Instant at = RoutingDiff.Builder.DEFAULT_AT;

  RoutesLikeAssert(WorkflowConfiguration after, WorkflowConfiguration before) {
    super(after, RoutesLikeAssert.class);
    this.before = Objects.requireNonNull(before, "before == null");
  }

  /** Routes over these queue definitions (names, target_workers) instead of admit-all queues. */
  public RoutesLikeAssert queues(Collection<QueueDefinition> definitions) {
    queues.addAll(Objects.requireNonNull(definitions, "queues == null"));
    return myself;
  }

  /** Routes with these workers, so the first reserved worker is compared too. */
  public RoutesLikeAssert workers(Collection<WorkerState> states) {
    workers.addAll(Objects.requireNonNull(states, "workers == null"));
    return myself;
  }

  /**
   * Routes as if at {@code instant} (time-of-day filters); default {@link
   * RoutingDiff.Builder#DEFAULT_AT}.
   */
  public RoutesLikeAssert at(Instant instant) {
    this.at = Objects.requireNonNull(instant, "at == null");
    return myself;
  }

  /**
   * Allows the tasks matching {@code allowed} to route differently; may be called several times.
   *
   * @param allowed a condition on a task's attributes
   * @return this assertion
   */
  public RoutesLikeAssert except(Predicate<? super JsonNode> allowed) {
    exceptions.add(Objects.requireNonNull(allowed, "allowed == null"));
    return myself;
  }

  /**
   * Allows these tasks (attributes as JSON text, compared as JSON) to route differently.
   *
   * @param tasks the tasks' attributes
   * @return this assertion
   */
  public RoutesLikeAssert except(String... tasks) {
    List<JsonNode> allowed = parse(tasks);
    return except(allowed::contains);
  }

  /**
   * Routes every task through both configurations and fails if a task that is not excepted is
   * routed differently: another filter, other steps (queue, priority, timeout) or another first
   * worker.
   *
   * @param tasks task attributes, each a JSON object
   * @return this assertion
   */
  public RoutesLikeAssert forTasks(Iterable<? extends JsonNode> tasks) {
    isNotNull();
    RoutingDiff diff =
        RoutingDiff.between(before, actual).queues(queues).workers(workers).at(at).forTasks(tasks);
    List<TaskChange> unexpected =
        diff.changes().stream().filter(c -> !excepted(c.task())).collect(Collectors.toList());
    if (!unexpected.isEmpty()) {
      failWithMessage(
          "Expecting the changed configuration to route %d tasks as before%s, but %d routed"
              + " differently:%n%s",
          diff.total(),
          exceptions.isEmpty() ? "" : " (except those allowed)",
          unexpected.size(),
          unexpected.stream().map(c -> "  " + c).collect(Collectors.joining("\n")));
    }
    return myself;
  }

  /** Like {@link #forTasks(Iterable)}, with the tasks' attributes as JSON text. */
  public RoutesLikeAssert forTasks(String... tasks) {
    return forTasks(parse(tasks));
  }

  private boolean excepted(JsonNode task) {
    for (Predicate<? super JsonNode> allowed : exceptions) {
      if (allowed.test(task)) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonNode> parse(String... tasks) {
    List<JsonNode> out = new ArrayList<>(tasks.length);
    for (int i = 0; i < tasks.length; i++) {
      try {
        out.add(TaskRouterJson.readTree(Objects.requireNonNull(tasks[i], "tasks[" + i + "]")));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "tasks[" + i + "] is not valid JSON: " + e.getOriginalMessage(), e);
      }
    }
    return out;
  }
}
