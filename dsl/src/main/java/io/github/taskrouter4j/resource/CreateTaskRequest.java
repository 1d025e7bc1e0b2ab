package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.resource.internal.JsonText;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that creates a Task: immutable, checked when built, rendered as Twilio's form
 * parameters by {@link #toForm()}.
 *
 * <pre>{@code
 * CreateTaskRequest request = CreateTaskRequest.builder()
 *     .timeout(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class CreateTaskRequest {
  CreateTaskRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateTaskRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableCreateTaskRequest.Builder {
    Builder() {}

    /**
     * Sets the attributes from a JSON node, written minified (Twilio counts whitespace against its
     * 4096-character limit).
     */
    public Builder attributes(JsonNode attributes) {
      return attributes(JsonText.write(attributes, "CreateTaskRequest.attributes"));
    }

    /**
     * Sets the attributes from a map (or any value Jackson can write), written minified: {@code
     * attributes(Map.of("type", "support"))} sends {@code Attributes={"type":"support"}}.
     */
    public Builder attributes(Map<String, ?> attributes) {
      return attributes(JsonText.writeValue(attributes, "CreateTaskRequest.attributes"));
    }
  }

  /**
   * How long the task may wait to be assigned before it is canceled: up to 2 weeks (Twilio's
   * default: 24 hours). Sent as {@code Timeout}.
   */
  public abstract Optional<Duration> timeout();

  /**
   * The priority, 0 to 2,147,483,647 (higher is served first), unless a workflow target sets one.
   * Sent as {@code Priority}.
   */
  public abstract OptionalInt priority();

  /**
   * The task channel, by SID or unique name (e.g. {@code voice}; Twilio's default: {@code
   * default}). Sent as {@code TaskChannel}.
   */
  public abstract Optional<String> taskChannel();

  /**
   * The workflow that routes the task (optional when the workspace has exactly one). Sent as {@code
   * WorkflowSid}.
   */
  public abstract Optional<WorkflowSid> workflowSid();

  /**
   * The task's attributes, a JSON object of at most 4096 characters, e.g. {@code
   * {"type":"support"}}. Sent as {@code Attributes}.
   */
  public abstract Optional<String> attributes();

  /**
   * The time the task is ordered by instead of its creation time; not before 1900. Sent as {@code
   * VirtualStartTime}.
   */
  public abstract Optional<Instant> virtualStartTime();

  /**
   * A worker, queue or workflow SID to route the task to directly, e.g. {@code
   * routingTarget(WorkerSid.of("WK…"))}. Sent as {@code RoutingTarget}.
   */
  public abstract Optional<Sid> routingTarget();

  /**
   * Whether to ignore the worker's capacity and availability; only with a worker as routing target.
   * Sent as {@code IgnoreCapacity}.
   */
  public abstract Optional<Boolean> ignoreCapacity();

  /** The queue the task belongs in. Sent as {@code TaskQueueSid}. */
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /**
   * The form parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toForm() {
    return new Form()
        .put("Timeout", timeout())
        .put("Priority", priority())
        .put("TaskChannel", taskChannel())
        .put("WorkflowSid", workflowSid())
        .put("Attributes", attributes())
        .put("VirtualStartTime", virtualStartTime())
        .put("RoutingTarget", routingTarget())
        .put("IgnoreCapacity", ignoreCapacity())
        .put("TaskQueueSid", taskQueueSid())
        .build();
  }

  @Value.Check
  void check() {
    Checks.seconds("CreateTaskRequest.timeout", timeout(), 1, 1209600);
    Checks.range("CreateTaskRequest.priority", priority(), 0, 2147483647L);
    Checks.notBlank("CreateTaskRequest.taskChannel", taskChannel());
    Checks.jsonObject("CreateTaskRequest.attributes", attributes(), Checks.MAX_ATTRIBUTES_CHARS);
    Checks.notBefore1900("CreateTaskRequest.virtualStartTime", virtualStartTime());
    Checks.sidOf(
        "CreateTaskRequest.routingTarget",
        routingTarget().map(Sid::value),
        "a worker, queue or workflow",
        "WK",
        "WQ",
        "WW");
    Checks.require(
        !(routingTarget().isPresent() && workflowSid().isPresent()),
        "CreateTaskRequest: set either routingTarget (route directly) or workflowSid (route by a workflow), not both");
    Checks.require(
        ignoreCapacity().isEmpty()
            || routingTarget().filter(t -> t instanceof WorkerSid).isPresent(),
        "CreateTaskRequest.ignoreCapacity can only be set when routingTarget is a worker SID (WK…), but routingTarget is "
            + routingTarget().map(Sid::value).orElse("not set"));
  }
}
