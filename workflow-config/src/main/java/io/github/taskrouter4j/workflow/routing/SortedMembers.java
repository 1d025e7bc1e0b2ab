package io.github.taskrouter4j.workflow.routing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;

/**
 * An immutable sequence of {@link WorkerIndex.Member}s sorted by a total order, kept as a tree of
 * small arrays (a B-tree without rebalancing on removal): adding or removing one member copies only
 * the arrays on one root-to-leaf path, at most {@link #LEAF} + {@link #FANOUT} × depth references,
 * and shares everything else with the sequence it came from. A router with 10,000 workers is two
 * levels deep, so a worker change copies about a hundred references per sequence instead of every
 * worker. Reading by position is O(depth); iterating is as cheap as walking the leaf arrays.
 *
 * <p>Removal never merges nodes, only drops empty ones: the depth stays that of the largest size
 * the sequence ever had, {@code log_32(n / 32)} for a sequence grown from empty.
 */
final class SortedMembers implements Iterable<WorkerIndex.Member> {
  /** Most members in one leaf; a full leaf splits in two. */
  static final int LEAF = 64;

  /** Most children of one inner node; a full node splits in two. */
  static final int FANOUT = 32;

  static final SortedMembers EMPTY = new SortedMembers(null);

  private abstract static class Node {
    final int size;

    Node(int size) {
      this.size = size;
    }

    abstract WorkerIndex.Member first();
  }

  private static final class Leaf extends Node {
    final WorkerIndex.Member[] members;

    Leaf(WorkerIndex.Member[] members) {
      super(members.length);
      this.members = members;
    }

    @Override
    WorkerIndex.Member first() {
      return members[0];
    }
  }

  private static final class Inner extends Node {
    final Node[] children;

    Inner(Node[] children) {
      super(total(children));
      this.children = children;
    }

    private static int total(Node[] children) {
      int n = 0;
      for (Node child : children) {
        n += child.size;
      }
      return n;
    }

    @Override
    WorkerIndex.Member first() {
      return children[0].first();
    }
  }

  private final Node root; // null when empty

  private SortedMembers(Node root) {
    this.root = root;
  }

  /** The sequence of {@code sorted}, which must already be in the sequence's order. */
  static SortedMembers of(WorkerIndex.Member[] sorted) {
    if (sorted.length == 0) {
      return EMPTY;
    }
    Node[] level = new Node[(sorted.length + LEAF - 1) / LEAF];
    for (int i = 0; i < level.length; i++) {
      level[i] =
          new Leaf(Arrays.copyOfRange(sorted, i * LEAF, Math.min(sorted.length, (i + 1) * LEAF)));
    }
    while (level.length > 1) {
      Node[] up = new Node[(level.length + FANOUT - 1) / FANOUT];
      for (int i = 0; i < up.length; i++) {
        up[i] =
            new Inner(
                Arrays.copyOfRange(level, i * FANOUT, Math.min(level.length, (i + 1) * FANOUT)));
      }
      level = up;
    }
    return new SortedMembers(level[0]);
  }

  int size() {
    return root == null ? 0 : root.size;
  }

  boolean isEmpty() {
    return root == null;
  }

  /** The member at {@code index}, 0-based. */
  WorkerIndex.Member get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size());
    }
    Node node = root;
    int at = index;
    while (node instanceof Inner) {
      for (Node child : ((Inner) node).children) {
        if (at < child.size) {
          node = child;
          break;
        }
        at -= child.size;
      }
    }
    return ((Leaf) node).members[at];
  }

  /**
   * The member for which {@code probe} answers 0, or null; {@code probe} compares a member with
   * what is sought (negative: the member comes before it), consistently with the sequence's order.
   */
  WorkerIndex.Member find(ToIntFunction<WorkerIndex.Member> probe) {
    Node node = root;
    if (node == null) {
      return null;
    }
    while (node instanceof Inner) {
      Node[] children = ((Inner) node).children;
      node = children[childFor(children, probe)];
    }
    WorkerIndex.Member[] members = ((Leaf) node).members;
    int at = leafSearch(members, probe);
    return at >= 0 ? members[at] : null;
  }

  /** The last child whose first member is not after what {@code probe} seeks (else the first). */
  private static int childFor(Node[] children, ToIntFunction<WorkerIndex.Member> probe) {
    int lo = 1;
    int hi = children.length - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (probe.applyAsInt(children[mid].first()) <= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Like {@link Arrays#binarySearch}: the index, or {@code -(insertion point) - 1}. */
  private static int leafSearch(
      WorkerIndex.Member[] members, ToIntFunction<WorkerIndex.Member> probe) {
    int lo = 0;
    int hi = members.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = probe.applyAsInt(members[mid]);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /** This sequence with {@code member} added at its place by {@code order}. */
  SortedMembers with(WorkerIndex.Member member, Comparator<WorkerIndex.Member> order) {
    if (root == null) {
      return new SortedMembers(new Leaf(new WorkerIndex.Member[] {member}));
    }
    Node[] split = insert(root, member, m -> order.compare(m, member));
    return new SortedMembers(split.length == 1 ? split[0] : new Inner(split));
  }

  /** The node with {@code member} inserted: one node, or two when it had to split. */
  private static Node[] insert(
      Node node, WorkerIndex.Member member, ToIntFunction<WorkerIndex.Member> probe) {
    if (node instanceof Leaf) {
      WorkerIndex.Member[] members = ((Leaf) node).members;
      int at = leafSearch(members, probe);
      int insert = at < 0 ? -at - 1 : at;
      WorkerIndex.Member[] out = new WorkerIndex.Member[members.length + 1];
      System.arraycopy(members, 0, out, 0, insert);
      out[insert] = member;
      System.arraycopy(members, insert, out, insert + 1, members.length - insert);
      if (out.length <= LEAF) {
        return new Node[] {new Leaf(out)};
      }
      int half = out.length / 2;
      return new Node[] {
        new Leaf(Arrays.copyOfRange(out, 0, half)),
        new Leaf(Arrays.copyOfRange(out, half, out.length))
      };
    }
    Node[] children = ((Inner) node).children;
    int c = childFor(children, probe);
    Node[] replaced = insert(children[c], member, probe);
    Node[] out = new Node[children.length + replaced.length - 1];
    System.arraycopy(children, 0, out, 0, c);
    System.arraycopy(replaced, 0, out, c, replaced.length);
    System.arraycopy(children, c + 1, out, c + replaced.length, children.length - c - 1);
    if (out.length <= FANOUT) {
      return new Node[] {new Inner(out)};
    }
    int half = out.length / 2;
    return new Node[] {
      new Inner(Arrays.copyOfRange(out, 0, half)),
      new Inner(Arrays.copyOfRange(out, half, out.length))
    };
  }

  /**
   * This sequence without {@code member} (the same object), found by {@code order}.
   *
   * @throws IllegalStateException if the member is not here: the index is out of sync
   */
  SortedMembers without(WorkerIndex.Member member, Comparator<WorkerIndex.Member> order) {
    Node rest = root == null ? null : remove(root, member, m -> order.compare(m, member));
    if (rest == root) {
      throw new IllegalStateException("index out of sync: " + member.state.sid() + " not found");
    }
    while (rest instanceof Inner && ((Inner) rest).children.length == 1) {
      rest = ((Inner) rest).children[0];
    }
    return rest == null ? EMPTY : new SortedMembers(rest);
  }

  /** The node without {@code member}: null if it was its only member, itself if it is not here. */
  private static Node remove(
      Node node, WorkerIndex.Member member, ToIntFunction<WorkerIndex.Member> probe) {
    if (node instanceof Leaf) {
      WorkerIndex.Member[] members = ((Leaf) node).members;
      int at = leafSearch(members, probe);
      if (at < 0 || members[at] != member) {
        return node;
      }
      if (members.length == 1) {
        return null;
      }
      WorkerIndex.Member[] out = new WorkerIndex.Member[members.length - 1];
      System.arraycopy(members, 0, out, 0, at);
      System.arraycopy(members, at + 1, out, at, members.length - at - 1);
      return new Leaf(out);
    }
    Node[] children = ((Inner) node).children;
    int c = childFor(children, probe);
    Node child = remove(children[c], member, probe);
    if (child == children[c]) {
      return node;
    }
    if (child != null) {
      Node[] out = children.clone();
      out[c] = child;
      return new Inner(out);
    }
    if (children.length == 1) {
      return null;
    }
    Node[] out = new Node[children.length - 1];
    System.arraycopy(children, 0, out, 0, c);
    System.arraycopy(children, c + 1, out, c, children.length - c - 1);
    return new Inner(out);
  }

  /** In order; walks the leaf arrays. */
  @Override
  public Iterator<WorkerIndex.Member> iterator() {
    return new Walk(root);
  }

  private static final class Walk implements Iterator<WorkerIndex.Member> {
    private final Deque<Inner> parents = new ArrayDeque<>();
    private final Deque<Integer> positions = new ArrayDeque<>();
    private WorkerIndex.Member[] leaf;
    private int next;

    Walk(Node root) {
      if (root != null) {
        descend(root);
      }
    }

    private void descend(Node node) {
      Node at = node;
      while (at instanceof Inner) {
        parents.push((Inner) at);
        positions.push(0);
        at = ((Inner) at).children[0];
      }
      leaf = ((Leaf) at).members;
      next = 0;
    }

    @Override
    public boolean hasNext() {
      if (leaf == null) {
        return false;
      }
      while (next == leaf.length) {
        if (!advance()) {
          leaf = null;
          return false;
        }
      }
      return true;
    }

    /** Moves to the next leaf; false after the last. */
    private boolean advance() {
      while (!parents.isEmpty()) {
        Inner parent = parents.peek();
        int position = positions.pop() + 1;
        if (position < parent.children.length) {
          positions.push(position);
          descend(parent.children[position]);
          return true;
        }
        parents.pop();
      }
      return false;
    }

    @Override
    public WorkerIndex.Member next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return leaf[next++];
    }
  }
}
