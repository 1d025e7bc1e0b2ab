package io.github.taskrouter4j.webhook;

/**
 * Your decision for one assignment callback: return the {@link Instruction} TaskRouter should carry
 * out, or {@link Instruction#defer()} to decide later through the REST API.
 *
 * <pre>{@code
 * AssignmentHandler handler = callback ->
 *     callback.taskAttributes().path("type").asText().equals("voice")
 *         ? Instruction.dequeue(d -> d.postWorkActivitySid(wrapUp))
 *         : Instruction.accept();
 * }</pre>
 */
@FunctionalInterface
public interface AssignmentHandler {

  /**
   * Decides what to do with a reservation. Answer within 5 seconds, or TaskRouter calls the
   * fallback URL.
   *
   * @param callback the parsed callback
   * @return the instruction; never {@code null}
   */
  Instruction assign(AssignmentCallback callback);
}
