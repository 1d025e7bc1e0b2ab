package io.github.taskrouter4j.emulator.internal.api;

import io.github.taskrouter4j.emulator.internal.engine.WorkspaceState;
import io.github.taskrouter4j.emulator.internal.http.ApiError;
import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.InvalidConfigurationException;
import io.github.taskrouter4j.workflow.Problem;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.WorkspaceSnapshot;
import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a workflow configuration with {@code workflow-config} (the same model and linter users run)
 * and checks it against the workspace's queues and workers; refused configurations get Twilio's
 * 20001 with every error and its JSON path. Routing itself is the workflow's {@link
 * io.github.taskrouter4j.workflow.routing.Router}.
 */
final class WorkflowValidation {
  private WorkflowValidation() {}

  /**
   * Reads and lints {@code text}; refuses it with a 20001 error listing every error with its JSON
   * path when it is not a valid configuration for this workspace.
   */
  static WorkflowConfiguration validate(String text, WorkspaceState ws) {
    WorkflowConfiguration configuration;
    try {
      configuration = WorkflowConfiguration.fromJson(text);
    } catch (InvalidConfigurationException e) {
      throw refused(e.problems());
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Invalid Configuration: " + e.getMessage());
    }
    WorkspaceSnapshot.Builder snapshot = WorkspaceSnapshot.builder();
    for (QueueRec q : ws.queues.values()) {
      snapshot.queue(TaskQueueSid.of(q.sid));
    }
    for (WorkerRec w : ws.workers.values()) {
      snapshot.worker(WorkerSid.of(w.sid), w.friendlyName);
    }
    List<Problem> problems = configuration.lint(snapshot.build());
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      throw refused(problems);
    }
    return configuration;
  }

  private static ApiError refused(List<Problem> problems) {
    String errors =
        problems.stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(p -> p.path() + ": " + p.message() + " [" + p.code() + "]")
            .collect(Collectors.joining("; "));
    return ApiError.invalid("Invalid Configuration: " + errors);
  }

  /** A {@code known_worker_sid} value that is a literal SID rather than a task attribute. */
  static boolean isLiteralWorkerSid(String value) {
    try {
      WorkerSid.of(value);
      return true;
    } catch (InvalidSidException e) {
      return false;
    }
  }
}
