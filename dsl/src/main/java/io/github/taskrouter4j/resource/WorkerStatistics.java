package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A TaskRouter Worker Statistics, as Twilio returns it (schema {@code
 * taskrouter.v1.workspace.worker.worker_statistics}).
 *
 * <p>Decode and encode with {@link Resources#mapper()}; every field Twilio may leave out or send as
 * {@code null} is {@code Optional}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkerStatistics.class)
@JsonDeserialize(as = ImmutableWorkerStatistics.class)
public abstract class WorkerStatistics {
  WorkerStatistics() {}

  /** Starts building a Worker Statistics, as the emulator does when it answers. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerStatistics}. */
  public static class Builder extends ImmutableWorkerStatistics.Builder {
    Builder() {}
  }

  /** An object that contains the real-time statistics for the Worker. */
  @JsonProperty("realtime")
  public abstract Optional<JsonNode> realtime();

  /** An object that contains the cumulative statistics for the Worker. */
  @JsonProperty("cumulative")
  public abstract Optional<JsonNode> cumulative();

  /** The SID of the Account that created the Worker resource. */
  @JsonProperty("account_sid")
  public abstract Optional<AccountSid> accountSid();

  /** The SID of the Workspace that contains the Worker. */
  @JsonProperty("workspace_sid")
  public abstract Optional<WorkspaceSid> workspaceSid();

  /** The absolute URL of the Worker statistics resource. */
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

  /** {@link #realtime()} read as typed values. */
  @JsonIgnore
  @Value.Lazy
  public Optional<WorkersRealTimeStatistics> realTimeStatistics() {
    return realtime()
        .map(node -> Resources.mapper().convertValue(node, WorkersRealTimeStatistics.class));
  }
}
