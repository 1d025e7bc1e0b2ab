package io.github.taskrouter4j.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskOrderingTest {
  static final class Pending {
    final String name;
    final int priority;
    final Instant start;

    Pending(String name, int priority, int startSecond) {
      this.name = name;
      this.priority = priority;
      this.start = Instant.ofEpochSecond(startSecond);
    }
  }

  private final List<Pending> pending =
      List.of(
          new Pending("old-low", 0, 10),
          new Pending("new-high", 5, 30),
          new Pending("old-high", 5, 20),
          new Pending("newest-low", 0, 40));

  private List<String> sorted(TaskOrdering order) {
    List<Pending> copy = new ArrayList<>(pending);
    copy.sort(order.comparator(p -> p.priority, p -> p.start));
    List<String> names = new ArrayList<>();
    copy.forEach(p -> names.add(p.name));
    return names;
  }

  @Test
  void fifo_highestPriorityFirstThenOldest() {
    assertThat(sorted(TaskOrdering.FIFO))
        .containsExactly("old-high", "new-high", "old-low", "newest-low");
  }

  @Test
  void lifo_newestFirstIgnoringPriority() {
    assertThat(sorted(TaskOrdering.LIFO))
        .containsExactly("newest-low", "new-high", "old-high", "old-low");
  }

  @Test
  void fromTwilio_anyCase_andRejectsOthers() {
    assertThat(TaskOrdering.fromTwilio("lifo")).isEqualTo(TaskOrdering.LIFO);
    assertThat(TaskOrdering.fromTwilio("FIFO")).isEqualTo(TaskOrdering.FIFO);
    assertThatThrownBy(() -> TaskOrdering.fromTwilio("RANDOM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task_order must be FIFO or LIFO, was \"RANDOM\"");
  }
}
