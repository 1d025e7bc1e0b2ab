package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.resource.internal.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that updates a Task: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * UpdateTaskRequest request = UpdateTaskRequest.builder()
 *     .attributes(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class UpdateTaskRequest {
  UpdateTaskRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdateTaskRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableUpdateTaskRequest.Builder {
    Builder() {}

    /**
     * Sets the attributes from a JSON node, written minified (Twilio counts whitespace against its
     * 4096-character limit).
     */
    public Builder attributes(JsonNode attributes) {
      return attributes(JsonText.write(attributes, "UpdateTaskRequest.attributes"));
    }

    /**
     * Sets the attributes from a map (or any value Jackson can write), written minified: {@code
     * attributes(Map.of("type", "support"))} sends {@code Attributes={"type":"support"}}.
     */
    public Builder attributes(Map<String, ?> attributes) {
      return attributes(JsonText.writeValue(attributes, "UpdateTaskRequest.attributes"));
    }
  }

  /**
   * The task's new attributes, a JSON object of at most 4096 characters (replaces them all). Sent
   * as {@code Attributes}.
   */
  public abstract Optional<String> attributes();

  /**
   * The new status: {@code canceled}, {@code wrapping} or {@code completed} (the only ones Twilio
   * lets you set). Sent as {@code AssignmentStatus}.
   */
  public abstract Optional<TaskAssignmentStatus> assignmentStatus();

  /**
   * Why the task was canceled or completed; only with one of those statuses. Sent as {@code
   * Reason}.
   */
  public abstract Optional<String> reason();

  /** The new priority, 0 to 2,147,483,647. Sent as {@code Priority}. */
  public abstract OptionalInt priority();

  /** The task channel, by SID or unique name. Sent as {@code TaskChannel}. */
  public abstract Optional<String> taskChannel();

  /** The new virtual start time; not before 1900. Sent as {@code VirtualStartTime}. */
  public abstract Optional<Instant> virtualStartTime();

  /**
   * Update only if the task's ETag still is this value (from {@link Task#etag()}); else Twilio
   * answers 412. Sent as the header {@code If-Match}.
   */
  public abstract Optional<String> ifMatch();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("Attributes", attributes())
        .put("AssignmentStatus", assignmentStatus())
        .put("Reason", reason())
        .put("Priority", priority())
        .put("TaskChannel", taskChannel())
        .put("VirtualStartTime", virtualStartTime())
        .build();
  }

  @Value.Check
  void check() {
    Checks.jsonObject("UpdateTaskRequest.attributes", attributes(), Checks.MAX_ATTRIBUTES_CHARS);
    Checks.notBlank("UpdateTaskRequest.reason", reason());
    Checks.range("UpdateTaskRequest.priority", priority(), 0, 2147483647L);
    Checks.notBlank("UpdateTaskRequest.taskChannel", taskChannel());
    Checks.notBefore1900("UpdateTaskRequest.virtualStartTime", virtualStartTime());
    assignmentStatus()
        .ifPresent(
            s ->
                Checks.require(
                    !s.isKnown()
                        || s.equals(TaskAssignmentStatus.CANCELED)
                        || s.equals(TaskAssignmentStatus.WRAPPING)
                        || s.equals(TaskAssignmentStatus.COMPLETED),
                    "UpdateTaskRequest.assignmentStatus can only be set to canceled, wrapping or completed (Twilio moves tasks to the other statuses itself), but is "
                        + s));
    Checks.require(
        reason().isEmpty()
            || assignmentStatus()
                .filter(
                    s ->
                        s.equals(TaskAssignmentStatus.CANCELED)
                            || s.equals(TaskAssignmentStatus.COMPLETED))
                .isPresent(),
        "UpdateTaskRequest.reason can only be set with assignmentStatus canceled or completed, but assignmentStatus is "
            + assignmentStatus().map(Object::toString).orElse("not set"));
  }
}
