package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workflow.routing.QueueDefinition;
import io.github.taskrouter4j.workflow.routing.Router;
import io.github.taskrouter4j.workflow.routing.TaskOrdering;
import io.github.taskrouter4j.workflow.routing.WorkerState;
import java.time.Clock;
import java.util.List;

/**
 * Turns resources read from TaskRouter (or the emulator) into a local {@link Router}, to ask "where
 * would this task go, and to whom?" without another round trip.
 *
 * <pre>{@code
 * Router router = LocalRouter.of(workflow.configuration(),
 *     ws.taskQueues().list().toList(), ws.workers().list().toList(), Clock.systemUTC());
 * router.route(task.attributes());
 * }</pre>
 */
public final class LocalRouter {
  private LocalRouter() {}

  /**
   * A router over this configuration, these queues and these workers as they are now.
   *
   * @param configuration the workflow's configuration
   * @param queues the workspace's task queues
   * @param workers the workspace's workers
   * @param clock the time expressions such as {@code taskrouter.currentTime} see
   * @return the router
   */
  public static Router of(
      WorkflowConfiguration configuration,
      List<TaskQueue> queues,
      List<Worker> workers,
      Clock clock) {
    Router.Builder builder = Router.builder().configuration(configuration).clock(clock);
    for (TaskQueue queue : queues) {
      builder.queue(queue(queue));
    }
    for (Worker worker : workers) {
      builder.worker(worker(worker));
    }
    return builder.build();
  }

  /** A queue as the routing engine sees it: SID, name, {@code target_workers}, task order. */
  public static QueueDefinition queue(TaskQueue queue) {
    return QueueDefinition.builder()
        .sid(queue.sid())
        .friendlyName(queue.friendlyName().orElse(queue.sid().value()))
        .targetWorkers(queue.targetWorkers().orElse("1==1"))
        .taskOrder(TaskOrdering.fromTwilio(queue.taskOrder().value()))
        .build();
  }

  /** A worker as the routing engine sees it: SID, name, attributes, activity and availability. */
  public static WorkerState worker(Worker worker) {
    WorkerState.Builder state =
        WorkerState.builder()
            .sid(worker.sid())
            .friendlyName(worker.friendlyName().orElse(worker.sid().value()))
            .attributes(worker.attributes());
    boolean available = worker.available().orElse(false);
    worker
        .activitySid()
        .ifPresentOrElse(
            activity -> state.activity(activity, worker.activityName().orElse(""), available),
            () -> state.available(available));
    if (available) {
      worker.dateStatusChanged().ifPresent(state::idleSince);
    }
    return state.build();
  }
}
