package io.github.taskrouter4j.workflow.routing;

import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.workflow.DefaultFilter;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.FilterExpression;
import io.github.taskrouter4j.workflow.expression.OrderBy;
import io.github.taskrouter4j.workflow.expression.SkipIfExpression;
import io.github.taskrouter4j.workflow.expression.TargetExpression;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A workflow configuration compiled against a set of queues: every target resolved to a queue slot
 * and to a worker pool, with its expressions split into the part cached per worker and the part
 * evaluated per task. Immutable; shared by every {@link Router} derived from one build.
 */
final class Plan {
  /** A queue and whether its {@code target_workers} reads the time of day. */
  static final class QueueSlot {
    final int index;
    final QueueDefinition definition;
    final boolean timeDependent;

    QueueSlot(int index, QueueDefinition definition) {
      this.index = index;
      this.definition = definition;
      this.timeDependent = definition.targetWorkers().readsTime();
    }
  }

  /**
   * The workers one or more targets draw from: the queue's members that pass the target's
   * worker-only expression, in the target's order. Targets with the same queue, worker-only
   * expression and order_by share a pool.
   */
  static final class Pool {
    final int index;
    final QueueSlot queue;
    final Optional<TargetExpression> staticExpression;
    final Optional<OrderBy> orderBy;
    final Optional<String> orderNote;

    Pool(
        int index,
        QueueSlot queue,
        Optional<TargetExpression> staticExpression,
        Optional<OrderBy> orderBy) {
      this.index = index;
      this.queue = queue;
      this.staticExpression = staticExpression;
      this.orderBy = orderBy;
      this.orderNote = orderBy.map(o -> "ordered by " + o + ", then longest idle");
    }
  }

  /** One target, ready to route. */
  static final class Step {
    final String path;
    final OptionalInt filterIndex;
    final int targetIndex;
    final Optional<String> filterName;
    final QueueSlot queue;
    final Pool pool;
    final OptionalInt priority;
    final Optional<Duration> timeout;
    final Optional<TargetExpression> taskExpression;
    final Optional<SkipIfExpression> skipIf;
    final Optional<KnownWorkerRef> knownWorker;

    /**
     * The top-level task attributes the per-task expression reads, when its eligible workers are a
     * function of their values alone (neither the expression nor the queue reads the time), so they
     * may be remembered per set of values; empty otherwise.
     */
    final Optional<List<String>> taskKeys;

    /**
     * The top-level task attributes the per-task expression reads, whatever else it reads (the
     * time): at one instant, two tasks with equal values of these (and the same known worker) have
     * the same eligible workers. Empty when the expression reads the task as a whole ({@code
     * task[0]}); an empty list when the step has no per-task expression.
     */
    final Optional<List<String>> shapeKeys;

    Step(
        String path,
        OptionalInt filterIndex,
        int targetIndex,
        Optional<String> filterName,
        QueueSlot queue,
        Pool pool,
        OptionalInt priority,
        Optional<Duration> timeout,
        Optional<TargetExpression> taskExpression,
        Optional<SkipIfExpression> skipIf,
        Optional<KnownWorkerRef> knownWorker) {
      this.path = path;
      this.filterIndex = filterIndex;
      this.targetIndex = targetIndex;
      this.filterName = filterName;
      this.queue = queue;
      this.pool = pool;
      this.priority = priority;
      this.timeout = timeout;
      this.taskExpression = taskExpression;
      this.skipIf = skipIf;
      this.knownWorker = knownWorker;
      this.taskKeys =
          taskExpression.isPresent()
                  && !taskExpression.get().readsTime()
                  && queue != null
                  && !queue.timeDependent
              ? ExpressionFacts.taskKeys(taskExpression.get())
              : Optional.empty();
      this.shapeKeys =
          taskExpression.isPresent()
              ? ExpressionFacts.taskKeys(taskExpression.get())
              : Optional.of(List.of());
    }
  }

  /** One filter with its compiled steps. */
  static final class CompiledFilter {
    final int index;
    final String name;
    final FilterExpression expression;
    final Set<String> paths;
    final List<Step> steps;

    CompiledFilter(int index, String name, FilterExpression expression, List<Step> steps) {
      this.index = index;
      this.name = name;
      this.expression = expression;
      this.paths = expression.attributePaths();
      this.steps = steps;
    }
  }

  final List<QueueSlot> queues;
  final Map<TaskQueueSid, QueueSlot> queueBySid;
  final List<Pool> pools;
  final List<CompiledFilter> filters;
  final Optional<Step> defaultStep;
  final Map<String, Step> stepsByPath;

  private Plan(
      List<QueueSlot> queues,
      Map<TaskQueueSid, QueueSlot> queueBySid,
      List<Pool> pools,
      List<CompiledFilter> filters,
      Optional<Step> defaultStep) {
    this.queues = queues;
    this.queueBySid = queueBySid;
    this.pools = pools;
    this.filters = filters;
    this.defaultStep = defaultStep;
    Map<String, Step> byPath = new HashMap<>();
    filters.forEach(f -> f.steps.forEach(step -> byPath.put(step.path, step)));
    defaultStep.ifPresent(step -> byPath.put(step.path, step));
    this.stepsByPath = Map.copyOf(byPath);
  }

  /**
   * The step at {@code path} ({@code task_routing.filters[0].targets[1]}, {@code
   * task_routing.default_filter}).
   *
   * @throws IllegalArgumentException if the configuration has no such step
   */
  Step step(String path) {
    Step step = stepsByPath.get(path);
    if (step == null) {
      throw new IllegalArgumentException(
          "the router's workflow configuration has no step "
              + path
              + " (was the configuration changed since the step was routed?)");
    }
    return step;
  }

  /**
   * Compiles {@code configuration} against {@code queueDefinitions}.
   *
   * @throws IllegalArgumentException if a queue SID is defined twice, or the configuration routes
   *     to a queue that is not defined (naming every such target by its JSON path)
   */
  static Plan compile(
      WorkflowConfiguration configuration, Collection<QueueDefinition> queueDefinitions) {
    List<QueueSlot> queues = new ArrayList<>();
    Map<TaskQueueSid, QueueSlot> bySid = new LinkedHashMap<>();
    for (QueueDefinition definition : queueDefinitions) {
      Objects.requireNonNull(definition, "queue == null");
      QueueSlot slot = new QueueSlot(queues.size(), definition);
      if (bySid.putIfAbsent(definition.sid(), slot) != null) {
        throw new IllegalArgumentException(
            "queue "
                + definition.sid()
                + " is defined twice: "
                + bySid.get(definition.sid()).definition
                + " and "
                + definition);
      }
      queues.add(slot);
    }
    Compiler compiler = new Compiler(bySid);
    List<CompiledFilter> filters = new ArrayList<>();
    List<Filter> source = configuration.taskRouting().filters();
    for (int i = 0; i < source.size(); i++) {
      Filter filter = source.get(i);
      List<Step> steps = new ArrayList<>();
      List<Target> targets = filter.targets();
      for (int j = 0; j < targets.size(); j++) {
        String path = "task_routing.filters[" + i + "].targets[" + j + "]";
        steps.add(compiler.step(path, i, j, Optional.of(filter.name()), targets.get(j)));
      }
      filters.add(new CompiledFilter(i, filter.name(), filter.expression(), List.copyOf(steps)));
    }
    Optional<Step> defaultStep =
        configuration.taskRouting().defaultFilter().map(compiler::defaultStep);
    if (!compiler.missing.isEmpty()) {
      String known =
          queues.isEmpty()
              ? "none"
              : queues.stream()
                  .map(q -> q.definition.friendlyName() + " " + q.definition.sid())
                  .collect(Collectors.joining(", "));
      throw new IllegalArgumentException(
          "the workflow routes to queues the router was not given: "
              + String.join("; ", compiler.missing)
              + " (known queues: "
              + known
              + ")");
    }
    return new Plan(
        List.copyOf(queues),
        Map.copyOf(bySid),
        List.copyOf(compiler.pools),
        List.copyOf(filters),
        defaultStep);
  }

  /** Every queue SID the configuration routes to, in document order. */
  static Set<TaskQueueSid> queuesNamedBy(WorkflowConfiguration configuration) {
    Set<TaskQueueSid> sids = new LinkedHashSet<>();
    for (Filter filter : configuration.taskRouting().filters()) {
      for (Target target : filter.targets()) {
        sids.add(target.queue());
      }
    }
    configuration.taskRouting().defaultFilter().ifPresent(d -> sids.add(d.queue()));
    return sids;
  }

  /**
   * Builds steps and de-duplicates pools; collects unknown queues instead of failing on the first.
   */
  private static final class Compiler {
    private final Map<TaskQueueSid, QueueSlot> queues;
    private final Map<List<Object>, Pool> poolsByKey = new HashMap<>();
    final List<Pool> pools = new ArrayList<>();
    final List<String> missing = new ArrayList<>();

    Compiler(Map<TaskQueueSid, QueueSlot> queues) {
      this.queues = queues;
    }

    Step step(
        String path, int filterIndex, int targetIndex, Optional<String> filterName, Target target) {
      Optional<KnownWorkerRef> known =
          target
              .knownWorkerSid()
              .map(r -> new KnownWorkerRef(KnownWorkerRef.Kind.SID, r))
              .or(
                  () ->
                      target
                          .knownWorkerFriendlyName()
                          .map(r -> new KnownWorkerRef(KnownWorkerRef.Kind.FRIENDLY_NAME, r)));
      return step(
          path,
          OptionalInt.of(filterIndex),
          targetIndex,
          filterName,
          target.queue(),
          target.expression(),
          target.orderBy(),
          target.priority(),
          target.timeout(),
          target.skipIf(),
          known);
    }

    Step defaultStep(DefaultFilter filter) {
      return step(
          "task_routing.default_filter",
          OptionalInt.empty(),
          0,
          Optional.empty(),
          filter.queue(),
          filter.expression(),
          Optional.empty(),
          filter.priority(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }

    /** Splits the target expression into the part cached per worker and the part per task. */
    private Step step(
        String path,
        OptionalInt filterIndex,
        int targetIndex,
        Optional<String> filterName,
        TaskQueueSid queueSid,
        Optional<TargetExpression> expression,
        Optional<OrderBy> orderBy,
        OptionalInt priority,
        Optional<Duration> timeout,
        Optional<SkipIfExpression> skipIf,
        Optional<KnownWorkerRef> known) {
      QueueSlot queue = queue(path, queueSid);
      boolean perTask =
          expression.isPresent()
              && (ExpressionFacts.readsTask(expression.get()) || expression.get().readsTime());
      Optional<TargetExpression> staticPart = perTask ? Optional.empty() : expression;
      Pool pool = queue == null ? null : pool(queue, staticPart, orderBy);
      return new Step(
          path,
          filterIndex,
          targetIndex,
          filterName,
          queue,
          pool,
          priority,
          timeout,
          perTask ? expression : Optional.empty(),
          skipIf,
          known);
    }

    private QueueSlot queue(String path, TaskQueueSid sid) {
      QueueSlot slot = queues.get(sid);
      if (slot == null) {
        missing.add(path + ".queue " + sid);
      }
      return slot;
    }

    private Pool pool(
        QueueSlot queue, Optional<TargetExpression> expression, Optional<OrderBy> orderBy) {
      List<Object> key = List.of(queue.index, expression, orderBy);
      return poolsByKey.computeIfAbsent(
          key,
          k -> {
            Pool pool = new Pool(pools.size(), queue, expression, orderBy);
            pools.add(pool);
            return pool;
          });
    }
  }
}
