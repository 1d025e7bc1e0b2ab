package io.github.taskrouter4j.emulator.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Resources;
import org.junit.jupiter.api.Test;

/**
 * {@link Wire#rendered} checks only when {@link Wire#CHECK_PROPERTY} is set: these tests hold that
 * it is set in this project's test runs (otherwise no renderer would be checked) and that the check
 * catches each kind of drift.
 */
class WireTest {
  private static final ObjectMapper MAPPER = Resources.mapper();

  private static ObjectNode activity() {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("account_sid", "AC" + "0".repeat(32));
    n.put("available", true);
    n.put("date_created", "2026-12-02T10:00:00Z");
    n.put("date_updated", "2026-12-02T10:00:00Z");
    n.put("friendly_name", "Available");
    n.put("sid", "WA" + "1".repeat(32));
    n.put("workspace_sid", "WS" + "2".repeat(32));
    n.put("url", "http://127.0.0.1:1/v1/Workspaces/WS" + "2".repeat(32) + "/Activities/WA1");
    n.putObject("links").put("workspace", "http://127.0.0.1:1/v1/Workspaces/WS" + "2".repeat(32));
    return n;
  }

  @Test
  void theCheckIsOnInTests() {
    assertThat(Boolean.getBoolean(Wire.CHECK_PROPERTY)).isTrue();
  }

  @Test
  void aResourceRenderedAsTheDslWritesItGoesOutAsBuilt() {
    ObjectNode canonical = Wire.through(activity(), Activity.class);
    assertThat(Wire.rendered(canonical, Activity.class)).isSameAs(canonical);
  }

  @Test
  void renderedChecksWhileTheCheckIsOn() {
    ObjectNode canonical = Wire.through(activity(), Activity.class);
    canonical.put("available", "yes");
    assertThatThrownBy(() -> Wire.rendered(canonical, Activity.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Activity the dsl cannot read");
  }

  @Test
  void fieldsInAnotherOrderAreCaught() {
    ObjectNode canonical = Wire.through(activity(), Activity.class);
    ObjectNode reordered = MAPPER.createObjectNode();
    reordered.set("sid", canonical.get("sid"));
    canonical.fields().forEachRemaining(f -> reordered.set(f.getKey(), f.getValue()));
    assertThatThrownBy(() -> Wire.check(reordered, Activity.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Activity other than the dsl writes it")
        .hasMessageContaining("rendered {\"sid\"");
  }

  @Test
  void aMissingFieldIsCaught() {
    ObjectNode canonical = Wire.through(activity(), Activity.class);
    canonical.remove("sid");
    assertThatThrownBy(() -> Wire.check(canonical, Activity.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Activity the dsl cannot read");
  }

  @Test
  void aValueTheDslWritesDifferentlyIsCaught() {
    ObjectNode canonical = Wire.through(activity(), Activity.class);
    canonical.put("date_created", "2026-12-02T10:00:00.000Z");
    assertThatThrownBy(() -> Wire.check(canonical, Activity.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("other than the dsl writes it");
  }
}
