package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Routes tasks through a workflow configuration locally, the way TaskRouter does: "where would this
 * task go, and to whom?" without calling Twilio. The emulator runs the same engine.
 *
 * <pre>{@code
 * Router router = Router.builder()
 *     .configuration(config)
 *     .queue(QueueDefinition.builder().sid(gold).friendlyName("Gold").targetWorkers("tier == 'gold'").build())
 *     .queue(QueueDefinition.of(everyone, "Everyone", Expressions.parseWorkers("1==1")))
 *     .worker(alice)
 *     .worker(bob)
 *     .clock(Clock.systemUTC())
 *     .build();
 * RoutingDecision decision = router.route("{\"customer_value\": \"Gold\", \"type\": \"ticket\"}");
 * System.out.println(decision);   // a decision table: trace, steps, eligible workers, ending
 * }</pre>
 *
 * <p><b>Immutable and thread-safe.</b> A router is a snapshot of a configuration, its queues and
 * the workers' states; {@link #withWorker(WorkerState)} and {@link #withoutWorker(WorkerSid)}
 * return a new router sharing what did not change: the changed worker's expressions are
 * re-evaluated (none when only its availability or idle time changed) and it is moved in the sorted
 * candidate sequences, trees of small arrays of which only one path is copied: O(log n) per change,
 * however many workers, and a router already handed out never changes. The router does no I/O,
 * starts no threads and reads time only from the {@link Clock} it was given.
 *
 * <p>What is indexed: each worker's queue membership and every target expression that reads only
 * worker attributes are evaluated once per worker change, and each target's candidate workers are
 * kept sorted by {@code order_by} then longest idle. Routing one task evaluates the filter
 * expressions, then only the task-dependent (or time-of-day) target expressions, and only over that
 * target's candidates.
 */
public final class Router {
  private final WorkflowConfiguration configuration;
  private final List<QueueDefinition> queues;
  private final Plan plan;
  private final WorkerIndex workers;
  private final Clock clock;

  private Router(
      WorkflowConfiguration configuration,
      List<QueueDefinition> queues,
      Plan plan,
      WorkerIndex workers,
      Clock clock) {
    this.configuration = configuration;
    this.queues = queues;
    this.plan = plan;
    this.workers = workers;
    this.clock = clock;
  }

  /** Starts a builder; the configuration and the clock are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Routes a task created now (by the router's clock).
   *
   * @param taskAttributes the task's attributes, a JSON object
   * @return the decision: matched filter, escalation steps with their eligible workers, trace
   * @throws IllegalArgumentException if the attributes are not a JSON object
   */
  public RoutingDecision route(JsonNode taskAttributes) {
    return route(taskAttributes, clock.instant());
  }

  /**
   * Routes a task given as JSON text, for example {@code {"type": "ticket"}}.
   *
   * @throws IllegalArgumentException if the text is not a JSON object, with line and column
   */
  public RoutingDecision route(String taskAttributesJson) {
    Objects.requireNonNull(taskAttributesJson, "taskAttributes == null");
    return route(RoutingJson.parseObject(taskAttributesJson, "task attributes"), clock.instant());
  }

  /**
   * Routes a task as if routing began at {@code at}: time-of-day expressions ({@code
   * taskrouter.currentTime}, …) of each step are evaluated at {@code at} plus that step's start
   * offset.
   */
  public RoutingDecision route(JsonNode taskAttributes, Instant at) {
    Objects.requireNonNull(taskAttributes, "taskAttributes == null");
    Objects.requireNonNull(at, "at == null");
    JsonNode task = RoutingJson.requireObject(taskAttributes, "task attributes").deepCopy();
    return new RouteRun(plan, workers, task, at).run();
  }

  /**
   * Routes task attributes the caller owns and will not change (a {@link RoutingDiff} sample),
   * without the defensive copy of {@link #route(JsonNode, Instant)}; each step lists only its best
   * eligible worker, which is all a diff compares.
   */
  RoutingDecision routeForDiff(JsonNode task, Instant at) {
    return new RouteRun(plan, workers, task, at, true).run();
  }

  /**
   * Routes a task onwards from the moment it leaves {@code left}, a step of an earlier decision of
   * this router's configuration: because the step timed out at {@code at}, or because {@code
   * skip_if} skipped it ({@link RoutingStep#skipped()}). A live TaskRouter (the emulator) calls
   * this when a step's timeout fires, so that the next steps see the workers as they are then:
   *
   * <pre>{@code
   * RoutingDecision next = router.continueAfter(task, decision.steps().get(0), clock.instant());
   * next.steps();   // the next target of the same filter, or of the next matching filter
   * next.ending();  // CANCELED_AFTER_TIMEOUT when nothing is left
   * }</pre>
   *
   * <p>The result's steps start at offset zero ({@code at}); its {@link
   * RoutingDecision#filterIndex()} is the filter of {@code left}. As in {@link #route(JsonNode)}, a
   * filter whose last step times out never leads to the default filter, while one whose last step
   * was skipped does.
   *
   * @throws IllegalArgumentException if {@code left} is the default filter's step (it has no
   *     timeout), or this router's configuration has no step at {@link RoutingStep#path()}
   */
  public RoutingDecision continueAfter(JsonNode taskAttributes, RoutingStep left, Instant at) {
    Objects.requireNonNull(left, "left == null");
    Objects.requireNonNull(at, "at == null");
    JsonNode task = taskAttributes(taskAttributes).deepCopy();
    return new RouteRun(plan, workers, task, at)
        .resume(plan.step(left.path()), left.priority(), left.skipped());
  }

  /**
   * The workers {@code step} would reserve at {@code at}, best first, with the workers as this
   * router knows them now: in the step's queue AND matching its target expression AND available AND
   * (for a known-worker step) the known worker, ordered by {@code order_by} then longest idle.
   * Unlike {@link RoutingStep#eligibleWorkers()}, fixed when the decision was made, this reflects
   * every worker change since.
   *
   * @throws IllegalArgumentException if this router's configuration has no step at {@link
   *     RoutingStep#path()}
   */
  public List<WorkerState> eligibleWorkers(JsonNode taskAttributes, RoutingStep step, Instant at) {
    Objects.requireNonNull(step, "step == null");
    Objects.requireNonNull(at, "at == null");
    return new RouteRun(plan, workers, taskAttributes(taskAttributes), at)
        .eligibleNow(plan.step(step.path()));
  }

  /**
   * Whether {@code worker} is eligible for {@code step} at {@code at}: the same test as {@link
   * #eligibleWorkers(JsonNode, RoutingStep, Instant)} for one worker, without building the list.
   * False for a worker the router does not know.
   *
   * @throws IllegalArgumentException if this router's configuration has no step at {@link
   *     RoutingStep#path()}
   */
  public boolean isEligible(
      JsonNode taskAttributes, RoutingStep step, WorkerSid worker, Instant at) {
    Objects.requireNonNull(step, "step == null");
    Objects.requireNonNull(worker, "worker == null");
    Objects.requireNonNull(at, "at == null");
    return new RouteRun(plan, workers, taskAttributes(taskAttributes), at)
        .isEligible(plan.step(step.path()), worker);
  }

  /**
   * A key for what decides who may take a task in {@code step}: two tasks whose keys are equal
   * have, at any one instant, the same eligible workers in this router (and in every router made
   * from it by {@link #withWorker} or {@link #withoutWorker}). The key is the step plus the values
   * of the task attributes its target expression reads and the known worker the task names, so a
   * live TaskRouter (the emulator) can test one task of each kind instead of every waiting task:
   *
   * <pre>{@code
   * Map<Object, List<Task>> byShape = ...;   // waiting tasks grouped by eligibilityKey
   * // one isEligible(...) per group decides for all of its tasks
   * }</pre>
   *
   * <p>The key is opaque: compare it with {@code equals}, use it as a map key. A configuration or
   * queue change ({@link #withConfiguration}, {@link #withQueues}) gives new keys.
   *
   * @return the key, or empty when the step's target expression reads the task as a whole ({@code
   *     task[0]}), so every task is its own kind
   * @throws IllegalArgumentException if this router's configuration has no step at {@link
   *     RoutingStep#path()}
   */
  public Optional<Object> eligibilityKey(JsonNode taskAttributes, RoutingStep step) {
    Objects.requireNonNull(step, "step == null");
    return StepShape.of(plan.step(step.path()), taskAttributes(taskAttributes)).map(shape -> shape);
  }

  /**
   * Why a task waits in {@code step}: every worker with its verdict at {@code at} (eligible, or the
   * first reason not: {@code target_workers}, target expression, known worker, activity), and when
   * the step times out, counted from {@code enteredAt}. The emulator's console shows this as "why
   * is this task waiting?".
   *
   * <pre>{@code
   * RoutingStep step = router.route(task).steps().get(0);
   * StepExplanation why = router.explain(task, step, createdAt, clock.instant());
   * why.verdict("bob").get().detail();   // "not available (activity Offline)"
   * }</pre>
   *
   * @throws IllegalArgumentException if this router's configuration has no step at {@link
   *     RoutingStep#path()}
   */
  public StepExplanation explain(
      JsonNode taskAttributes, RoutingStep step, Instant enteredAt, Instant at) {
    Objects.requireNonNull(step, "step == null");
    Objects.requireNonNull(enteredAt, "enteredAt == null");
    Objects.requireNonNull(at, "at == null");
    return StepExplainer.explain(
        plan, workers, taskAttributes(taskAttributes), step, enteredAt, at);
  }

  private static JsonNode taskAttributes(JsonNode taskAttributes) {
    Objects.requireNonNull(taskAttributes, "taskAttributes == null");
    return RoutingJson.requireObject(taskAttributes, "task attributes");
  }

  /**
   * A router with {@code worker} added, or replacing the worker with the same SID (for example
   * after an activity or attribute change).
   *
   * @throws IllegalArgumentException if another worker already has this friendly name
   */
  public Router withWorker(WorkerState worker) {
    return new Router(configuration, queues, plan, workers.with(worker), clock);
  }

  /** A router without the worker with {@code sid}; this router if there is none. */
  public Router withoutWorker(WorkerSid sid) {
    WorkerIndex next = workers.without(sid);
    return next == workers ? this : new Router(configuration, queues, plan, next, clock);
  }

  /**
   * A router for another workflow configuration over the same queues and workers, as after a
   * Workflow update. Every worker is evaluated again against the new targets.
   *
   * @throws IllegalArgumentException if the configuration routes to a queue this router lacks
   */
  public Router withConfiguration(WorkflowConfiguration newConfiguration) {
    Objects.requireNonNull(newConfiguration, "configuration == null");
    return rebuild(newConfiguration, queues);
  }

  /**
   * A router over other queue definitions (a TaskQueue created, deleted, or its {@code
   * target_workers} or {@code task_order} changed), keeping the configuration and the workers.
   *
   * @throws IllegalArgumentException if the configuration routes to a queue not among them
   */
  public Router withQueues(Collection<QueueDefinition> newQueues) {
    Objects.requireNonNull(newQueues, "queues == null");
    return rebuild(configuration, List.copyOf(newQueues));
  }

  private Router rebuild(WorkflowConfiguration newConfiguration, List<QueueDefinition> newQueues) {
    Plan newPlan = Plan.compile(newConfiguration, newQueues);
    return new Router(
        newConfiguration, newQueues, newPlan, WorkerIndex.build(newPlan, workers.workers()), clock);
  }

  /** A router reading time from {@code newClock}. */
  public Router withClock(Clock newClock) {
    return new Router(
        configuration, queues, plan, workers, Objects.requireNonNull(newClock, "clock == null"));
  }

  /** The worker with {@code sid}, if the router knows it. */
  public Optional<WorkerState> worker(WorkerSid sid) {
    return workers.member(sid).map(m -> m.state);
  }

  /** Every worker, by SID. */
  public List<WorkerState> workers() {
    return workers.workers();
  }

  /**
   * The workers in {@code queue} now (its {@code target_workers}, whatever their availability), by
   * SID.
   *
   * @throws IllegalArgumentException if the router has no such queue
   */
  public List<WorkerState> queueMembers(TaskQueueSid queue) {
    Plan.QueueSlot slot = plan.queueBySid.get(Objects.requireNonNull(queue, "queue == null"));
    if (slot == null) {
      throw new IllegalArgumentException("the router has no queue " + queue);
    }
    Instant now = clock.instant();
    List<WorkerState> out = new ArrayList<>();
    for (WorkerIndex.Member member : workers.queueMembers(slot)) {
      if (!slot.timeDependent
          || slot.definition.targetWorkers().test(member.state.attributesView(), now)) {
        out.add(member.state);
      }
    }
    return List.copyOf(out);
  }

  /** The queues the router knows, in the order given. */
  public List<QueueDefinition> queues() {
    return queues;
  }

  /** The workflow configuration being simulated. */
  public WorkflowConfiguration configuration() {
    return configuration;
  }

  /** The clock {@link #route(JsonNode)} reads. */
  public Clock clock() {
    return clock;
  }

  /** For example {@code Router{4 filters, default filter, 3 queues, 25 workers}}. */
  @Override
  public String toString() {
    return "Router{"
        + plan.filters.size()
        + " filters, "
        + (plan.defaultStep.isPresent() ? "default filter, " : "no default filter, ")
        + queues.size()
        + " queues, "
        + workers.size()
        + " workers}";
  }

  /** Builds a {@link Router}. Not thread-safe. */
  public static final class Builder {
    private WorkflowConfiguration configuration;
    private final List<QueueDefinition> queues = new ArrayList<>();
    private final List<WorkerState> workerStates = new ArrayList<>();
    private Clock clock;
    private boolean queuesFromConfiguration;

    private Builder() {}

    /** The workflow configuration to simulate (required). */
    public Builder configuration(WorkflowConfiguration value) {
      this.configuration = Objects.requireNonNull(value, "configuration == null");
      return this;
    }

    /** Adds a queue; every queue the configuration routes to must be added. */
    public Builder queue(QueueDefinition queue) {
      queues.add(Objects.requireNonNull(queue, "queue == null"));
      return this;
    }

    /** Adds queues. */
    public Builder queues(Collection<QueueDefinition> values) {
      values.forEach(this::queue);
      return this;
    }

    /**
     * Also defines, for every queue the configuration routes to that was not added with {@link
     * #queue(QueueDefinition)}, a queue named by its SID that every worker belongs to ({@code
     * target_workers 1==1}). Enough to ask which filter and queue a task goes to, without
     * describing the workspace:
     *
     * <pre>{@code
     * Router.builder().configuration(config).queuesFromConfiguration().clock(clock).build()
     *     .route(task).steps().get(0).queue();
     * }</pre>
     */
    public Builder queuesFromConfiguration() {
      this.queuesFromConfiguration = true;
      return this;
    }

    /** Adds a worker. */
    public Builder worker(WorkerState worker) {
      workerStates.add(Objects.requireNonNull(worker, "worker == null"));
      return this;
    }

    /** Adds workers. */
    public Builder workers(Collection<WorkerState> values) {
      values.forEach(this::worker);
      return this;
    }

    /**
     * The clock {@link Router#route(JsonNode)} reads (required): {@code Clock.systemUTC()} in
     * production, {@code Clock.fixed(...)} in tests of time-of-day routing.
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock == null");
      return this;
    }

    /**
     * Builds the router, evaluating every worker's queue membership and worker-only expressions.
     *
     * @throws IllegalStateException if the configuration or the clock is missing
     * @throws IllegalArgumentException if the configuration routes to a queue not given, or a queue
     *     or worker SID (or worker friendly name) is given twice
     */
    public Router build() {
      if (configuration == null) {
        throw new IllegalStateException("Router.configuration is required");
      }
      if (clock == null) {
        throw new IllegalStateException(
            "Router.clock is required: pass Clock.systemUTC(), or a fixed clock in tests");
      }
      List<QueueDefinition> all = new ArrayList<>(queues);
      if (queuesFromConfiguration) {
        Set<TaskQueueSid> known = new HashSet<>();
        queues.forEach(q -> known.add(q.sid()));
        for (TaskQueueSid sid : Plan.queuesNamedBy(configuration)) {
          if (known.add(sid)) {
            all.add(QueueDefinition.builder().sid(sid).friendlyName(sid.value()).build());
          }
        }
      }
      Plan plan = Plan.compile(configuration, all);
      WorkerIndex index = WorkerIndex.build(plan, workerStates);
      return new Router(configuration, List.copyOf(all), plan, index, clock);
    }
  }
}
