package io.github.taskrouter4j.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The empty answer {@code {}}: decide later through the REST API (update the Reservation with a
 * {@link RestInstruction}) before the reservation times out. Get it with {@link
 * Instruction#defer()}.
 */
public final class DeferInstruction extends Instruction {
  static final DeferInstruction INSTANCE = new DeferInstruction();

  private DeferInstruction() {}

  /** {@code defer}; this name never appears on the wire. */
  @Override
  public String name() {
    return "defer";
  }

  @Override
  void writeFields(ObjectNode json) {}
}
