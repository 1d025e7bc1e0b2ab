package io.github.taskrouter4j.workflow.routing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.sid.WorkerSid;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workers of a {@link Router}, indexed for routing. Immutable: {@link #with(WorkerState)} and
 * {@link #without(WorkerSid)} return new indexes sharing everything that did not change.
 *
 * <p>Per worker, queue membership ({@code target_workers}) and every worker-only target expression
 * are evaluated once, when the worker is added or its attributes or activity change; availability
 * changes only move the worker in or out of the pools. Each pool is kept sorted in its target's
 * order ({@code order_by}, then longest idle, then SID), so routing a task neither re-evaluates
 * those expressions nor sorts.
 */
final class WorkerIndex {
  private static final JsonNode NO_TASK = RoutingJson.mapper().createObjectNode();
  private static final Member[] NONE = new Member[0];

  /** One worker with the results of its worker-only evaluations. */
  static final class Member {
    final WorkerState state;
    final boolean[] inQueue;
    final boolean[] inPool;

    Member(WorkerState state, boolean[] inQueue, boolean[] inPool) {
      this.state = state;
      this.inQueue = inQueue;
      this.inPool = inPool;
    }
  }

  private final Plan plan;
  private final Map<WorkerSid, Member> bySid;
  private final Map<String, Member> byName;
  private final Member[][] queueMembers; // by SID; members of time-dependent queues: everyone
  private final Member[][] poolMembers; // available members only, in the pool's order
  private final Comparator<Member>[] poolOrders;

  private WorkerIndex(
      Plan plan,
      Map<WorkerSid, Member> bySid,
      Map<String, Member> byName,
      Member[][] queueMembers,
      Member[][] poolMembers,
      Comparator<Member>[] poolOrders) {
    this.plan = plan;
    this.bySid = bySid;
    this.byName = byName;
    this.queueMembers = queueMembers;
    this.poolMembers = poolMembers;
    this.poolOrders = poolOrders;
  }

  static WorkerIndex build(Plan plan, Collection<WorkerState> workers) {
    Map<WorkerSid, Member> bySid = new LinkedHashMap<>();
    Map<String, Member> byName = new HashMap<>();
    for (WorkerState worker : workers) {
      Objects.requireNonNull(worker, "worker == null");
      Member member = evaluate(plan, worker);
      if (bySid.putIfAbsent(worker.sid(), member) != null) {
        throw new IllegalArgumentException("worker " + worker.sid() + " is given twice");
      }
      Member clash = byName.putIfAbsent(nameKey(worker), member);
      if (clash != null) {
        throw duplicateName(worker, clash.state);
      }
    }
    @SuppressWarnings("unchecked")
    Comparator<Member>[] orders = new Comparator[plan.pools.size()];
    for (Plan.Pool pool : plan.pools) {
      orders[pool.index] = order(pool);
    }
    Member[] all = bySid.values().toArray(NONE);
    Arrays.sort(all, BY_SID);
    Member[][] queueMembers = new Member[plan.queues.size()][];
    for (Plan.QueueSlot queue : plan.queues) {
      queueMembers[queue.index] =
          Arrays.stream(all).filter(m -> m.inQueue[queue.index]).toArray(Member[]::new);
    }
    Member[][] poolMembers = new Member[plan.pools.size()][];
    for (Plan.Pool pool : plan.pools) {
      Member[] members =
          Arrays.stream(all)
              .filter(m -> m.state.available() && m.inPool[pool.index])
              .toArray(Member[]::new);
      Arrays.sort(members, orders[pool.index]);
      poolMembers[pool.index] = members;
    }
    return new WorkerIndex(plan, bySid, byName, queueMembers, poolMembers, orders);
  }

  /** Adds {@code worker}, or replaces the worker with its SID. */
  WorkerIndex with(WorkerState worker) {
    Objects.requireNonNull(worker, "worker == null");
    Member old = bySid.get(worker.sid());
    Member clash = byName.get(nameKey(worker));
    if (clash != null && !clash.state.sid().equals(worker.sid())) {
      throw duplicateName(worker, clash.state);
    }
    Member member =
        old != null && old.state.targetView().equals(worker.targetView())
            ? new Member(worker, old.inQueue, old.inPool)
            : evaluate(plan, worker);
    Map<WorkerSid, Member> newBySid = new LinkedHashMap<>(bySid);
    newBySid.put(worker.sid(), member);
    Map<String, Member> newByName = new HashMap<>(byName);
    if (old != null) {
      newByName.remove(nameKey(old.state));
    }
    newByName.put(nameKey(worker), member);
    return rebuilt(old, member, newBySid, newByName);
  }

  /** Removes the worker with {@code sid}; the same index if there is none. */
  WorkerIndex without(WorkerSid sid) {
    Objects.requireNonNull(sid, "sid == null");
    Member old = bySid.get(sid);
    if (old == null) {
      return this;
    }
    Map<WorkerSid, Member> newBySid = new LinkedHashMap<>(bySid);
    newBySid.remove(sid);
    Map<String, Member> newByName = new HashMap<>(byName);
    newByName.remove(nameKey(old.state));
    return rebuilt(old, null, newBySid, newByName);
  }

  private WorkerIndex rebuilt(
      Member old,
      Member replacement,
      Map<WorkerSid, Member> newBySid,
      Map<String, Member> newByName) {
    Member[][] queues = queueMembers.clone();
    for (Plan.QueueSlot queue : plan.queues) {
      int q = queue.index;
      boolean was = old != null && old.inQueue[q];
      boolean is = replacement != null && replacement.inQueue[q];
      if (was || is) {
        queues[q] = replace(queues[q], was ? old : null, is ? replacement : null, BY_SID);
      }
    }
    Member[][] pools = poolMembers.clone();
    for (Plan.Pool pool : plan.pools) {
      int p = pool.index;
      boolean was = old != null && old.state.available() && old.inPool[p];
      boolean is = replacement != null && replacement.state.available() && replacement.inPool[p];
      if (was || is) {
        pools[p] = replace(pools[p], was ? old : null, is ? replacement : null, poolOrders[p]);
      }
    }
    return new WorkerIndex(
        plan,
        Collections.unmodifiableMap(newBySid),
        Collections.unmodifiableMap(newByName),
        queues,
        pools,
        poolOrders);
  }

  /** A copy of the sorted {@code array} without {@code removed} and with {@code added}. */
  private static Member[] replace(
      Member[] array, Member removed, Member added, Comparator<Member> order) {
    int size = array.length;
    Member[] out = new Member[size + (added != null ? 1 : 0) - (removed != null ? 1 : 0)];
    int at = 0;
    boolean placed = added == null;
    for (Member m : array) {
      if (removed != null && m == removed) {
        continue;
      }
      if (!placed && order.compare(added, m) < 0) {
        out[at++] = added;
        placed = true;
      }
      out[at++] = m;
    }
    if (!placed) {
      out[at] = added;
    }
    return out;
  }

  Optional<Member> member(WorkerSid sid) {
    return Optional.ofNullable(bySid.get(sid));
  }

  Optional<Member> memberNamed(String friendlyName) {
    return Optional.ofNullable(byName.get(friendlyName.toLowerCase(Locale.ROOT)));
  }

  Collection<Member> members() {
    return bySid.values();
  }

  /** Members of {@code queue} by SID; for a time-dependent queue, every worker. */
  Member[] queueMembers(Plan.QueueSlot queue) {
    return queueMembers[queue.index];
  }

  /** Available members of {@code pool}, best first. Never modified: callers may wrap it. */
  Member[] poolMembers(Plan.Pool pool) {
    return poolMembers[pool.index];
  }

  int size() {
    return bySid.size();
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
                  || pool.staticExpression.get().test(NO_TASK, worker.targetView(), Instant.EPOCH));
    }
    return new Member(worker, inQueue, inPool);
  }

  private static final Comparator<Member> BY_SID = Comparator.comparing(m -> m.state.sid());

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

  private static IllegalArgumentException duplicateName(WorkerState worker, WorkerState other) {
    return new IllegalArgumentException(
        "worker friendly names are unique (case-insensitive) within a workspace, but "
            + worker.sid()
            + " and "
            + other.sid()
            + " are both named \""
            + worker.friendlyName()
            + "\"");
  }

  /** A read-only list view over a member array that is never modified. */
  static List<WorkerState> view(Member[] members) {
    return new java.util.AbstractList<WorkerState>() {
      @Override
      public WorkerState get(int index) {
        return members[index].state;
      }

      @Override
      public int size() {
        return members.length;
      }
    };
  }
}
