package io.github.taskrouter4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.expression.Expression;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.expression.OrderBy;
import io.github.taskrouter4j.workflow.expression.OrderByClause;
import io.github.taskrouter4j.workflow.expression.SkipIfExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One routing step of a {@link Filter}: the queue a task waits in, for how long, at which priority,
 * and which of the queue's workers may take it.
 *
 * <pre>{@code
 * Target.queue(gold).priority(2).timeout(Duration.ofSeconds(30))
 *     .expression("worker.level >= task.level").orderBy("worker.level DESC")
 * // {"queue": "WQ…", "priority": 2, "timeout": 30,
 * //  "expression": "worker.level >= task.level", "order_by": "worker.level DESC"}
 * }</pre>
 *
 * <p>A target may leave out its queue ({@link #sameQueue()}); it then inherits the queue of the
 * target before it in the same filter, as TaskRouter does. {@link #queue()} always returns the
 * effective queue; {@link #declaresQueue()} tells whether this target wrote it.
 *
 * <p>Instances are immutable; fields this library does not model are kept in {@link #extras()} and
 * written back.
 */
public final class Target {
  private final TaskQueueSid declaredQueue;
  private final TaskQueueSid effectiveQueue;
  private final Integer priority;
  private final Duration timeout;
  private final TargetExpression expression;
  private final OrderBy orderBy;
  private final SkipIfExpression skipIf;
  private final String knownWorkerSid;
  private final String knownWorkerFriendlyName;
  private final Map<String, JsonNode> extras;

  private Target(
      Builder b,
      TargetExpression expression,
      SkipIfExpression skipIf,
      TaskQueueSid effectiveQueue) {
    this.declaredQueue = b.queue;
    this.effectiveQueue = effectiveQueue;
    this.priority = b.priority;
    this.timeout = b.timeout;
    this.expression = expression;
    this.orderBy = b.orderBy;
    this.skipIf = skipIf;
    this.knownWorkerSid = b.knownWorkerSid;
    this.knownWorkerFriendlyName = b.knownWorkerFriendlyName;
    this.extras = Extras.freeze(b.extras);
  }

  /**
   * Starts a target that sends the task to {@code queue}: {@code Target.queue(gold)} renders {@code
   * {"queue": "WQ…"}}.
   *
   * @param queue the task queue
   * @return a builder; pass it to {@link Filter.Builder#target(Target.Builder)} or call {@link
   *     Builder#build()}
   */
  public static Builder queue(TaskQueueSid queue) {
    return new Builder().queue(queue);
  }

  /**
   * Starts a target without a queue of its own: it inherits the queue of the previous target of its
   * filter. {@code Target.sameQueue().expression("1==1")} renders {@code {"expression": "1==1"}}.
   *
   * @return a builder
   */
  public static Builder sameQueue() {
    return new Builder();
  }

  /** The queue this target routes to: its own, or the one inherited from the previous target. */
  public TaskQueueSid queue() {
    if (effectiveQueue == null) {
      throw new IllegalStateException(
          "this target inherits its queue but is not part of a filter, so it has none");
    }
    return effectiveQueue;
  }

  /** Whether this target names its queue itself (rather than inheriting it). */
  public boolean declaresQueue() {
    return declaredQueue != null;
  }

  /** The queue written on this target, empty if it inherits one. */
  public Optional<TaskQueueSid> declaredQueue() {
    return Optional.ofNullable(declaredQueue);
  }

  /** The target worker expression ({@code task.}/{@code worker.} prefixes), if any. */
  public Optional<TargetExpression> expression() {
    return Optional.ofNullable(expression);
  }

  /** The priority the task gets in this step; empty keeps the task's current priority. */
  public OptionalInt priority() {
    return priority == null ? OptionalInt.empty() : OptionalInt.of(priority);
  }

  /** How long the task waits in this step before moving on; empty means until its TTL. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** How the eligible workers are ordered ({@code order_by}), if given. */
  public Optional<OrderBy> orderBy() {
    return Optional.ofNullable(orderBy);
  }

  /** The condition under which the step is skipped when no reservation is made at once. */
  public Optional<SkipIfExpression> skipIf() {
    return Optional.ofNullable(skipIf);
  }

  /**
   * The {@code known_worker_sid} reference, as written: usually a task attribute such as {@code
   * task.agent_sid}, whose value at routing time is the worker's SID.
   */
  public Optional<String> knownWorkerSid() {
    return Optional.ofNullable(knownWorkerSid);
  }

  /**
   * The {@code known_worker_friendly_name} reference, as written: usually a task attribute such as
   * {@code task.preferred_agent}, whose value at routing time is the worker's friendly name.
   */
  public Optional<String> knownWorkerFriendlyName() {
    return Optional.ofNullable(knownWorkerFriendlyName);
  }

  /** Fields of the JSON target this library does not model, in document order (copies). */
  public Map<String, JsonNode> extras() {
    return Extras.copy(extras);
  }

  Map<String, JsonNode> extrasView() {
    return extras;
  }

  /** A builder holding this target's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.queue = declaredQueue;
    b.priority = priority;
    b.timeout = timeout;
    b.expression = expression;
    b.orderBy = orderBy;
    b.skipIf = skipIf;
    b.knownWorkerSid = knownWorkerSid;
    b.knownWorkerFriendlyName = knownWorkerFriendlyName;
    b.extras.putAll(extras);
    return b;
  }

  Target inheriting(TaskQueueSid inherited) {
    return new Target(
        toBuilder(), expression, skipIf, declaredQueue != null ? declaredQueue : inherited);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Target)) {
      return false;
    }
    Target that = (Target) other;
    return Objects.equals(declaredQueue, that.declaredQueue)
        && Objects.equals(effectiveQueue, that.effectiveQueue)
        && Objects.equals(priority, that.priority)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(expression, that.expression)
        && Objects.equals(orderBy, that.orderBy)
        && Objects.equals(skipIf, that.skipIf)
        && Objects.equals(knownWorkerSid, that.knownWorkerSid)
        && Objects.equals(knownWorkerFriendlyName, that.knownWorkerFriendlyName)
        && extras.equals(that.extras);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        declaredQueue, priority, timeout, expression, orderBy, skipIf, knownWorkerSid, extras);
  }

  /** The target's canonical JSON, minified. */
  @Override
  public String toString() {
    return ConfigurationWriter.minify(ConfigurationWriter.target(this, false));
  }

  /**
   * Builds a {@link Target}. Expressions given as text are parsed when the target is built, so a
   * syntax error is reported with the filter, the field and the column.
   */
  public static final class Builder {
    private TaskQueueSid queue;
    private Integer priority;
    private Duration timeout;
    private Expression expression;
    private String expressionText;
    private OrderBy orderBy;
    private String orderByText;
    private Expression skipIf;
    private String skipIfText;
    private String knownWorkerSid;
    private String knownWorkerFriendlyName;
    private final Map<String, JsonNode> extras = new LinkedHashMap<>();

    Builder() {}

    /** Sets the queue: {@code .queue(gold)} renders {@code "queue": "WQ…"}. */
    public Builder queue(TaskQueueSid queue) {
      this.queue = Objects.requireNonNull(queue, "queue == null");
      return this;
    }

    /**
     * Sets the task's priority for this step: {@code .priority(2)} renders {@code "priority": 2}.
     *
     * @param priority 0 to 2,147,483,647; higher is assigned first ({@link
     *     WorkflowConfiguration#lint()} reports a negative one as {@code INVALID_PRIORITY})
     */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets how long the task stays in this step: {@code .timeout(Duration.ofSeconds(30))} renders
     * {@code "timeout": 30}.
     *
     * @param timeout a positive whole number of seconds
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    /**
     * Sets the target worker expression: {@code .expression(task("lang").in(worker("langs")))}
     * renders {@code task.lang IN worker.langs}. An expression over bare attributes is reported at
     * build time: target expressions need {@code task.}/{@code worker.} prefixes.
     */
    public Builder expression(Expression expression) {
      this.expression = Objects.requireNonNull(expression, "expression == null");
      this.expressionText = null;
      return this;
    }

    /**
     * Sets the target worker expression from text, parsed at build time: {@code
     * .expression("task.language IN worker.languages")}.
     */
    public Builder expression(String expression) {
      this.expressionText = Objects.requireNonNull(expression, "expression == null");
      this.expression = null;
      return this;
    }

    /** Sets the worker ordering: renders {@code "order_by": "worker.level DESC"}. */
    public Builder orderBy(OrderBy orderBy) {
      this.orderBy = Objects.requireNonNull(orderBy, "orderBy == null");
      this.orderByText = null;
      return this;
    }

    /**
     * Sets the worker ordering from clauses: {@code .orderBy(worker("level").desc(),
     * worker("age").asc())} renders {@code "order_by": "worker.level DESC, worker.age ASC"}.
     */
    public Builder orderBy(OrderByClause... clauses) {
      return orderBy(OrderBy.of(clauses));
    }

    /** Sets the worker ordering from text, parsed at build time: {@code "worker.level DESC"}. */
    public Builder orderBy(String orderBy) {
      this.orderByText = Objects.requireNonNull(orderBy, "orderBy == null");
      this.orderBy = null;
      return this;
    }

    /**
     * Sets the skip condition: {@code .skipIf(workers("available").eq(0))} renders {@code
     * "skip_if": "workers.available == 0"}.
     */
    public Builder skipIf(Expression skipIf) {
      this.skipIf = Objects.requireNonNull(skipIf, "skipIf == null");
      this.skipIfText = null;
      return this;
    }

    /**
     * Sets the skip condition from text, parsed at build time: {@code "workers.available == 0"}.
     */
    public Builder skipIf(String skipIf) {
      this.skipIfText = Objects.requireNonNull(skipIf, "skipIf == null");
      this.skipIf = null;
      return this;
    }

    /**
     * Routes to a known worker by SID taken from a task attribute: {@code
     * .knownWorkerSid("task.agent_sid")} renders {@code "known_worker_sid": "task.agent_sid"}.
     */
    public Builder knownWorkerSid(String reference) {
      this.knownWorkerSid = Objects.requireNonNull(reference, "reference == null");
      return this;
    }

    /** Routes to one fixed worker: renders {@code "known_worker_sid": "WK…"}. */
    public Builder knownWorker(WorkerSid worker) {
      return knownWorkerSid(Objects.requireNonNull(worker, "worker == null").value());
    }

    /**
     * Routes to a known worker by friendly name taken from a task attribute: {@code
     * .knownWorkerFriendlyName("task.preferred_agent")}.
     */
    public Builder knownWorkerFriendlyName(String reference) {
      this.knownWorkerFriendlyName = Objects.requireNonNull(reference, "reference == null");
      return this;
    }

    /**
     * Adds a field this library does not model; it is written after the modelled ones.
     *
     * @param name a field name other than the modelled ones
     * @param value its JSON value (copied)
     */
    public Builder extra(String name, JsonNode value) {
      Extras.put(extras, Fields.TARGET, name, value);
      return this;
    }

    /**
     * Builds the target.
     *
     * @throws InvalidConfigurationException listing every invalid value
     */
    public Target build() {
      List<Problem> problems = new ArrayList<>();
      Target target = build("", "target", problems);
      if (!problems.isEmpty()) {
        throw new InvalidConfigurationException(problems);
      }
      return target;
    }

    /** Validates and builds, adding problems located under {@code path}; null if any. */
    Target build(String path, String owner, List<Problem> problems) {
      int before = problems.size();
      String at = path.isEmpty() ? "" : path + ".";
      TargetExpression condition = null;
      if (expressionText != null) {
        condition =
            Parsing.parse(
                expressionText, Expressions::parseTarget, at + "expression", owner, problems);
      } else if (expression != null) {
        condition =
            Parsing.convert(expression, Expression::asTarget, at + "expression", owner, problems);
      }
      if (orderByText != null) {
        orderBy =
            Parsing.parse(orderByText, Expressions::parseOrderBy, at + "order_by", owner, problems);
      }
      SkipIfExpression skip = null;
      if (skipIfText != null) {
        skip = Parsing.parse(skipIfText, Expressions::parseSkipIf, at + "skip_if", owner, problems);
      } else if (skipIf != null) {
        skip = Parsing.convert(skipIf, Expression::asSkipIf, at + "skip_if", owner, problems);
      }
      if (timeout != null) {
        Limits.checkTimeout(timeout, at + "timeout", owner, problems);
      }
      return problems.size() == before ? new Target(this, condition, skip, queue) : null;
    }

    /** Keeps a field under a modelled name (a conflicting legacy spelling), for the linter. */
    Builder keepConflicting(String name, JsonNode value) {
      extras.put(name, value.deepCopy());
      return this;
    }
  }
}
