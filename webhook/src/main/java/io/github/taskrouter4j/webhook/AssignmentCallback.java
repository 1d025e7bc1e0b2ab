package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.TaskSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The POST TaskRouter sends to a Workflow's {@code AssignmentCallbackUrl} when it reserves a worker
 * for a task, read into typed values:
 *
 * <pre>{@code
 * AssignmentCallback callback = AssignmentCallback.fromForm(params);
 * callback.taskAttributes().path("type").asText();   // from TaskAttributes (JSON)
 * callback.workerSid();                               // WorkerSid, from WorkerSid
 * }</pre>
 *
 * <p>Answer it with an {@link Instruction}. The emulator builds these with {@link #builder()} and
 * posts {@link #toFormParameters()}.
 */
@Value.Immutable
public abstract class AssignmentCallback {

  AssignmentCallback() {}

  /** A builder; every SID is required, attributes default to {@code {}}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the form parameters TaskRouter posted ({@code AccountSid}, {@code WorkspaceSid}, {@code
   * WorkflowSid}, {@code TaskQueueSid}, {@code WorkerSid}, {@code WorkerAttributes}, {@code
   * TaskSid}, {@code TaskAttributes}, {@code TaskAge}, {@code TaskPriority}, {@code
   * ReservationSid}, {@code Timestamp}). Parameters this type does not model are kept in {@link
   * #parameters()}.
   *
   * @param form the decoded form, name to values
   * @return the typed callback
   * @throws InvalidCallbackException naming the parameter that is missing or malformed
   */
  public static AssignmentCallback fromForm(Map<String, List<String>> form) {
    CallbackParams p = CallbackParams.of("assignment callback", form);
    return builder()
        .accountSid(p.sid("AccountSid", AccountSid::of))
        .workspaceSid(p.sid("WorkspaceSid", WorkspaceSid::of))
        .workflowSid(p.sid("WorkflowSid", WorkflowSid::of))
        .taskQueueSid(p.sid("TaskQueueSid", TaskQueueSid::of))
        .workerSid(p.sid("WorkerSid", WorkerSid::of))
        .taskSid(p.sid("TaskSid", TaskSid::of))
        .reservationSid(p.sid("ReservationSid", ReservationSid::of))
        .taskAttributes(p.json("TaskAttributes").orElseGet(JsonNodeFactory.instance::objectNode))
        .workerAttributes(
            p.json("WorkerAttributes").orElseGet(JsonNodeFactory.instance::objectNode))
        .taskAge(p.seconds("TaskAge").orElse(Duration.ZERO))
        .taskPriority(p.int32("TaskPriority").orElse(0))
        .timestamp(p.instant("Timestamp"))
        .parameters(p.asMap())
        .build();
  }

  /**
   * Reads a raw {@code application/x-www-form-urlencoded} body.
   *
   * @param body the request body as received
   * @return the typed callback
   */
  public static AssignmentCallback fromFormBody(String body) {
    return fromForm(CallbackParams.decodeForm(body));
  }

  /** {@code AccountSid}. */
  public abstract AccountSid accountSid();

  /** {@code WorkspaceSid}. */
  public abstract WorkspaceSid workspaceSid();

  /** {@code WorkflowSid}: the workflow that routed the task. */
  public abstract WorkflowSid workflowSid();

  /** {@code TaskQueueSid}: the queue the task was in when it was assigned. */
  public abstract TaskQueueSid taskQueueSid();

  /** {@code WorkerSid}: the reserved worker. */
  public abstract WorkerSid workerSid();

  /** {@code TaskSid}. */
  public abstract TaskSid taskSid();

  /** {@code ReservationSid}: the reservation to accept or reject. */
  public abstract ReservationSid reservationSid();

  /** {@code TaskAttributes}, parsed. */
  public abstract JsonNode taskAttributes();

  /** {@code WorkerAttributes}, parsed. */
  public abstract JsonNode workerAttributes();

  /** {@code TaskAge}: seconds since the task was created. */
  @Value.Default
  public Duration taskAge() {
    return Duration.ZERO;
  }

  /** {@code TaskPriority}. */
  @Value.Default
  public int taskPriority() {
    return 0;
  }

  /** {@code Timestamp}: when the assignment was made, if sent. */
  public abstract Optional<Instant> timestamp();

  /**
   * Every parameter as posted (first value of each name), including those not modelled here; empty
   * for a callback built in Java.
   */
  public abstract Map<String, String> parameters();

  /**
   * The form TaskRouter posts for this callback, in Twilio's names, as the emulator sends it:
   * modelled values first, then any other {@link #parameters()}.
   *
   * @return an ordered, unmodifiable map of name to values
   */
  public Map<String, List<String>> toFormParameters() {
    FormWriter form = new FormWriter();
    timestamp().ifPresent(t -> form.put("Timestamp", t.getEpochSecond()));
    form.put("AccountSid", accountSid())
        .put("WorkspaceSid", workspaceSid())
        .put("WorkflowSid", workflowSid())
        .put("TaskQueueSid", taskQueueSid())
        .put("WorkerSid", workerSid())
        .put("WorkerAttributes", WebhookJson.write(workerAttributes()))
        .put("TaskSid", taskSid())
        .put("TaskAttributes", WebhookJson.write(taskAttributes()))
        .put("TaskAge", taskAge().getSeconds())
        .put("TaskPriority", taskPriority())
        .put("ReservationSid", reservationSid());
    Map<String, List<String>> modelled = form.build();
    parameters()
        .forEach(
            (k, v) -> {
              if (!modelled.containsKey(k)) {
                form.put(k, v);
              }
            });
    return form.build();
  }

  /** The reservation, task and worker SIDs; not the attributes (they may hold personal data). */
  @Override
  public String toString() {
    return "AssignmentCallback{reservation="
        + reservationSid()
        + ", task="
        + taskSid()
        + ", worker="
        + workerSid()
        + ", queue="
        + taskQueueSid()
        + "}";
  }

  /**
   * {@link #toFormParameters()} encoded as an {@code application/x-www-form-urlencoded} body
   * (UTF-8), ready to POST; sign the same parameters with {@link TwilioSignature#compute}.
   */
  public String toFormBody() {
    return CallbackParams.encodeForm(toFormParameters());
  }

  /** Builds an {@link AssignmentCallback}. */
  public static final class Builder extends ImmutableAssignmentCallback.Builder {
    Builder() {
      taskAttributes(JsonNodeFactory.instance.objectNode());
      workerAttributes(JsonNodeFactory.instance.objectNode());
    }
  }
}
