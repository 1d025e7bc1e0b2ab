package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.sid.ReservationSid;
import io.github.taskrouter4j.sid.TaskSid;
import java.util.Objects;

/**
 * The status changes Twilio accepts for tasks and reservations, checked locally so a change that is
 * certain to be refused fails before the round trip, with Twilio's own wording. Values Twilio added
 * after this version ({@code isKnown() == false}) are let through for Twilio to judge.
 *
 * <p>Tasks: canceled only from pending or reserved; wrapping only from assigned; completed only
 * from assigned or wrapping. Reservations: accepted or rejected only from pending; wrapping only
 * from accepted; completed only from accepted or wrapping; instructions only on a pending
 * reservation.
 */
public final class Transitions {
  private Transitions() {}

  /** Whether Twilio lets a task in {@code from} be set to {@code to} over the REST API. */
  public static boolean taskAllows(TaskAssignmentStatus from, TaskAssignmentStatus to) {
    if (!from.isKnown() || !to.isKnown()) {
      return true;
    }
    if (to.equals(TaskAssignmentStatus.CANCELED)) {
      return from.equals(TaskAssignmentStatus.PENDING)
          || from.equals(TaskAssignmentStatus.RESERVED);
    }
    if (to.equals(TaskAssignmentStatus.WRAPPING)) {
      return from.equals(TaskAssignmentStatus.ASSIGNED);
    }
    if (to.equals(TaskAssignmentStatus.COMPLETED)) {
      return from.equals(TaskAssignmentStatus.ASSIGNED)
          || from.equals(TaskAssignmentStatus.WRAPPING);
    }
    return false;
  }

  /**
   * Refuses a task status change Twilio would refuse.
   *
   * @throws IllegalStateException e.g. {@code Cannot cancel task WT… because it is not pending or
   *     reserved (it is assigned)}
   */
  public static void checkTask(TaskSid task, TaskAssignmentStatus from, TaskAssignmentStatus to) {
    Objects.requireNonNull(task, "task == null");
    if (taskAllows(from, to)) {
      return;
    }
    String why;
    if (to.equals(TaskAssignmentStatus.CANCELED)) {
      why = "Cannot cancel task " + task + " because it is not pending or reserved";
    } else if (to.equals(TaskAssignmentStatus.WRAPPING)) {
      why = "Cannot wrap up task " + task + " because it's not currently assigned";
    } else if (to.equals(TaskAssignmentStatus.COMPLETED)) {
      why = "Cannot complete task " + task + " because it is not assigned or wrapping";
    } else {
      why =
          "Cannot set task "
              + task
              + " to "
              + to
              + ": only canceled, wrapping and completed can be set over the API";
    }
    throw new IllegalStateException(why + " (it is " + from + ")");
  }

  /** Whether Twilio lets a reservation in {@code from} be set to {@code to}. */
  public static boolean reservationAllows(ReservationStatus from, ReservationStatus to) {
    if (!from.isKnown() || !to.isKnown()) {
      return true;
    }
    if (to.equals(ReservationStatus.ACCEPTED) || to.equals(ReservationStatus.REJECTED)) {
      return from.equals(ReservationStatus.PENDING);
    }
    if (to.equals(ReservationStatus.WRAPPING)) {
      return from.equals(ReservationStatus.ACCEPTED);
    }
    if (to.equals(ReservationStatus.COMPLETED)) {
      return from.equals(ReservationStatus.ACCEPTED) || from.equals(ReservationStatus.WRAPPING);
    }
    return false;
  }

  /**
   * Refuses a reservation update Twilio would refuse from {@code from}.
   *
   * @throws IllegalStateException e.g. {@code Reservation WR… is already in state [accepted] and
   *     cannot be updated to [accepted]}
   */
  public static void checkReservation(
      ReservationSid reservation, ReservationStatus from, UpdateReservationRequest update) {
    Objects.requireNonNull(reservation, "reservation == null");
    update
        .reservationStatus()
        .ifPresent(
            to -> {
              if (!reservationAllows(from, to)) {
                throw new IllegalStateException(
                    "Reservation "
                        + reservation
                        + " is already in state ["
                        + from
                        + "] and cannot be updated to ["
                        + to
                        + "]");
              }
            });
    update
        .instruction()
        .ifPresent(
            instruction -> {
              if (from.isKnown() && !from.equals(ReservationStatus.PENDING)) {
                throw new IllegalStateException(
                    "Unable to execute "
                        + capitalized(instruction.value())
                        + " instruction. Reservation "
                        + reservation
                        + " is not currently in a Pending state (it is "
                        + from
                        + ")");
              }
            });
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
