package io.github.taskrouter4j.resource;

import io.github.taskrouter4j.resource.internal.Checks;
import io.github.taskrouter4j.resource.internal.Form;
import io.github.taskrouter4j.sid.WorkerSid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The request that lists TaskQueues: immutable, checked when built, rendered as Twilio's query
 * parameters by {@link #toQuery()}.
 *
 * <pre>{@code
 * ListTaskQueuesRequest request = ListTaskQueuesRequest.builder()
 *     .friendlyName(…)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ListTaskQueuesRequest {
  ListTaskQueuesRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListTaskQueuesRequest}; {@code build()} checks it and says what is wrong. */
  public static class Builder extends ImmutableListTaskQueuesRequest.Builder {
    Builder() {}
  }

  /** Only queues with this name. Sent as {@code FriendlyName}. */
  public abstract Optional<String> friendlyName();

  /**
   * Only queues whose target_workers match these worker attributes (JSON; Twilio limits these calls
   * to 3 per second). Sent as {@code EvaluateWorkerAttributes}.
   */
  public abstract Optional<String> evaluateWorkerAttributes();

  /** Only queues this worker is eligible for. Sent as {@code WorkerSid}. */
  public abstract Optional<WorkerSid> workerSid();

  /** The order, e.g. {@code DateCreated:desc}. Sent as {@code Ordering}. */
  public abstract Optional<String> ordering();

  /**
   * How many items Twilio returns per page (1 to 1000; Twilio's default is 50). Sent as {@code
   * PageSize}.
   */
  public abstract OptionalInt pageSize();

  /**
   * The query parameters, under Twilio's names, in the spec's order; absent values are left out and
   * repeated parameters have several values.
   */
  public Map<String, List<String>> toQuery() {
    return new Form()
        .put("FriendlyName", friendlyName())
        .put("EvaluateWorkerAttributes", evaluateWorkerAttributes())
        .put("WorkerSid", workerSid())
        .put("Ordering", ordering())
        .put("PageSize", pageSize())
        .build();
  }

  @Value.Check
  void check() {
    Checks.jsonObject(
        "ListTaskQueuesRequest.evaluateWorkerAttributes",
        evaluateWorkerAttributes(),
        Integer.MAX_VALUE);
    Checks.ordering("ListTaskQueuesRequest.ordering", ordering());
    Checks.range("ListTaskQueuesRequest.pageSize", pageSize(), 1, 1000L);
  }
}
