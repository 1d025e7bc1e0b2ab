package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.CallSid;
import java.net.URI;
import java.util.function.Consumer;

/**
 * The answer to an assignment callback: what TaskRouter should do with the Reservation.
 *
 * <p>Each kind is its own type exposing only its documented parameters, range-checked when built,
 * and {@link #toJson()} writes the body TaskRouter expects, serialized once (never an escaped JSON
 * string, Twilio error 40001):
 *
 * <pre>{@code
 * Instruction.accept().toJson();                 // {"instruction":"accept"}
 * Instruction.reject(offlineActivity).toJson();  // {"instruction":"reject","activity_sid":"WA…"}
 * Instruction.dequeue(d -> d.from("+15550100").postWorkActivitySid(wrapUp)).toJson();
 * // {"instruction":"dequeue","from":"+15550100","post_work_activity_sid":"WA…"}
 * Instruction.defer().toJson();                  // {}  (answer later through the REST API)
 * }</pre>
 *
 * <p>The REST-only instructions ({@link ConferenceInstruction}, {@link SuperviseInstruction}) are
 * not {@code Instruction}s: they cannot answer a callback. Everything but {@link DeferInstruction}
 * is also a {@link RestInstruction}.
 */
public abstract class Instruction {

  Instruction() {}

  /**
   * The value of the {@code instruction} key ({@code accept}, {@code reject}, {@code dequeue},
   * {@code call}, {@code redirect}), or {@code defer} for the empty answer.
   */
  public abstract String name();

  /** Writes this instruction's own keys (after {@code instruction}) into {@code json}. */
  abstract void writeFields(ObjectNode json);

  /**
   * The minified JSON body that answers the assignment callback (send it with {@code Content-Type:
   * application/json}).
   *
   * @return for example {@code {"instruction":"accept"}}; {@code {}} for {@link #defer()}
   */
  public final String toJson() {
    return WebhookJson.write(toJsonTree());
  }

  /** The same body as {@link #toJson()}, as a Jackson tree. */
  public final ObjectNode toJsonTree() {
    ObjectNode json = WebhookJson.object();
    if (!(this instanceof DeferInstruction)) {
      json.put("instruction", name());
    }
    writeFields(json);
    return json;
  }

  /** Renders the JSON body, for logs and assertion messages. */
  @Override
  public String toString() {
    return toJson();
  }

  /**
   * Reads an assignment-callback answer, as the emulator does with what a handler returned.
   *
   * <p>An empty body and {@code {}} are {@link #defer()}. Unknown instruction names, unknown or
   * mistyped keys, out-of-range values and JSON that was encoded twice (a JSON string holding the
   * object, Twilio error 40001) are rejected with a message naming the key.
   *
   * @param json the response body
   * @return the typed instruction
   * @throws InvalidInstructionException if the body is not a valid instruction
   */
  public static Instruction parse(String json) {
    return InstructionParser.parse(json);
  }

  /** {@code {"instruction":"accept"}}: accept the reservation, delivery is up to you. */
  public static AcceptInstruction accept() {
    return AcceptInstruction.INSTANCE;
  }

  /**
   * {@code {"instruction":"reject"}}: reject the reservation; the worker keeps its activity and
   * TaskRouter offers the task to someone else.
   */
  public static RejectInstruction reject() {
    return RejectInstruction.KEEP_ACTIVITY;
  }

  /**
   * {@code {"instruction":"reject","activity_sid":"WA…"}}: reject and move the worker to {@code
   * activity} (typically an unavailable one, so the task is not offered back immediately).
   *
   * @param activity the worker's new activity
   */
  public static RejectInstruction reject(ActivitySid activity) {
    return RejectInstruction.of(activity);
  }

  /**
   * {@code {"instruction":"dequeue"}}: connect the caller waiting in {@code <Enqueue>} to the
   * worker's {@code contact_uri}, with Twilio's defaults for everything else.
   */
  public static DequeueInstruction dequeue() {
    return DequeueInstruction.builder().build();
  }

  /**
   * A dequeue instruction with parameters, for example {@code Instruction.dequeue(d ->
   * d.from("+15550100").timeout(Duration.ofSeconds(30)))}.
   *
   * @param spec sets the parameters on the builder
   */
  public static DequeueInstruction dequeue(Consumer<DequeueInstruction.Builder> spec) {
    DequeueInstruction.Builder builder = DequeueInstruction.builder();
    spec.accept(builder);
    return builder.build();
  }

  /**
   * {@code {"instruction":"call","from":…,"url":…}}: place a new call to the worker that runs the
   * TwiML at {@code url}.
   *
   * @param from the caller ID shown to the worker
   * @param url the TwiML executed when the worker answers
   */
  public static CallInstruction call(String from, URI url) {
    return CallInstruction.builder().from(from).url(url).build();
  }

  /**
   * A call instruction with more parameters, for example {@code Instruction.call(c ->
   * c.from("+15550100").url(twiml).acceptReservation(true))}.
   *
   * @param spec sets the parameters on the builder
   */
  public static CallInstruction call(Consumer<CallInstruction.Builder> spec) {
    CallInstruction.Builder builder = CallInstruction.builder();
    spec.accept(builder);
    return builder.build();
  }

  /**
   * {@code {"instruction":"redirect","call_sid":…,"url":…}}: move the queued call to new TwiML.
   *
   * @param call the call parked in the queue
   * @param url the TwiML to redirect it to
   */
  public static RedirectInstruction redirect(CallSid call, URI url) {
    return RedirectInstruction.builder().callSid(call).url(url).build();
  }

  /**
   * A redirect that also accepts the reservation: {@code
   * {"instruction":"redirect","call_sid":…,"url":…,"accept":true}}.
   *
   * @param call the call parked in the queue
   * @param url the TwiML to redirect it to
   * @param accept whether to accept the reservation at the same time
   */
  public static RedirectInstruction redirect(CallSid call, URI url, boolean accept) {
    return RedirectInstruction.builder().callSid(call).url(url).acceptReservation(accept).build();
  }

  /**
   * The empty answer, {@code {}}: TaskRouter does nothing now and you accept or reject later
   * through the REST API (the reservation update takes the same instructions). A 200 with a body
   * lacking {@code instruction} is Twilio warning 40005; this is the documented way to defer.
   */
  public static DeferInstruction defer() {
    return DeferInstruction.INSTANCE;
  }
}
