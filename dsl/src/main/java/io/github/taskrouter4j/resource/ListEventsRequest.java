package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.EventSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
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
 * The request that lists Events: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListEventsRequest request = ListEventsRequest.builder()
 *     .endDate(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListEventsRequest {
  ListEventsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListEventsRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListEventsRequest.Builder {
    Builder() {}
  }

  /** Only events on or before this time. Sent as {@code EndDate}. */
  public abstract Optional<Instant> endDate();

  /** Only events of this type, e.g. {@code task.created}. Sent as {@code EventType}. */
  public abstract Optional<String> eventType();

  /**
   * Only events in this period before now, in whole minutes (Twilio's default: 15 minutes); sent as
   * {@code Minutes}. Sent as {@code Minutes}.
   */
  public abstract Optional<Duration> period();

  /** Only events of this reservation. Sent as {@code ReservationSid}. */
  public abstract Optional<ReservationSid> reservationSid();

  /** Only events on or after this time. Sent as {@code StartDate}. */
  public abstract Optional<Instant> startDate();

  /** Only events of this queue. Sent as {@code TaskQueueSid}. */
  public abstract Optional<TaskQueueSid> taskQueueSid();

  /** Only events of this task. Sent as {@code TaskSid}. */
  public abstract Optional<TaskSid> taskSid();

  /** Only events of this worker. Sent as {@code WorkerSid}. */
  public abstract Optional<WorkerSid> workerSid();

  /** Only events of this workflow. Sent as {@code WorkflowSid}. */
  public abstract Optional<WorkflowSid> workflowSid();

  /** Only events of this task channel (SID or unique name). Sent as {@code TaskChannel}. */
  public abstract Optional<String> taskChannel();

  /** Only the event with this SID. Sent as {@code Sid}. */
  public abstract Optional<EventSid> sid();

  /**
   * How many items Twilio returns per page (1 to 1000; Twilio's default is 50). Sent as {@code
   * PageSize}.
   */
  public abstract OptionalInt pageSize();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .put("EndDate", endDate())
        .put("EventType", eventType())
        .putMinutes("Minutes", period())
        .put("ReservationSid", reservationSid())
        .put("StartDate", startDate())
        .put("TaskQueueSid", taskQueueSid())
        .put("TaskSid", taskSid())
        .put("WorkerSid", workerSid())
        .put("WorkflowSid", workflowSid())
        .put("TaskChannel", taskChannel())
        .put("Sid", sid())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.minutes("ListEventsRequest.period", period());
    Checks.range("ListEventsRequest.pageSize", pageSize(), 1, 1000L);
    Checks.window("ListEventsRequest", startDate(), endDate());
  }
}
