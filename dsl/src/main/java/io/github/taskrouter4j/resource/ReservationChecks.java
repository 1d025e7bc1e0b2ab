package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which parameters of a reservation update belong to which instruction. */
final class ReservationChecks {
  private ReservationChecks() {}

  static void instructionParameters(UpdateReservationRequest r) {
    Optional<ReservationInstruction> instruction = r.instruction();
    List<String> dequeue = new ArrayList<>();
    add(dequeue, "dequeuePostWorkActivitySid", r.dequeuePostWorkActivitySid());
    add(dequeue, "dequeueFrom", r.dequeueFrom());
    add(dequeue, "dequeueRecord", r.dequeueRecord());
    add(dequeue, "dequeueTimeout", r.dequeueTimeout());
    add(dequeue, "dequeueTo", r.dequeueTo());
    add(dequeue, "dequeueStatusCallbackUrl", r.dequeueStatusCallbackUrl());
    if (!r.dequeueStatusCallbackEvent().isEmpty()) {
      dequeue.add("dequeueStatusCallbackEvent");
    }
    List<String> call = new ArrayList<>();
    add(call, "callFrom", r.callFrom());
    add(call, "callRecord", r.callRecord());
    add(call, "callTimeout", r.callTimeout());
    add(call, "callTo", r.callTo());
    add(call, "callUrl", r.callUrl());
    add(call, "callStatusCallbackUrl", r.callStatusCallbackUrl());
    add(call, "callAccept", r.callAccept());
    List<String> redirect = new ArrayList<>();
    add(redirect, "redirectCallSid", r.redirectCallSid());
    add(redirect, "redirectAccept", r.redirectAccept());
    add(redirect, "redirectUrl", r.redirectUrl());
    List<String> supervise = new ArrayList<>();
    add(supervise, "supervisorMode", r.supervisorMode());
    add(supervise, "supervisor", r.supervisor());

    only(dequeue, ReservationInstruction.DEQUEUE, instruction);
    only(call, ReservationInstruction.CALL, instruction);
    only(redirect, ReservationInstruction.REDIRECT, instruction);
    only(supervise, ReservationInstruction.SUPERVISE, instruction);

    if (instruction.equals(Optional.of(ReservationInstruction.CALL))) {
      Checks.require(
          r.callFrom().isPresent() && r.callUrl().isPresent(),
          "UpdateReservationRequest: the call instruction needs callFrom and callUrl");
    }
    if (instruction.equals(Optional.of(ReservationInstruction.REDIRECT))) {
      Checks.require(
          r.redirectCallSid().isPresent() && r.redirectUrl().isPresent(),
          "UpdateReservationRequest: the redirect instruction needs redirectCallSid and redirectUrl");
    }
    if (instruction.equals(Optional.of(ReservationInstruction.SUPERVISE))) {
      Checks.require(
          r.supervisor().isPresent(),
          "UpdateReservationRequest: the supervise instruction needs supervisor");
    }
  }

  private static void add(List<String> set, String name, Optional<?> value) {
    if (value.isPresent()) {
      set.add(name);
    }
  }

  private static void only(
      List<String> set, ReservationInstruction owner, Optional<ReservationInstruction> actual) {
    if (!set.isEmpty() && !actual.equals(Optional.of(owner))) {
      throw new IllegalArgumentException(
          "UpdateReservationRequest: "
              + set
              + " only apply to the "
              + owner
              + " instruction, but instruction is "
              + actual.map(Object::toString).orElse("not set"));
    }
  }
}
