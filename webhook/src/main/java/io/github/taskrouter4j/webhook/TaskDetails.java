package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.sid.TaskChannelSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The task an event is about: {@code TaskSid}, {@code TaskAttributes}, {@code TaskAge}, {@code
 * TaskPriority}, {@code TaskAssignmentStatus}, reasons, queue, workflow and channel.
 */
public final class TaskDetails {
  private final CallbackParams params;
  private final TaskSid sid;
  private final JsonNode attributes;

  private TaskDetails(CallbackParams params, TaskSid sid) {
    this.params = params;
    this.sid = sid;
    this.attributes = params.json("TaskAttributes").orElseGet(JsonNodeFactory.instance::objectNode);
    params.integer("TaskPriority");
    params.seconds("TaskAge");
    params.optionalSid("TaskQueueSid", TaskQueueSid::of);
    params.optionalSid("WorkflowSid", WorkflowSid::of);
    params.optionalSid("TaskChannelSid", TaskChannelSid::of);
  }

  /** Reads the task from {@code TaskSid}, or from {@code ResourceSid} if the event is about it. */
  static TaskDetails required(CallbackParams params, boolean resourceIsIt) {
    return optional(params, resourceIsIt)
        .orElseThrow(() -> new InvalidCallbackException(missing(params)));
  }

  static Optional<TaskDetails> optional(CallbackParams params, boolean resourceIsIt) {
    Optional<TaskSid> sid = params.optionalSid("TaskSid", TaskSid::of);
    if (sid.isEmpty() && resourceIsIt) {
      sid = params.optionalSid("ResourceSid", TaskSid::of);
    }
    return sid.map(s -> new TaskDetails(params, s));
  }

  private static String missing(CallbackParams params) {
    return "event callback has no TaskSid parameter; received " + params.asMap().keySet();
  }

  /** {@code TaskSid}. */
  public TaskSid sid() {
    return sid;
  }

  /** {@code TaskAttributes}, parsed; {@code {}} if not sent. */
  public JsonNode attributes() {
    return attributes.deepCopy();
  }

  /** {@code TaskAge}. */
  public Optional<Duration> age() {
    return params.seconds("TaskAge");
  }

  /** {@code TaskPriority}. */
  public OptionalInt priority() {
    return params.int32("TaskPriority");
  }

  /** {@code TaskAssignmentStatus}: {@code pending}, {@code reserved}, {@code assigned}, … */
  public Optional<String> assignmentStatus() {
    return params.text("TaskAssignmentStatus");
  }

  /** {@code TaskCanceledReason}, for example {@code Task TTL Exceeded}. */
  public Optional<String> canceledReason() {
    return params.text("TaskCanceledReason");
  }

  /** {@code TaskCompletedReason}. */
  public Optional<String> completedReason() {
    return params.text("TaskCompletedReason");
  }

  /** {@code TaskQueueSid}. */
  public Optional<TaskQueueSid> taskQueueSid() {
    return params.optionalSid("TaskQueueSid", TaskQueueSid::of);
  }

  /** {@code TaskQueueName}. */
  public Optional<String> taskQueueName() {
    return params.text("TaskQueueName");
  }

  /** {@code WorkflowSid}. */
  public Optional<WorkflowSid> workflowSid() {
    return params.optionalSid("WorkflowSid", WorkflowSid::of);
  }

  /** {@code WorkflowName}. */
  public Optional<String> workflowName() {
    return params.text("WorkflowName");
  }

  /** {@code TaskChannelSid}. */
  public Optional<TaskChannelSid> channelSid() {
    return params.optionalSid("TaskChannelSid", TaskChannelSid::of);
  }

  /** {@code TaskChannelUniqueName}, for example {@code voice}. */
  public Optional<String> channelUniqueName() {
    return params.text("TaskChannelUniqueName");
  }

  @Override
  public String toString() {
    return "TaskDetails{" + sid + assignmentStatus().map(s -> ", " + s).orElse("") + "}";
  }
}
