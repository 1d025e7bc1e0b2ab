package io.github.taskrouter4j.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Twilio's OpenAPI description of TaskRouter v1, from the test resources. */
public final class Spec {
  /** The schema name of every resource, and the class that models it. */
  public static final Map<String, Class<?>> SCHEMAS = new LinkedHashMap<>();

  static {
    String p = "taskrouter.v1.workspace";
    SCHEMAS.put(p, Workspace.class);
    SCHEMAS.put(p + ".activity", Activity.class);
    SCHEMAS.put(p + ".event", Event.class);
    SCHEMAS.put(p + ".task", Task.class);
    SCHEMAS.put(p + ".task_channel", TaskChannel.class);
    SCHEMAS.put(p + ".task_queue", TaskQueue.class);
    SCHEMAS.put(
        p + ".task_queue.task_queue_bulk_real_time_statistics",
        TaskQueueBulkRealTimeStatistics.class);
    SCHEMAS.put(
        p + ".task_queue.task_queue_cumulative_statistics", TaskQueueCumulativeStatistics.class);
    SCHEMAS.put(
        p + ".task_queue.task_queue_real_time_statistics", TaskQueueRealTimeStatistics.class);
    SCHEMAS.put(p + ".task_queue.task_queue_statistics", TaskQueueStatistics.class);
    SCHEMAS.put(p + ".task_queue.task_queues_statistics", TaskQueuesStatistics.class);
    SCHEMAS.put(p + ".task.task_reservation", TaskReservation.class);
    SCHEMAS.put(p + ".worker", Worker.class);
    SCHEMAS.put(p + ".worker.worker_channel", WorkerChannel.class);
    SCHEMAS.put(p + ".worker.worker_instance_statistics", WorkerInstanceStatistics.class);
    SCHEMAS.put(p + ".worker.worker_reservation", WorkerReservation.class);
    SCHEMAS.put(p + ".worker.worker_statistics", WorkerStatistics.class);
    SCHEMAS.put(p + ".worker.workers_cumulative_statistics", WorkersCumulativeStatistics.class);
    SCHEMAS.put(p + ".worker.workers_real_time_statistics", WorkersRealTimeStatistics.class);
    SCHEMAS.put(p + ".workflow", Workflow.class);
    SCHEMAS.put(p + ".workflow.workflow_cumulative_statistics", WorkflowCumulativeStatistics.class);
    SCHEMAS.put(p + ".workflow.workflow_real_time_statistics", WorkflowRealTimeStatistics.class);
    SCHEMAS.put(p + ".workflow.workflow_statistics", WorkflowStatistics.class);
    SCHEMAS.put(p + ".workspace_cumulative_statistics", WorkspaceCumulativeStatistics.class);
    SCHEMAS.put(p + ".workspace_real_time_statistics", WorkspaceRealTimeStatistics.class);
    SCHEMAS.put(p + ".workspace_statistics", WorkspaceStatistics.class);
  }

  private static final JsonNode ROOT = load();

  private Spec() {}

  /** The whole spec. */
  public static JsonNode root() {
    return ROOT;
  }

  /** {@code components.schemas.<name>}. */
  public static JsonNode schema(String name) {
    return ROOT.path("components").path("schemas").path(name);
  }

  /** One operation of the spec. */
  public static final class Operation {
    public final String id;
    public final String method;
    public final String path;
    public final JsonNode node;

    Operation(String id, String method, String path, JsonNode node) {
      this.id = id;
      this.method = method;
      this.path = path;
      this.node = node;
    }

    /** Names of the query and header parameters. */
    public List<String> parameterNames(String in) {
      List<String> names = new ArrayList<>();
      for (JsonNode p : node.path("parameters")) {
        if (p.path("in").asText().equals(in)) {
          names.add(p.path("name").asText());
        }
      }
      return names;
    }

    /** Names of the form parameters. */
    public List<String> formNames() {
      List<String> names = new ArrayList<>();
      node.path("requestBody")
          .path("content")
          .path("application/x-www-form-urlencoded")
          .path("schema")
          .path("properties")
          .fieldNames()
          .forEachRemaining(names::add);
      return names;
    }

    /** The success response: {@code 200}, {@code 201} or {@code 204}. */
    public Map.Entry<String, JsonNode> success() {
      Iterator<Map.Entry<String, JsonNode>> it = node.path("responses").fields();
      return it.next();
    }

    @Override
    public String toString() {
      return id + " " + method + " " + path;
    }
  }

  private static final List<Operation> OPERATIONS = List.copyOf(readOperations());

  /** Every operation, in the spec's order. */
  public static List<Operation> operations() {
    return OPERATIONS;
  }

  private static List<Operation> readOperations() {
    List<Operation> ops = new ArrayList<>();
    ROOT.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (m.getValue().has("operationId")) {
                            ops.add(
                                new Operation(
                                    m.getValue().path("operationId").asText(),
                                    m.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    m.getValue()));
                          }
                        }));
    return ops;
  }

  private static JsonNode load() {
    try (InputStream in = Spec.class.getResourceAsStream("/spec/twilio_taskrouter_v1.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
