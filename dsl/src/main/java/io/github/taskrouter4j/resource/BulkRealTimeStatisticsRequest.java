package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.TaskQueueSid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The request that fetches the real-time statistics of up to 50 task queues in one call ({@code
 * POST …/TaskQueues/RealTimeStatistics}): immutable, checked when built, rendered as the JSON body
 * Twilio documents by {@link #toJson()}.
 *
 * <pre>{@code
 * BulkRealTimeStatisticsRequest request = BulkRealTimeStatisticsRequest.builder()
 *     .addQueueSids(sales, support)
 *     .build();
 * // {"queueSids":["WQ…","WQ…"]}
 * }</pre>
 */
@Value.Immutable
public abstract class BulkRealTimeStatisticsRequest {
  /** The most queues one request may name. */
  public static final int MAX_QUEUES = 50;

  BulkRealTimeStatisticsRequest() {}

  /** Starts building the request. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BulkRealTimeStatisticsRequest}; {@code build()} checks it and says what is
   * wrong.
   */
  public static class Builder extends ImmutableBulkRealTimeStatisticsRequest.Builder {
    Builder() {}
  }

  /**
   * The queues whose statistics are wanted, 1 to {@value #MAX_QUEUES}, answered in this order. Sent
   * as {@code queueSids}.
   */
  public abstract List<TaskQueueSid> queueSids();

  /** The JSON body: {@code {"queueSids":["WQ…", …]}}. */
  public ObjectNode toJson() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode sids = body.putArray("queueSids");
    queueSids().forEach(sid -> sids.add(sid.value()));
    return body;
  }

  @Value.Check
  void check() {
    if (queueSids().isEmpty() || queueSids().size() > MAX_QUEUES) {
      throw new IllegalArgumentException(
          "BulkRealTimeStatisticsRequest.queueSids must name 1 to "
              + MAX_QUEUES
              + " task queues, was "
              + queueSids().size());
    }
  }
}
