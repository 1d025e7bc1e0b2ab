package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.Activity;
import io.github.taskrouter4j.resource.Task;
import io.github.taskrouter4j.resource.TaskQueue;
import io.github.taskrouter4j.resource.TaskReservation;
import io.github.taskrouter4j.resource.Worker;
import io.github.taskrouter4j.resource.Workflow;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.resource.WorkspaceTemplate;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The seed's six steps in the fluent DSL, then what happens next: the task is routed, reserved for
 * Jamie, accepted and completed.
 *
 * <pre>{@code
 * ./quickstart            # offline, against the embedded emulator
 * ./quickstart --live     # against Twilio, with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN set
 * }</pre>
 *
 * <p>Prints each SID as it is created, where the task went and to whom, and a routing summary that
 * compares what the server did with the local simulation of the same workflow. On Twilio the
 * workspace is deleted at the end unless {@code --keep} is given.
 */
public final class Quickstart {
  static final String USAGE =
      "usage: ./quickstart [--live [--keep]]\n"
          + "  (no option)  run against the embedded TaskRouter emulator: offline, no credentials\n"
          + "  --live       run against Twilio with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN\n"
          + "               (or TWILIO_API_KEY and TWILIO_API_SECRET); creates real resources\n"
          + "  --keep       with --live: keep the workspace instead of deleting it at the end\n"
          + "  TASKROUTER_BASE_URI=http://127.0.0.1:8080  with --live: send the requests there\n"
          + "               instead of Twilio, e.g. to a standalone emulator";

  private Quickstart() {}

  /** Runs the quickstart and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.getenv(), args));
  }

  /**
   * Runs the quickstart.
   *
   * @param out where to print
   * @param environment the process environment (read only with {@code --live})
   * @param args the command-line options
   * @return the exit code: 0 done, 1 failed, 2 bad usage or missing credentials
   */
  public static int run(PrintStream out, Map<String, String> environment, String... args) {
    boolean live = false;
    boolean keep = false;
    for (String arg : args) {
      switch (arg) {
        case "--live" -> live = true;
        case "--keep" -> keep = true;
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          out.println("quickstart: unknown option " + arg);
          out.println(USAGE);
          return 2;
        }
      }
    }
    if (keep && !live) {
      out.println("quickstart: --keep only applies with --live (the emulator keeps nothing)");
      return 2;
    }
    if (live && !Backend.hasLiveCredentials(environment)) {
      out.println(
          "quickstart: --live needs Twilio credentials: set TWILIO_ACCOUNT_SID and"
              + " TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), or run without"
              + " --live to use the embedded emulator.");
      return 2;
    }
    try (Backend backend = live ? Backend.live(environment) : Backend.emulator()) {
      out.println("Running against " + backend.describe() + ".");
      return new Quickstart.Run(backend, out, keep).call();
    } catch (RuntimeException e) {
      out.println("quickstart failed: " + e);
      return 1;
    }
  }

  /** One run: the resources it made, so that a live run can clean up after itself. */
  private static final class Run {
    private final Backend backend;
    private final TaskRouter tr;
    private final PrintStream out;
    private final boolean keep;

    Run(Backend backend, PrintStream out, boolean keep) {
      this.backend = backend;
      this.tr = backend.client();
      this.out = out;
      this.keep = keep;
    }

    int call() {
      // 1. A workspace from the FIFO template: default activities, a sample queue and workflow.
      Workspace workspace =
          tr.workspaces()
              .create(
                  w ->
                      w.friendlyName(CustomerSupport.WORKSPACE)
                          .template(WorkspaceTemplate.FIFO)
                          // one task at a time, so the queue's activities below apply
                          .multiTaskEnabled(false));
      out.println("Workspace " + quoted(CustomerSupport.WORKSPACE) + ": " + workspace.sid());
      WorkspaceApi ws = tr.workspace(workspace.sid());
      try {
        return inWorkspace(ws);
      } finally {
        if (backend.isLive() && !keep) {
          ws.delete();
          out.println("Deleted workspace " + workspace.sid() + " (use --keep to keep it).");
        }
      }
    }

    private int inWorkspace(WorkspaceApi ws) {
      Activity available = activityNamed(ws, "Available");
      Activity unavailable = activityNamed(ws, "Unavailable");

      // 2. An activity in which workers take no tasks.
      Activity coffeeBreak =
          ws.activities()
              .create(a -> a.friendlyName(CustomerSupport.COFFEE_BREAK).available(false));
      out.println(
          "Activity "
              + quoted(CustomerSupport.COFFEE_BREAK)
              + " (unavailable): "
              + coffeeBreak.sid());

      // 3. A worker with JSON attributes, ready to take tasks.
      Worker jamie =
          ws.workers()
              .create(
                  w ->
                      w.friendlyName(CustomerSupport.WORKER)
                          .attributes(CustomerSupport.WORKER_ATTRIBUTES)
                          .activity(available));
      out.println("Worker " + quoted(CustomerSupport.WORKER) + ": " + jamie.sid());

      // 4. A queue of English speakers; reserved and assigned workers become Unavailable.
      TaskQueue sales =
          ws.taskQueues()
              .create(
                  q ->
                      q.friendlyName(CustomerSupport.QUEUE)
                          .targetWorkers(CustomerSupport.QUEUE_TARGET_WORKERS)
                          .reservationActivity(unavailable)
                          .assignmentActivity(unavailable));
      out.println("TaskQueue " + quoted(CustomerSupport.QUEUE) + ": " + sales.sid());

      // 5. The workflow, its configuration built and checked in Java (it names the queue, so the
      //    queue comes first).
      WorkflowConfiguration configuration = CustomerSupport.workflowConfiguration(sales.sid());
      Workflow workflow =
          ws.workflows()
              .create(
                  w ->
                      w.friendlyName(CustomerSupport.WORKFLOW)
                          .configuration(configuration)
                          .taskReservationTimeout(Duration.ofSeconds(120)));
      out.println("Workflow " + quoted(CustomerSupport.WORKFLOW) + ": " + workflow.sid());

      // 6. A task with the seed's attributes.
      Task task =
          ws.tasks()
              .create(
                  t -> t.workflowSid(workflow.sid()).attributes(CustomerSupport.TASK_ATTRIBUTES));
      out.println("Task " + CustomerSupport.TASK_ATTRIBUTES + ": " + task.sid());

      // What happened next: TaskRouter routed the task and reserved a worker.
      TaskReservation reservation = Reservations.awaitPending(ws, task.sid(), timeout());
      Task routed = ws.tasks().fetch(task.sid());
      out.println();
      out.println(
          "The task waits in queue "
              + quoted(routed.taskQueueFriendlyName().orElse("?"))
              + " at priority "
              + routed.priority()
              + ", reserved for "
              + reservation.workerName().orElse("?")
              + " ("
              + reservation.workerSid().map(Object::toString).orElse("?")
              + "): reservation "
              + reservation.sid()
              + " is "
              + status(reservation)
              + ".");

      TaskReservation accepted =
          ws.task(task.sid()).reservations().update(reservation, r -> r.accept());
      Task assigned = ws.tasks().fetch(task.sid());
      out.println(
          "Jamie accepted: reservation "
              + status(accepted)
              + ", task "
              + assigned.assignmentStatus()
              + ", Jamie is "
              + ws.workers().fetch(jamie.sid()).activityName().orElse("?")
              + ".");

      Task completed = ws.tasks().complete(task.sid(), "Resolved by Jamie");
      out.println(
          "Jamie completed the task: task "
              + completed.assignmentStatus()
              + " (reason: "
              + completed.reason().orElse("")
              + ").");
      Worker back = ws.workers().update(jamie.sid(), w -> w.activitySid(available.sid()));
      out.println("Jamie is " + back.activityName().orElse("?") + " again.");

      out.println();
      RoutingSummary.print(
          out, configuration, List.of(sales), List.of(ws.workers().fetch(jamie.sid())), routed);
      return 0;
    }

    private Duration timeout() {
      return backend.isLive() ? Duration.ofSeconds(30) : Duration.ofSeconds(10);
    }
  }

  static Activity activityNamed(WorkspaceApi ws, String name) {
    return ws.activities()
        .list(a -> a.friendlyName(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "workspace " + ws.sid() + " has no activity named " + quoted(name)));
  }

  static String status(TaskReservation reservation) {
    return reservation.reservationStatus().toString();
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
