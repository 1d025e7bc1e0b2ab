package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.webhook.internal.FormWriter;
import java.util.List;
import java.util.Map;

/**
 * Accept the reservation: {@code {"instruction":"accept"}}; through REST, {@code
 * ReservationStatus=accepted}. Get it with {@link Instruction#accept()}.
 */
public final class AcceptInstruction extends Instruction implements RestInstruction {
  static final AcceptInstruction INSTANCE = new AcceptInstruction();

  private AcceptInstruction() {}

  @Override
  public String name() {
    return "accept";
  }

  @Override
  void writeFields(ObjectNode json) {}

  /** {@code ReservationStatus=accepted}. */
  @Override
  public Map<String, List<String>> toFormParameters() {
    return new FormWriter().put("ReservationStatus", "accepted").build();
  }
}
