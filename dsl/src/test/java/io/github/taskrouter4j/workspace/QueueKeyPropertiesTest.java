package io.github.taskrouter4j.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.sid.TaskQueueSid;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;

class QueueKeyPropertiesTest {

  @Property
  void ref_isAValidQueueSidThatOnlyTheNameDecides(
      @ForAll @NotBlank @StringLength(max = 63) String name) {
    TaskQueueSid ref = QueueKey.of(name).ref();

    assertThat(TaskQueueSid.of(ref.value())).isEqualTo(ref);
    assertThat(QueueKey.of(name).ref()).isEqualTo(ref);
    assertThat(QueueKey.of(name + "x").ref()).isNotEqualTo(ref);
  }
}
