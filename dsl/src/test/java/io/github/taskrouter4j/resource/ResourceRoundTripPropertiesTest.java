package io.github.taskrouter4j.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class ResourceRoundTripPropertiesTest {
  @Property(tries = 200)
  void task_encodesAndDecodesToAnEqualValue(
      @ForAll @IntRange(min = 0) int priority,
      @ForAll @LongRange(min = 0, max = 1_209_600) long timeoutSeconds,
      @ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
      @ForAll @StringLength(max = 40) String reason,
      @ForAll @StringLength(max = 20) String attributeValue,
      @ForAll("statuses") String status) {
    ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("note", attributeValue);
    Task task =
        Task.builder()
            .sid(TaskSid.random())
            .workflowSid(WorkflowSid.random())
            .age(Duration.ofSeconds(timeoutSeconds / 2))
            .priority(priority)
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .dateCreated(Instant.ofEpochSecond(epochSecond))
            .reason(reason)
            .assignmentStatus(TaskAssignmentStatus.of(status))
            .attributes(attributes)
            .putLinks("reservations", java.net.URI.create("https://example.com/r"))
            .build();

    Task back = Resources.fromJson(Resources.toJson(task), Task.class);

    assertThat(back).isEqualTo(task);
    assertThat(back.attributes()).isEqualTo(attributes);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> statuses() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.of(
            "pending", "reserved", "assigned", "canceled", "completed", "wrapping"),
        net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
  }

  @Property(tries = 200)
  void createTaskRequest_formValuesReadBackAsTheValuesSet(
      @ForAll @IntRange(min = 0) int priority,
      @ForAll @LongRange(min = 1, max = 1_209_600) long timeoutSeconds,
      @ForAll @StringLength(max = 200) String note) {
    CreateTaskRequest request =
        CreateTaskRequest.builder()
            .priority(priority)
            .timeout(Duration.ofSeconds(timeoutSeconds))
            .attributes(Map.of("note", note))
            .build();

    Map<String, List<String>> form = request.toForm();

    assertThat(Integer.parseInt(form.get("Priority").get(0))).isEqualTo(priority);
    assertThat(Long.parseLong(form.get("Timeout").get(0))).isEqualTo(timeoutSeconds);
    assertThat(SpecSamples.parse(form.get("Attributes").get(0)).path("note").asText())
        .isEqualTo(note);
  }
}
