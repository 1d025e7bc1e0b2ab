package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What decides which workers are eligible for a task in one step: the compiled step (by identity,
 * so a shape of an older configuration never equals one of a newer), the known worker the task
 * names, and the values of the task attributes the step's target expression reads. Two tasks of
 * equal shapes have, at any one instant, the same eligible workers; see {@link
 * Router#eligibilityKey}.
 */
final class StepShape {
  private final Plan.Step step;
  private final Optional<String> knownWorker;
  private final List<JsonNode> values;

  private StepShape(Plan.Step step, Optional<String> knownWorker, List<JsonNode> values) {
    this.step = step;
    this.knownWorker = knownWorker;
    this.values = values;
  }

  /** The shape of {@code task} in {@code step}; empty if the step reads the task as a whole. */
  static Optional<StepShape> of(Plan.Step step, JsonNode task) {
    if (step.shapeKeys.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = step.shapeKeys.get();
    List<JsonNode> values = new ArrayList<>(keys.size());
    for (String key : keys) {
      JsonNode value = task.get(key);
      // Copied: the caller may change its document after taking the key.
      values.add(value == null ? MissingNode.getInstance() : value.deepCopy());
    }
    Optional<String> known = step.knownWorker.flatMap(ref -> ref.resolve(task));
    return Optional.of(new StepShape(step, known, values));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StepShape)) {
      return false;
    }
    StepShape other = (StepShape) o;
    return step == other.step
        && knownWorker.equals(other.knownWorker)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(step), knownWorker, values);
  }

  /** For example {@code StepShape{task_routing.filters[0].targets[0], [ "gold" ]}}. */
  @Override
  public String toString() {
    return "StepShape{"
        + step.path
        + knownWorker.map(k -> ", known worker " + k).orElse("")
        + ", "
        + values
        + "}";
  }
}
