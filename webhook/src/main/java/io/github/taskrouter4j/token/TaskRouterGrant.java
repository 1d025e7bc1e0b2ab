package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code task_router} grant of an {@link AccessToken}: which workspace and worker the
 * TaskRouter JS SDK (v2) acts as, and the role.
 *
 * <pre>{@code
 * TaskRouterGrant.forWorker(workspace, worker)
 * // "task_router": {"workspace_sid":"WS…","worker_sid":"WK…","role":"worker"}
 * }</pre>
 */
@Value.Immutable
public abstract class TaskRouterGrant {

  TaskRouterGrant() {}

  /** A builder; every field is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grant a worker's browser needs: its workspace and worker, role {@code worker}.
   *
   * @param workspace the workspace
   * @param worker the worker
   */
  public static TaskRouterGrant forWorker(WorkspaceSid workspace, WorkerSid worker) {
    return builder().workspaceSid(workspace).workerSid(worker).role("worker").build();
  }

  /** {@code workspace_sid}. */
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** {@code worker_sid}. */
  public abstract Optional<WorkerSid> workerSid();

  /** {@code role}, for example {@code worker}. */
  public abstract Optional<String> role();

  ObjectNode toJson() {
    ObjectNode json = TokenJson.object();
    workspaceSid().ifPresent(s -> json.put("workspace_sid", s.value()));
    workerSid().ifPresent(s -> json.put("worker_sid", s.value()));
    role().ifPresent(r -> json.put("role", r));
    return json;
  }

  static TaskRouterGrant fromJson(JsonNode json) {
    Builder b = builder();
    if (json.hasNonNull("workspace_sid")) {
      b.workspaceSid(WorkspaceSid.of(json.get("workspace_sid").asText()));
    }
    if (json.hasNonNull("worker_sid")) {
      b.workerSid(WorkerSid.of(json.get("worker_sid").asText()));
    }
    if (json.hasNonNull("role")) {
      b.role(json.get("role").asText());
    }
    return b.build();
  }

  /** Builds a {@link TaskRouterGrant}. */
  public static final class Builder extends ImmutableTaskRouterGrant.Builder {
    Builder() {}
  }
}
