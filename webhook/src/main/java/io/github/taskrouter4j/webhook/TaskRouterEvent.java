package io.github.taskrouter4j.webhook;

import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.EventSid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.webhook.internal.SidKinds;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An event callback TaskRouter POSTs to a Workspace's {@code EventCallbackUrl}, typed by category:
 *
 * <pre>{@code
 * TaskRouterEvent event = TaskRouterEvent.fromForm(params);
 * if (event instanceof ReservationEvent) {
 *   ReservationEvent r = (ReservationEvent) event;
 *   if (r.type() == EventType.RESERVATION_ACCEPTED) {
 *     log(r.reservationSid(), r.task().attributes(), r.worker().name());
 *   }
 * }
 * }</pre>
 *
 * <p>Every documented {@link EventType} maps to one subclass ({@link ActivityEvent}, {@link
 * ReservationEvent}, {@link TaskEvent}, {@link TaskChannelEvent}, {@link TaskQueueEvent}, {@link
 * WorkerEvent}, {@link WorkflowEvent}, {@link WorkspaceEvent}); a type Twilio adds later becomes an
 * {@link UnknownEvent} instead of an error. Every posted parameter is kept in {@link
 * #parameters()}, so nothing Twilio sends is lost. Answer with {@link WebhookResponse#noContent()}
 * (or use {@link EventEndpoint}).
 */
public abstract class TaskRouterEvent {
  private final CallbackParams params;
  private final String typeName;
  private final EventType type;
  private final AccountSid accountSid;
  private final WorkspaceSid workspaceSid;
  private final Optional<EventSid> sid;
  private final Optional<Instant> timestamp;

  TaskRouterEvent(CallbackParams params) {
    this.params = params;
    this.typeName = params.required("EventType");
    this.type = EventType.fromWireName(typeName).orElse(EventType.UNKNOWN);
    this.accountSid = params.sid("AccountSid", AccountSid::of);
    this.workspaceSid = params.sid("WorkspaceSid", WorkspaceSid::of);
    this.sid = params.optionalSid("Sid", EventSid::of);
    Optional<Instant> millis = params.epochMillis("TimestampMs");
    this.timestamp = millis.isPresent() ? millis : params.instant("Timestamp");
  }

  /**
   * Reads an event callback's form parameters.
   *
   * @param form the decoded form, name to values
   * @return the typed event; an {@link UnknownEvent} for a type this version does not know
   * @throws InvalidCallbackException if {@code EventType}, {@code AccountSid} or {@code
   *     WorkspaceSid} is missing, or a parameter the event's type needs is missing or malformed
   */
  public static TaskRouterEvent fromForm(Map<String, List<String>> form) {
    String typeName = CallbackParams.of("event callback", form).required("EventType");
    EventType type = EventType.fromWireName(typeName).orElse(EventType.UNKNOWN);
    CallbackParams params = CallbackParams.of(typeName + " event callback", form);
    switch (type.category()) {
      case ACTIVITY:
        return new ActivityEvent(params);
      case RESERVATION:
        return new ReservationEvent(params);
      case TASK:
        return new TaskEvent(params);
      case TASK_CHANNEL:
        return new TaskChannelEvent(params);
      case TASK_QUEUE:
        return new TaskQueueEvent(params);
      case WORKER:
        return new WorkerEvent(params);
      case WORKFLOW:
        return new WorkflowEvent(params);
      case WORKSPACE:
        return new WorkspaceEvent(params);
      default:
        return new UnknownEvent(params);
    }
  }

  /**
   * Reads a raw {@code application/x-www-form-urlencoded} event body.
   *
   * @param body the body as received
   * @return the typed event
   */
  public static TaskRouterEvent fromFormBody(String body) {
    return fromForm(CallbackParams.decodeForm(body));
  }

  CallbackParams params() {
    return params;
  }

  /** The documented type, or {@link EventType#UNKNOWN}. */
  public EventType type() {
    return type;
  }

  /** The {@code EventType} parameter as sent, for example {@code task.created}. */
  public String typeName() {
    return typeName;
  }

  /** The event's SID ({@code Sid}), the key for de-duplication, when sent. */
  public Optional<EventSid> sid() {
    return sid;
  }

  /** {@code AccountSid}. */
  public AccountSid accountSid() {
    return accountSid;
  }

  /** {@code WorkspaceSid}. */
  public WorkspaceSid workspaceSid() {
    return workspaceSid;
  }

  /** {@code WorkspaceName}. */
  public Optional<String> workspaceName() {
    return params.text("WorkspaceName");
  }

  /** {@code EventDescription}, for example {@code Reservation WR… created}. */
  public Optional<String> description() {
    return params.text("EventDescription");
  }

  /** {@code ResourceType}, for example {@code reservation}. */
  public Optional<String> resourceType() {
    return params.text("ResourceType");
  }

  /** {@code ResourceSid}, typed by its prefix ({@code TaskSid}, {@code WorkerSid}, …). */
  public Optional<Sid> resourceSid() {
    return params.text("ResourceSid").flatMap(SidKinds::parse);
  }

  /** When the event happened: {@code TimestampMs} if sent, else {@code Timestamp}. */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /** Every parameter as posted (first value of each name), in posted order. */
  public Map<String, String> parameters() {
    return params.asMap();
  }

  /** The form this event was read from, as the emulator posts it. */
  public Map<String, List<String>> toFormParameters() {
    return Collections.unmodifiableMap(
        params.asMap().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> List.of(e.getValue()),
                    (a, b) -> a,
                    LinkedHashMap::new)));
  }

  /** {@link #toFormParameters()} encoded as an {@code application/x-www-form-urlencoded} body. */
  public String toFormBody() {
    return CallbackParams.encodeForm(toFormParameters());
  }

  /** Same class and same parameters. */
  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((TaskRouterEvent) other).params.asMap().equals(params.asMap());
  }

  @Override
  public final int hashCode() {
    return params.asMap().hashCode();
  }

  /** Type, SID and resource; not the attributes (they may hold personal data). */
  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "{"
        + typeName
        + sid.map(s -> ", sid=" + s).orElse("")
        + params.text("ResourceSid").map(s -> ", resource=" + s).orElse("")
        + "}";
  }
}
