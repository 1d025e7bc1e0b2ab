package io.github.taskrouter4j;

import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.sid.TaskSid;
import java.util.Map;
import java.util.Objects;

/** One task and its reservations; from {@code tr.workspace(ws).task(sid)}. */
public final class TaskApi {
  private final Calls calls;
  private final TaskSid sid;
  private final String base;

  TaskApi(Calls calls, String workspacePath, TaskSid sid) {
    this.calls = calls;
    this.sid = Objects.requireNonNull(sid, "sid == null");
    this.base = workspacePath + "/Tasks/" + sid.value();
  }

  /** The task's SID. */
  public TaskSid sid() {
    return sid;
  }

  /** Fetches the task, with its ETag and attributes. */
  public Task fetch() {
    return calls.get(base, Map.of(), Task.class);
  }

  /** The task's reservations. */
  public TaskReservationsApi reservations() {
    return new TaskReservationsApi(calls, base + "/Reservations");
  }
}
