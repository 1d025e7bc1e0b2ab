package io.github.taskrouter4j.workflow.routing;

import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.AVAILABLE;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.BREAK;
import static io.github.taskrouter4j.workflow.routing.RoutingFixtures.workerSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkerStateTest {
  private final WorkerState alice =
      WorkerState.builder()
          .sid(workerSid(1))
          .friendlyName("alice")
          .attributes("{\"level\": 3}")
          .activity(AVAILABLE, "Available", true)
          .build();

  @Test
  void targetView_addsBuiltInsForTargetExpressions() {
    assertThat(alice.targetView().get("sid").asText()).isEqualTo(workerSid(1).value());
    assertThat(alice.targetView().get("friendly_name").asText()).isEqualTo("alice");
    assertThat(alice.targetView().get("activity_name").asText()).isEqualTo("Available");
    assertThat(alice.targetView().get("activity_sid").asText()).isEqualTo(AVAILABLE.value());
    assertThat(alice.targetView().get("level").asInt()).isEqualTo(3);
    assertThat(alice.attributes().has("sid")).isFalse();
  }

  @Test
  void attributes_areCopiedInAndOut() {
    ObjectNode given = RoutingJson.mapper().createObjectNode().put("level", 1);
    WorkerState w =
        WorkerState.builder().sid(workerSid(2)).friendlyName("bob").attributes(given).build();
    given.put("level", 99);
    ((ObjectNode) w.attributes()).put("level", 42);

    assertThat(w.attributes().get("level").asInt()).isEqualTo(1);
  }

  @Test
  void withMethods_changeOneThing() {
    WorkerState onBreak = alice.withActivity(BREAK, "Break", false);
    Instant t = Instant.parse("2026-11-30T09:00:00Z");

    assertThat(onBreak.available()).isFalse();
    assertThat(onBreak.activityName()).isEqualTo("Break");
    assertThat(onBreak.attributes()).isEqualTo(alice.attributes());
    assertThat(alice.withIdleSince(t).idleSince()).contains(t);
    assertThat(alice.withAvailable(false).activityName()).isEqualTo("Available");
    assertThat(alice.withAvailable(true)).isEqualTo(alice);
  }

  @Test
  void defaultActivityName_followsAvailability() {
    WorkerState w =
        WorkerState.builder().sid(workerSid(3)).friendlyName("x").available(true).build();

    assertThat(w.activityName()).isEqualTo("Available");
    assertThat(w.withAvailable(false).activityName()).isEqualTo("Offline");
    assertThat(w.activitySid()).isEmpty();
  }

  @Test
  void attributes_notAnObject_namesWorker() {
    assertThatThrownBy(
            () -> WorkerState.builder().sid(workerSid(4)).friendlyName("eve").attributes("\"x\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes of worker eve must be a JSON object, but was string");
    assertThatThrownBy(() -> WorkerState.builder().friendlyName("eve").attributes("{\"a\":1,}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attributes of worker eve are not valid JSON at line 1, column");
  }

  @Test
  void build_withoutSid_saysWhichField() {
    assertThatThrownBy(() -> WorkerState.builder().friendlyName("eve").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("WorkerState.sid is required");
  }

  @Test
  void toString_isReadable() {
    assertThat(alice.toString())
        .isEqualTo("alice (" + workerSid(1) + ", Available, available) {\"level\":3}");
  }
}
