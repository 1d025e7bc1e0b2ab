package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Worker Instance Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.worker_instance_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkerInstanceStatistics.class)
@JsonDeserialize(as = ImmutableWorkerInstanceStatistics.class)
public abstract class WorkerInstanceStatistics {
  WorkerInstanceStatistics() {}

  /** Starts building a Worker Instance Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerInstanceStatistics}. */
  public static class Builder extends ImmutableWorkerInstanceStatistics.Builder {
    Builder() {}
  }

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** An object that contains the cumulative statistics for the Worker. */
  @JsonProperty("cumulative")
  public abstract Optional<JsonNode> cumulative();

  /** The SID of the Worker that contains the WorkerChannel. */
  @JsonProperty("worker_sid")
  public abstract Optional<WorkerSid> workerSid();

  /** The SID of the Workspace that contains the WorkerChannel. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the WorkerChannel statistics resource. */
  @JsonProperty("url")
  public abstract Optional<URI> url();

  /**
   * Fields Twilio sent that this version of the library does not model, kept so that a round trip
   * loses nothing.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * {@link #cumulative()} read as typed values (Twilio nests the same fields it returns from the
   * cumulative statistics endpoint).
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<WorkersCumulativeStatistics> cumulativeStatistics() {
    return cumulative()
        .map(node -> Resources.mapper().convertValue(node, WorkersCumulativeStatistics.class));
  }
}
