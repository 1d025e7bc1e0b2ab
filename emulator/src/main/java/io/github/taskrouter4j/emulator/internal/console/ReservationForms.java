package io.github.taskrouter4j.emulator.internal.console;

import static io.github.taskrouter4j.emulator.internal.console.Html.form;
import static io.github.taskrouter4j.emulator.internal.console.Html.hidden;

import io.github.taskrouter4j.emulator.internal.state.ReservationRec;

/** The accept, reject and complete buttons of one reservation. */
final class ReservationForms {
  private ReservationForms() {}

  static String buttons(String base, String csrf, ReservationRec r, String back) {
    String fields =
        hidden("TaskSid", r.task.sid) + hidden("ReservationSid", r.sid) + hidden("back", back);
    if ("pending".equals(r.status)) {
      return form(base + "/accept", csrf, fields, "Accept", "accept-" + r.sid)
          + form(base + "/reject", csrf, fields, "Reject", "reject-" + r.sid);
    }
    if ("accepted".equals(r.status) && "assigned".equals(r.task.status)) {
      return form(base + "/complete", csrf, fields, "Complete", "complete-" + r.sid);
    }
    return "";
  }
}
