package io.github.taskrouter4j.workflow;

import java.util.List;

/**
 * Thrown when a workflow configuration cannot be read or built, or by {@link
 * WorkflowConfiguration#requireValid()}. It carries every problem found, not only the first; its
 * message lists them one per line with their JSON paths:
 *
 * <pre>
 * workflow configuration has 2 problems:
 *   ERROR task_routing.filters[2].targets[0].priority: expected an integer, got "high" [INVALID_TYPE]
 *   ERROR task_routing.default_filter.queue: TaskQueueSid must start with 'WQ' … [INVALID_SID]
 * </pre>
 */
public final class InvalidConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; must not be empty
   */
  public InvalidConfigurationException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidConfigurationException needs a problem");
    }
    StringBuilder text =
        new StringBuilder("workflow configuration has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}
