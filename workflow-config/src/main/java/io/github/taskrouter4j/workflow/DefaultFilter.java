package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a task goes when it matches no filter (or skips out of every filter it matched): {@code
 * "default_filter": {"queue": "WQ…"}}. It has no timeout: the task waits there until its TTL.
 *
 * <pre>{@code
 * DefaultFilter.queue(everyone).priority(1)   // {"queue": "WQ…", "priority": 1}
 * }</pre>
 *
 * <p>Real configurations also give it a worker {@code expression}; both are modelled. Anything else
 * (a {@code timeout}, say, which TaskRouter ignores here) is kept in {@link #extras()}.
 */
public final class DefaultFilter {
  private final TaskQueueSid queue;
  private final Integer priority;
  private final TargetExpression expression;
  private final Map<String, JsonNode> extras;

  private DefaultFilter(Builder b, TargetExpression expression) {
    this.queue = b.queue;
    this.priority = b.priority;
    this.expression = expression;
    this.extras = Extras.freeze(b.extras);
  }

  /**
   * Starts a default filter sending tasks to {@code queue}.
   *
   * @param queue the catch-all queue
   * @return a builder
   */
  public static Builder queue(TaskQueueSid queue) {
    return new Builder(queue);
  }

  /** The queue unmatched tasks go to. */
  public TaskQueueSid queue() {
    return queue;
  }

  /** The priority given to tasks routed here, if any. */
  public OptionalInt priority() {
    return priority == null ? OptionalInt.empty() : OptionalInt.of(priority);
  }

  /** A worker expression restricting who in the queue may take the task, if any. */
  public Optional<TargetExpression> expression() {
    return Optional.ofNullable(expression);
  }

  /** Fields of the JSON default filter this library does not model (copies). */
  public Map<String, JsonNode> extras() {
    return Extras.copy(extras);
  }

  Map<String, JsonNode> extrasView() {
    return extras;
  }

  /** A builder holding this default filter's values. */
  public Builder toBuilder() {
    Builder b = new Builder(queue);
    b.priority = priority;
    b.expression = expression;
    b.extras.putAll(extras);
    return b;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DefaultFilter)) {
      return false;
    }
    DefaultFilter that = (DefaultFilter) other;
    return queue.equals(that.queue)
        && Objects.equals(priority, that.priority)
        && Objects.equals(expression, that.expression)
        && extras.equals(that.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queue, priority, expression, extras);
  }

  /** The default filter's canonical JSON, minified. */
  @Override
  public String toString() {
    return ConfigurationWriter.minify(ConfigurationWriter.defaultFilter(this, false));
  }

  /** Builds a {@link DefaultFilter}. */
  public static final class Builder {
    private final TaskQueueSid queue;
    private Integer priority;
    private Expression expression;
    private String expressionText;
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();

    Builder(TaskQueueSid queue) {
      this.queue = Objects.requireNonNull(queue, "queue == null");
    }

    /** Sets the priority: renders {@code "priority": 1}. */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /** Sets a worker expression ({@code task.}/{@code worker.} prefixes), checked at build time. */
    public Builder expression(Expression expression) {
      this.expression = Objects.requireNonNull(expression, "expression == null");
      this.expressionText = null;
      return this;
    }

    /** Sets a worker expression from text, parsed at build time. */
    public Builder expression(String expression) {
      this.expressionText = Objects.requireNonNull(expression, "expression == null");
      this.expression = null;
      return this;
    }

    /** Keeps a field under a modelled name (a conflicting legacy spelling), for the linter. */
    Builder keepConflicting(String name, JsonNode value) {
      extras.put(name, value.deepCopy());
      return this;
    }

    /** Adds a field this library does not model (copied), written after the modelled ones. */
    public Builder extra(String name, JsonNode value) {
      Extras.put(extras, Fields.DEFAULT, name, value);
      return this;
    }

    /**
     * Builds the default filter.
     *
     * @throws InvalidConfigurationException if the priority or the expression is invalid
     */
    public DefaultFilter build() {
      List<Problem> problems = new ArrayList<>();
      DefaultFilter built = build("", problems);
      if (!problems.isEmpty()) {
        throw new InvalidConfigurationException(problems);
      }
      return built;
    }

    DefaultFilter build(String path, List<Problem> problems) {
      int before = problems.size();
      String at = path.isEmpty() ? "" : path + ".";
      TargetExpression condition = null;
      if (expression != null) {
        condition =
            Parsing.convert(
                expression, Expression::asTarget, at + "expression", "default filter", problems);
      }
      if (expressionText != null) {
        condition =
            Parsing.parse(
                expressionText,
                Expressions::parseTarget,
                at + "expression",
                "default filter",
                problems);
      }
      return problems.size() == before ? new DefaultFilter(this, condition) : null;
    }
  }
}
