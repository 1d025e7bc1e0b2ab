package io.github.taskrouter4j.benchmarks;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.EmulatorClock;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskAssignmentStatus;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkflowSid;
import io.github.taskrouter4j.workflow.Filter;
import io.github.taskrouter4j.workflow.Target;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.util.Map;

/**
 * An emulator started through its public API with workers spread over queues ({@code queue == i}
 * target_workers, one workflow filter per queue), driven by the dsl's {@code TaskRouter} client:
 * the workload shared by {@link EmulatorRoutingBenchmark} and {@link EmulatorSoak}.
 */
final class EmulatorWorkload implements AutoCloseable {
  /** The dsl client over loopback HTTP. */
  static final String HTTP = "http";

  /** The dsl client handing requests straight to the emulator, no socket. */
  static final String IN_PROCESS = "inprocess";

  /** A level no worker has (workers have levels 0 to 6). */
  private static final int UNMATCHED_LEVEL = 99;

  final TaskRouterEmulator emulator;
  final TaskRouter client;
  final WorkspaceApi workspace;
  final Activity available;
  final Activity offline;
  final WorkerSid firstWorker;
  private final WorkflowSid workflow;
  private final int queues;

  /**
   * Starts the emulator and sets up the workspace.
   *
   * @param transport how the client reaches the emulator: {@code http} (loopback sockets) or {@code
   *     inprocess} ({@link TaskRouterEmulator#newInProcessClient()})
   * @throws IllegalArgumentException if the transport is not one of those
   */
  EmulatorWorkload(int workers, int queues, int serverThreads, String transport) {
    if (!HTTP.equals(transport) && !IN_PROCESS.equals(transport)) {
      throw new IllegalArgumentException(
          "transport must be \""
              + HTTP
              + "\" (the dsl client over loopback HTTP) or \""
              + IN_PROCESS
              + "\" (no socket), was \""
              + transport
              + "\"");
    }
    this.queues = queues;
    this.emulator =
        TaskRouterEmulator.builder().clock(EmulatorClock.manual()).threads(serverThreads).start();
    this.client = HTTP.equals(transport) ? emulator.newClient() : emulator.newInProcessClient();
    this.workspace =
        client.workspace(client.workspaces().create(w -> w.friendlyName("bench")).sid());
    this.available = activity("Available");
    this.offline = activity("Offline");
    WorkflowConfiguration.Builder config = WorkflowConfiguration.builder();
    for (int q = 0; q < queues; q++) {
      String expression = "queue == " + q;
      String name = "q" + q;
      TaskQueue queue =
          workspace.taskQueues().create(b -> b.friendlyName(name).targetWorkers(expression));
      if (q == 0) {
        // Backlog tasks wait in queue 0 for a worker of their level, which nobody has.
        config.filter(
            Filter.named("backlog")
                .when("backlog == true")
                .target(Target.queue(queue.sid()).expression("worker.level == task.level")));
      }
      config.filter(Filter.named(name).when(expression).target(Target.queue(queue.sid())));
    }
    WorkflowConfiguration routing = config.build();
    this.workflow =
        workspace.workflows().create(w -> w.friendlyName("bench").configuration(routing)).sid();
    WorkerSid first = null;
    for (int w = 0; w < workers; w++) {
      String name = "w" + w;
      Map<String, Object> attributes = Map.of("queue", w % queues, "level", w % 7);
      WorkerSid sid =
          workspace
              .workers()
              .create(b -> b.friendlyName(name).activity(available).attributes(attributes))
              .sid();
      first = first == null ? sid : first;
    }
    this.firstWorker = first;
  }

  private Activity activity(String name) {
    return workspace.activities().list(q -> q.friendlyName(name)).findFirst().orElseThrow();
  }

  /**
   * Create → reserved at once → accepted → completed, for a task of queue {@code n % queues};
   * deletes the task afterwards unless {@code keep}.
   */
  void lifecycle(int n, boolean keep) {
    Task task =
        workspace
            .tasks()
            .create(t -> t.workflowSid(workflow).attributes(Map.of("queue", n % queues)));
    if (task.assignmentStatus() != TaskAssignmentStatus.RESERVED) {
      throw new IllegalStateException("task not reserved at once: " + task);
    }
    TaskReservation reservation =
        workspace.task(task.sid()).reservations().list().findFirst().orElseThrow();
    workspace.task(task.sid()).reservations().update(reservation.sid(), u -> u.accept());
    workspace.tasks().complete(task.sid(), "done");
    if (!keep) {
      workspace.tasks().delete(task.sid());
    }
  }

  /**
   * Creates {@code tasks} tasks that wait in the first worker's queue for a worker of a level
   * nobody has: each time a worker of that queue becomes available, the emulator must find that
   * none of them is for it.
   */
  void backlog(int tasks) {
    for (int i = 0; i < tasks; i++) {
      int n = i;
      workspace
          .tasks()
          .create(
              t ->
                  t.workflowSid(workflow)
                      .attributes(Map.of("backlog", true, "level", UNMATCHED_LEVEL, "n", n)));
    }
  }

  /** Moves the first worker offline and back to available: two activity changes. */
  void toggleFirstWorker() {
    workspace.workers().update(firstWorker, w -> w.activity(offline));
    workspace.workers().update(firstWorker, w -> w.activity(available));
  }

  @Override
  public void close() {
    client.close();
    emulator.close();
  }
}
