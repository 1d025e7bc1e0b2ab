package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code task_routing} object of a workflow configuration: the ordered {@link #filters()} and
 * the optional {@link #defaultFilter()}. Obtained from {@link WorkflowConfiguration#taskRouting()}.
 */
public final class TaskRouting {
  private final List<Filter> filters;
  private final DefaultFilter defaultFilter;
  private final Map<String, JsonNode> extras;

  TaskRouting(List<Filter> filters, DefaultFilter defaultFilter, Map<String, JsonNode> extras) {
    this.filters = Collections.unmodifiableList(filters);
    this.defaultFilter = defaultFilter;
    this.extras = Extras.freeze(extras);
  }

  /** The filters, evaluated top to bottom; the first whose expression matches takes the task. */
  public List<Filter> filters() {
    return filters;
  }

  /** Where tasks matching no filter go; empty if the configuration has no default filter. */
  public Optional<DefaultFilter> defaultFilter() {
    return Optional.ofNullable(defaultFilter);
  }

  /** Fields of {@code task_routing} this library does not model (copies). */
  public Map<String, JsonNode> extras() {
    return Extras.copy(extras);
  }

  Map<String, JsonNode> extrasView() {
    return extras;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TaskRouting)) {
      return false;
    }
    TaskRouting that = (TaskRouting) other;
    return filters.equals(that.filters)
        && Objects.equals(defaultFilter, that.defaultFilter)
        && extras.equals(that.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filters, defaultFilter, extras);
  }

  /** The {@code task_routing} object's canonical JSON, minified. */
  @Override
  public String toString() {
    return ConfigurationWriter.minify(ConfigurationWriter.taskRouting(this, false));
  }
}
