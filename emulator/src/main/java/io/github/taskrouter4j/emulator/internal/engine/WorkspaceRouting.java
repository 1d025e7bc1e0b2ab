package io.github.taskrouter4j.emulator.internal.engine;

import io.github.taskrouter4j.emulator.internal.state.QueueRec;
import io.github.taskrouter4j.emulator.internal.state.WorkerRec;
import io.github.taskrouter4j.emulator.internal.state.WorkflowRec;
import io.github.taskrouter4j.sid.ActivitySid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.expression.Expressions;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.TaskOrdering;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one {@link Router} per workflow (the {@code workflow.routing} engine users run to simulate
 * routing) in step with the workspace: every worker, queue and configuration change is handed to
 * every workflow's router incrementally, so the routing loop always asks an up-to-date engine where
 * a task goes and who may take it. Runs under the workspace lock.
 */
public final class WorkspaceRouting {
  private final WorkspaceState ws;

  /** Routers of tasks created with a TaskQueueSid and no workflow, by queue SID. */
  private final Map<String, Router> direct = new HashMap<>();

  WorkspaceRouting(WorkspaceState ws) {
    this.ws = ws;
  }

  /**
   * The router of tasks placed straight in {@code queue} (TaskQueueSid or a TaskQueue RoutingTarget
   * on creation): a workflow whose only step is that queue, as a default filter.
   */
  Router queueRouter(QueueRec queue) {
    return direct.computeIfAbsent(
        queue.sid,
        sid ->
            Router.builder()
                .configuration(
                    WorkflowConfiguration.fromJson(
                        "{\"task_routing\":{\"filters\":[],\"default_filter\":{\"queue\":\""
                            + sid
                            + "\"}}}"))
                .queues(queueDefinitions())
                .workers(workerStates())
                .clock(ws.emulation.clock)
                .build());
  }

  /** Gives {@code wf} a configuration: a new router, or the current one re-targeted. */
  public void configure(WorkflowRec wf, WorkflowConfiguration configuration) {
    wf.configuration = configuration;
    wf.router =
        wf.router == null
            ? Router.builder()
                .configuration(configuration)
                .queues(queueDefinitions())
                .workers(workerStates())
                .clock(ws.emulation.clock)
                .build()
            : wf.router.withConfiguration(configuration);
  }

  /** A worker was added, or its attributes, name, activity or idle time changed. */
  public void workerChanged(WorkerRec w) {
    if (ws.workers.get(w.sid) != w) {
      return;
    }
    WorkerState state = state(w);
    for (WorkflowRec wf : ws.workflows.values()) {
      wf.router = wf.router.withWorker(state);
    }
    direct.replaceAll((sid, router) -> router.withWorker(state));
  }

  /** A worker was deleted. */
  public void workerRemoved(WorkerRec w) {
    WorkerSid sid = WorkerSid.of(w.sid);
    for (WorkflowRec wf : ws.workflows.values()) {
      wf.router = wf.router.withoutWorker(sid);
    }
    direct.replaceAll((queue, router) -> router.withoutWorker(sid));
  }

  /** A queue was created, deleted, or its target_workers or task_order changed. */
  public void queuesChanged() {
    List<QueueDefinition> queues = queueDefinitions();
    for (WorkflowRec wf : ws.workflows.values()) {
      wf.router = wf.router.withQueues(queues);
    }
    direct.keySet().retainAll(ws.queues.keySet());
    direct.replaceAll((queue, router) -> router.withQueues(queues));
  }

  /** Whether {@code configuration} routes any task to the queue {@code queueSid}. */
  public static boolean routesTo(WorkflowConfiguration configuration, String queueSid) {
    TaskQueueSid sid = TaskQueueSid.of(queueSid);
    for (Filter filter : configuration.taskRouting().filters()) {
      for (Target target : filter.targets()) {
        if (target.queue().equals(sid)) {
          return true;
        }
      }
    }
    return configuration
        .taskRouting()
        .defaultFilter()
        .map(d -> d.queue().equals(sid))
        .orElse(false);
  }

  private List<QueueDefinition> queueDefinitions() {
    List<QueueDefinition> out = new ArrayList<>(ws.queues.size());
    for (QueueRec q : ws.queues.values()) {
      out.add(
          QueueDefinition.builder()
              .sid(TaskQueueSid.of(q.sid))
              .friendlyName(q.friendlyName)
              .targetWorkers(Expressions.parseWorkers(q.targetWorkersText))
              .taskOrder(TaskOrdering.fromTwilio(q.taskOrder))
              .build());
    }
    return out;
  }

  private List<WorkerState> workerStates() {
    List<WorkerState> out = new ArrayList<>(ws.workers.size());
    ws.workers.values().forEach(w -> out.add(state(w)));
    return out;
  }

  private static WorkerState state(WorkerRec w) {
    WorkerState.Builder b =
        WorkerState.builder()
            .sid(WorkerSid.of(w.sid))
            .friendlyName(w.friendlyName)
            .activity(ActivitySid.of(w.activity.sid), w.activity.friendlyName, w.available())
            .idleSince(w.idleSince);
    if (w.attributes.isObject()) {
      b.attributes(w.attributes);
    }
    return b.build();
  }
}
