package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.workerSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The tree of sorted members holds what a sorted array would, through random additions and removals
 * across several levels, and every older version stays as it was.
 */
class SortedMembersTest {
  private static final Comparator<WorkerIndex.Member> BY_SID =
      Comparator.comparing(m -> m.state.sid());

  @Property(tries = 30)
  void randomChanges_keepTheSortedContents_andOlderVersionsUnchanged(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int range) {
    Random random = new Random(seed);
    SortedMembers members = SortedMembers.EMPTY;
    TreeMap<Integer, WorkerIndex.Member> expected = new TreeMap<>();
    List<SortedMembers> versions = new ArrayList<>();
    List<List<WorkerIndex.Member>> contents = new ArrayList<>();
    for (int i = 0; i < 3 * range; i++) {
      int n = 1 + random.nextInt(range);
      WorkerIndex.Member old = expected.get(n);
      if (old != null && random.nextInt(3) == 0) {
        members = members.without(old, BY_SID);
        expected.remove(n);
      } else {
        WorkerIndex.Member member = member(n);
        members = (old == null ? members : members.without(old, BY_SID)).with(member, BY_SID);
        expected.put(n, member);
      }
      if (i % 97 == 0) {
        versions.add(members);
        contents.add(new ArrayList<>(expected.values()));
      }
    }
    assertSame(members, new ArrayList<>(expected.values()));
    for (int v = 0; v < versions.size(); v++) {
      assertSame(versions.get(v), contents.get(v));
    }
  }

  @Test
  void of_buildsTheSameSequenceAsAddingOneByOne() {
    WorkerIndex.Member[] sorted = new WorkerIndex.Member[3000];
    SortedMembers added = SortedMembers.EMPTY;
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = member(i + 1);
      added = added.with(sorted[i], BY_SID);
    }
    assertSame(SortedMembers.of(sorted), List.of(sorted));
    assertSame(added, List.of(sorted));
  }

  @Test
  void without_aMemberNotThere_saysTheIndexIsOutOfSync() {
    SortedMembers one = SortedMembers.EMPTY.with(member(1), BY_SID);
    assertThatThrownBy(() -> one.without(member(2), BY_SID))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("index out of sync: " + workerSid(2) + " not found");
  }

  private static void assertSame(SortedMembers actual, List<WorkerIndex.Member> expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    List<WorkerIndex.Member> walked = new ArrayList<>();
    actual.forEach(walked::add);
    assertThat(walked).containsExactlyElementsOf(expected);
    for (int i = 0; i < expected.size(); i += 1 + expected.size() / 50) {
      assertThat(actual.get(i)).isSameAs(expected.get(i));
      WorkerIndex.Member sought = expected.get(i);
      assertThat(actual.find(m -> m.state.sid().compareTo(sought.state.sid()))).isSameAs(sought);
    }
    assertThat(actual.find(m -> m.state.sid().compareTo(workerSid(9999)))).isNull();
  }

  private static WorkerIndex.Member member(int n) {
    WorkerState state = WorkerState.builder().sid(workerSid(n)).friendlyName("w" + n).build();
    return new WorkerIndex.Member(state, new boolean[0], new boolean[0]);
  }
}
