package io.github.taskrouter4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * The value the taskrouter4j and bare-JDK benchmarks decode the stub's answer into: the same fields
 * twilio-java's {@code Task} reads, dates as {@link Instant}, so all three decode comparable work.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class HttpBenchmarkTask {
  @JsonProperty("account_sid")
  String accountSid;

  @JsonProperty("age")
  Integer age;

  @JsonProperty("assignment_status")
  String assignmentStatus;

  @JsonProperty("attributes")
  String attributes;

  @JsonProperty("addons")
  String addons;

  @JsonProperty("date_created")
  Instant dateCreated;

  @JsonProperty("date_updated")
  Instant dateUpdated;

  @JsonProperty("task_queue_entered_date")
  Instant taskQueueEnteredDate;

  @JsonProperty("priority")
  Integer priority;

  @JsonProperty("reason")
  String reason;

  @JsonProperty("sid")
  String sid;

  @JsonProperty("task_queue_sid")
  String taskQueueSid;

  @JsonProperty("task_queue_friendly_name")
  String taskQueueFriendlyName;

  @JsonProperty("task_channel_sid")
  String taskChannelSid;

  @JsonProperty("task_channel_unique_name")
  String taskChannelUniqueName;

  @JsonProperty("timeout")
  Integer timeout;

  @JsonProperty("workflow_sid")
  String workflowSid;

  @JsonProperty("workflow_friendly_name")
  String workflowFriendlyName;

  @JsonProperty("workspace_sid")
  String workspaceSid;

  @JsonProperty("url")
  String url;

  @JsonProperty("links")
  Map<String, String> links;

  @JsonProperty("virtual_start_time")
  Instant virtualStartTime;

  @JsonProperty("ignore_capacity")
  Boolean ignoreCapacity;

  @JsonProperty("routing_target")
  String routingTarget;
}
