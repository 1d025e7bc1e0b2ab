package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The workers of a {@link Router}, indexed for routing. Immutable: {@link #with(WorkerState)} and
 * {@link #without(WorkerSid)} return new indexes sharing every array that did not change.
 *
 * <p>Per worker, queue membership ({@code target_workers}) and every worker-only target expression
 * are evaluated once, when the worker is added or its attributes or activity change; an
 * availability change only moves the worker in or out of the pools. Each pool is kept sorted in its
 * target's order ({@code order_by}, then longest idle, then SID), so routing a task neither
 * re-evaluates those expressions nor sorts. Every sorted sequence is a {@link SortedMembers} tree:
 * one worker change costs O(log n) comparisons and copies one root-to-leaf path per pool and queue
 * it touches, sharing the rest with the previous index, whatever the number of workers.
 */
final class WorkerIndex {
  private static final JsonNode NO_TASK = RoutingJson.mapper().createObjectNode();

  /** One worker with the results of its worker-only evaluations. */
  static final class Member {
    final WorkerState state;
    final boolean[] inQueue;
    final boolean[] inPool;

    /** The friendly name in lower case: names are unique regardless of case. */
    final String nameKey;

    Member(WorkerState state, boolean[] inQueue, boolean[] inPool) {
      this.state = state;
      this.inQueue = inQueue;
      this.inPool = inPool;
      this.nameKey = nameKey(state);
    }
  }

  private final Plan plan;
  private final SortedMembers all; // by SID
  private final SortedMembers byName; // by lower-case friendly name
  private final SortedMembers[] queueMembers; // by SID; for a time-dependent queue: everyone
  private final SortedMembers[] poolMembers; // available members only, in the pool's order
  private final Comparator<Member>[] poolOrders;

  /**
   * Per step with a per-task expression ({@link Plan.Step#taskKeys}), its eligible workers by the
   * values of the task attributes it reads: tasks of a few kinds, routed between two worker
   * changes, then cost a lookup instead of an evaluation per worker. A new index (after any worker
   * change) starts empty, so an entry never outlives the workers it was computed from.
   */
  private final Map<Plan.Step, Map<List<JsonNode>, List<WorkerState>>> eligibleByTask =
      new ConcurrentHashMap<>();

  /** Entries remembered per step; tasks with more distinct values are evaluated each time. */
  static final int MAX_REMEMBERED = 256;

  private WorkerIndex(
      Plan plan,
      SortedMembers all,
      SortedMembers byName,
      SortedMembers[] queueMembers,
      SortedMembers[] poolMembers,
      Comparator<Member>[] poolOrders) {
    this.plan = plan;
    this.all = all;
    this.byName = byName;
    this.queueMembers = queueMembers;
    this.poolMembers = poolMembers;
    this.poolOrders = poolOrders;
  }

  static WorkerIndex build(Plan plan, Collection<WorkerState> workers) {
    Map<String, WorkerSid> byName = new HashMap<>();
    Member[] all = new Member[workers.size()];
    int i = 0;
    for (WorkerState worker : workers) {
      Objects.requireNonNull(worker, "worker == null");
      WorkerSid clash = byName.putIfAbsent(nameKey(worker), worker.sid());
      if (clash != null) {
        throw clash.equals(worker.sid())
            ? new IllegalArgumentException("worker " + worker.sid() + " is given twice")
            : duplicateName(worker, clash);
      }
      all[i++] = evaluate(plan, worker);
    }
    Arrays.sort(all, BY_SID);
    for (int j = 1; j < all.length; j++) {
      if (all[j].state.sid().equals(all[j - 1].state.sid())) {
        throw new IllegalArgumentException("worker " + all[j].state.sid() + " is given twice");
      }
    }
    @SuppressWarnings("unchecked")
    Comparator<Member>[] orders = new Comparator[plan.pools.size()];
    for (Plan.Pool pool : plan.pools) {
      orders[pool.index] = order(pool);
    }
    SortedMembers[] queueMembers = new SortedMembers[plan.queues.size()];
    for (Plan.QueueSlot queue : plan.queues) {
      queueMembers[queue.index] =
          SortedMembers.of(
              Arrays.stream(all).filter(m -> m.inQueue[queue.index]).toArray(Member[]::new));
    }
    SortedMembers[] poolMembers = new SortedMembers[plan.pools.size()];
    for (Plan.Pool pool : plan.pools) {
      Member[] members =
          Arrays.stream(all)
              .filter(m -> m.state.available() && m.inPool[pool.index])
              .toArray(Member[]::new);
      Arrays.sort(members, orders[pool.index]);
      poolMembers[pool.index] = SortedMembers.of(members);
    }
    Member[] named = all.clone();
    Arrays.sort(named, BY_NAME);
    return new WorkerIndex(
        plan, SortedMembers.of(all), SortedMembers.of(named), queueMembers, poolMembers, orders);
  }

  /** Adds {@code worker}, or replaces the worker with its SID. */
  WorkerIndex with(WorkerState worker) {
    Objects.requireNonNull(worker, "worker == null");
    Member old = find(worker.sid());
    Member named = findNamed(nameKey(worker));
    if (named != null && !named.state.sid().equals(worker.sid())) {
      throw duplicateName(worker, named.state.sid());
    }
    Member member =
        old != null && old.state.targetView().equals(worker.targetView())
            ? new Member(worker, old.inQueue, old.inPool)
            : evaluate(plan, worker);
    return rebuilt(old, member);
  }

  /** Removes the worker with {@code sid}; the same index if there is none. */
  WorkerIndex without(WorkerSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    Member old = find(sid);
    if (old == null) {
      return this;
    }
    return rebuilt(old, null);
  }

  private WorkerIndex rebuilt(Member old, Member replacement) {
    SortedMembers newAll = splice(all, old, replacement, BY_SID);
    SortedMembers newByName = splice(byName, old, replacement, BY_NAME);
    SortedMembers[] queues = queueMembers.clone();
    for (Plan.QueueSlot queue : plan.queues) {
      int q = queue.index;
      boolean was = old != null && old.inQueue[q];
      boolean is = replacement != null && replacement.inQueue[q];
      if (was || is) {
        queues[q] = splice(queues[q], was ? old : null, is ? replacement : null, BY_SID);
      }
    }
    SortedMembers[] pools = poolMembers.clone();
    for (Plan.Pool pool : plan.pools) {
      int p = pool.index;
      boolean was = old != null && old.state.available() && old.inPool[p];
      boolean is = replacement != null && replacement.state.available() && replacement.inPool[p];
      if (was || is) {
        pools[p] = splice(pools[p], was ? old : null, is ? replacement : null, poolOrders[p]);
      }
    }
    return new WorkerIndex(plan, newAll, newByName, queues, pools, poolOrders);
  }

  /** {@code members} (sorted by {@code order}) without {@code removed}, with {@code added}. */
  private static SortedMembers splice(
      SortedMembers members, Member removed, Member added, Comparator<Member> order) {
    SortedMembers rest = removed == null ? members : members.without(removed, order);
    return added == null ? rest : rest.with(added, order);
  }

  private Member find(WorkerSid sid) {
    return all.find(m -> m.state.sid().compareTo(sid));
  }

  private Member findNamed(String nameKey) {
    return byName.find(m -> m.nameKey.compareTo(nameKey));
  }

  Optional<Member> member(WorkerSid sid) {
    return Optional.ofNullable(find(sid));
  }

  Optional<Member> memberNamed(String friendlyName) {
    return Optional.ofNullable(findNamed(friendlyName.toLowerCase(Locale.ROOT)));
  }

  /** Every worker, by SID. */
  List<WorkerState> workers() {
    return view(all);
  }

  /** Members of {@code queue} by SID; for a time-dependent queue, every worker. */
  SortedMembers queueMembers(Plan.QueueSlot queue) {
    return queueMembers[queue.index];
  }

  /** Available members of {@code pool}, best first. */
  SortedMembers poolMembers(Plan.Pool pool) {
    return poolMembers[pool.index];
  }

  /**
   * The eligible workers remembered for {@code step} and {@code values} (see {@link
   * Plan.Step#taskKeys}), else {@code compute}d and remembered while fewer than {@link
   * #MAX_REMEMBERED} are.
   */
  List<WorkerState> eligibleByTask(
      Plan.Step step, List<JsonNode> values, Supplier<List<WorkerState>> compute) {
    Map<List<JsonNode>, List<WorkerState>> remembered =
        eligibleByTask.computeIfAbsent(step, s -> new ConcurrentHashMap<>());
    List<WorkerState> eligible = remembered.get(values);
    if (eligible != null) {
      return eligible;
    }
    eligible = compute.get();
    if (remembered.size() < MAX_REMEMBERED) {
      // The key is copied: the caller's task may be a document the user changes later.
      List<JsonNode> key = new ArrayList<>(values.size());
      values.forEach(v -> key.add(v.deepCopy()));
      remembered.putIfAbsent(List.copyOf(key), eligible);
    }
    return eligible;
  }

  int size() {
    return all.size();
  }

  private static Member evaluate(Plan plan, WorkerState worker) {
    boolean[] inQueue = new boolean[plan.queues.size()];
    for (Plan.QueueSlot queue : plan.queues) {
      inQueue[queue.index] =
          queue.timeDependent || queue.definition.targetWorkers().test(worker.attributesView());
    }
    boolean[] inPool = new boolean[plan.pools.size()];
    for (Plan.Pool pool : plan.pools) {
      inPool[pool.index] =
          inQueue[pool.queue.index]
              && (pool.staticExpression.isEmpty()
                  || pool.staticExpression.get().test(NO_TASK, worker.targetView()));
    }
    return new Member(worker, inQueue, inPool);
  }

  private static final Comparator<Member> BY_SID = Comparator.comparing(m -> m.state.sid());

  private static final Comparator<Member> BY_NAME = Comparator.comparing(m -> m.nameKey);

  /** Longest idle first: a worker never assigned counts as idle since forever. */
  private static final Comparator<Member> BY_IDLE =
      Comparator.comparing(m -> m.state.idleSince().orElse(Instant.MIN));

  private static Comparator<Member> order(Plan.Pool pool) {
    Comparator<Member> tieBreak = BY_IDLE.thenComparing(BY_SID);
    if (pool.orderBy.isEmpty()) {
      return tieBreak;
    }
    Comparator<JsonNode> byAttributes = pool.orderBy.get().comparator();
    Comparator<Member> primary =
        (a, b) -> byAttributes.compare(a.state.attributesView(), b.state.attributesView());
    return primary.thenComparing(tieBreak);
  }

  private static String nameKey(WorkerState worker) {
    return worker.friendlyName().toLowerCase(Locale.ROOT);
  }

  private static IllegalArgumentException duplicateName(WorkerState worker, WorkerSid other) {
    return new IllegalArgumentException(
        "worker friendly names are unique (case-insensitive) within a workspace, but "
            + other
            + " and "
            + worker.sid()
            + " are both named \""
            + worker.friendlyName()
            + "\"");
  }

  /** A read-only list view over members that never change. */
  static List<WorkerState> view(SortedMembers members) {
    return members.isEmpty() ? List.of() : new MemberList(members);
  }

  private static final class MemberList extends AbstractList<WorkerState> {
    private final SortedMembers members;

    MemberList(SortedMembers members) {
      this.members = members;
    }

    @Override
    public WorkerState get(int index) {
      return members.get(index).state;
    }

    @Override
    public int size() {
      return members.size();
    }

    @Override
    public Iterator<WorkerState> iterator() {
      Iterator<Member> walk = members.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return walk.hasNext();
        }

        @Override
        public WorkerState next() {
          return walk.next().state;
        }
      };
    }
  }
}
