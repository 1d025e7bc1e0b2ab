package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.resource.Workspace;
import io.github.taskrouter4j.sid.InvalidSidException;
import io.github.taskrouter4j.sid.WorkspaceSid;
import io.github.taskrouter4j.workflow.WorkflowConfiguration;
import io.github.taskrouter4j.workspace.ActivityKey;
import io.github.taskrouter4j.workspace.ApplyResult;
import io.github.taskrouter4j.workspace.DeclaredActivity;
import io.github.taskrouter4j.workspace.DeclaredTaskChannel;
import io.github.taskrouter4j.workspace.DeclaredTaskQueue;
import io.github.taskrouter4j.workspace.DeclaredWorkflow;
import io.github.taskrouter4j.workspace.Plan;
import io.github.taskrouter4j.workspace.Prune;
import io.github.taskrouter4j.workspace.QueueKey;
import io.github.taskrouter4j.workspace.WorkspaceDefinition;
import io.github.taskrouter4j.workspace.WorkspacePlanException;
import io.github.taskrouter4j.workspace.WorkspaceSettings;
import io.github.taskrouter4j.workspace.WorkspaceSync;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The customer-support workspace declared in Java, planned and applied like infrastructure code.
 *
 * <pre>{@code
 * WorkspaceAsCode plan             # against a fresh workspace in the embedded emulator
 * WorkspaceAsCode apply            # plan, apply, and plan again (which shows no changes)
 * WorkspaceAsCode plan --live --workspace WS…   # against Twilio, TWILIO_* credentials set
 * }</pre>
 */
public final class WorkspaceAsCode {
  static final String USAGE =
      "usage: WorkspaceAsCode plan|apply [--json] [--prune] [--live --workspace WS…]\n"
          + "  plan         print what would change, one line a change\n"
          + "  apply        plan, make the changes, and plan again\n"
          + "  --json       print the plan as JSON instead of text\n"
          + "  --prune      delete live resources the definition does not declare\n"
          + "  (no --live)  run against a fresh workspace in the embedded emulator: offline\n"
          + "  --live       run against Twilio with TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN\n"
          + "               (or TWILIO_API_KEY and TWILIO_API_SECRET) on the workspace given\n"
          + "               by --workspace";

  /** Workers rest here; new workers start here. */
  public static final ActivityKey OFFLINE = ActivityKey.of("Offline");

  /** Workers take tasks. */
  public static final ActivityKey AVAILABLE = ActivityKey.of("Available");

  /** Workers are on a task: the queue moves them here on reservation and assignment. */
  public static final ActivityKey BUSY = ActivityKey.of("Busy");

  /** English-speaking sales agents. */
  public static final QueueKey SALES = QueueKey.of(CustomerSupport.QUEUE);

  /** Everyone, for what no filter takes. */
  public static final QueueKey EVERYONE = QueueKey.of("Everyone");

  private WorkspaceAsCode() {}

  /**
   * The workspace as code: three activities, two channels, two queues and the "Incoming Call Flow"
   * workflow, which sends gold tickets to Sales and the rest to Everyone.
   */
  public static WorkspaceDefinition definition() {
    WorkflowConfiguration routing =
        CustomerSupport.workflowConfiguration(SALES.ref()).toBuilder()
            .defaultQueue(EVERYONE.ref())
            .build();
    return WorkspaceDefinition.builder()
        .settings(
            WorkspaceSettings.builder().defaultActivity(OFFLINE).timeoutActivity(OFFLINE).build())
        .addActivities(
            DeclaredActivity.of(OFFLINE, false),
            DeclaredActivity.of(AVAILABLE, true),
            DeclaredActivity.of(BUSY, false))
        .addTaskChannels(DeclaredTaskChannel.of("voice", "Voice"))
        .addTaskChannels(
            DeclaredTaskChannel.builder("chat", "Chat").channelOptimizedRouting(true).build())
        .addTaskQueues(
            DeclaredTaskQueue.builder(SALES)
                .targetWorkers(CustomerSupport.QUEUE_TARGET_WORKERS)
                .reservationActivity(BUSY)
                .assignmentActivity(BUSY)
                .build(),
            DeclaredTaskQueue.builder(EVERYONE)
                .targetWorkers("1 == 1")
                .reservationActivity(BUSY)
                .assignmentActivity(BUSY)
                .build())
        .addWorkflows(
            DeclaredWorkflow.builder(CustomerSupport.WORKFLOW, routing)
                .taskReservationTimeout(Duration.ofSeconds(120))
                .build())
        .build();
  }

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.getenv(), args));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @param environment the process environment (read only with {@code --live})
   * @param args {@code plan} or {@code apply}, then options
   * @return 0 done, 1 failed or apply stopped at a refusal, 2 bad usage or missing credentials
   */
  public static int run(PrintStream out, Map<String, String> environment, String... args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("WorkspaceAsCode: " + e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      return 0;
    }
    if (options.live && !Backend.hasLiveCredentials(environment)) {
      out.println(
          "WorkspaceAsCode: --live needs Twilio credentials: set TWILIO_ACCOUNT_SID and"
              + " TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), or run without"
              + " --live to use the embedded emulator.");
      return 2;
    }
    try (Backend backend = options.live ? Backend.live(environment) : Backend.emulator()) {
      out.println("Running against " + backend.describe() + ".");
      WorkspaceApi ws = workspace(backend, options, out);
      return options.apply ? apply(ws, options, out) : plan(ws, options, out);
    } catch (WorkspacePlanException | IllegalArgumentException e) {
      out.println("WorkspaceAsCode failed: " + e.getMessage());
      return 1;
    }
  }

  private static WorkspaceApi workspace(Backend backend, Options options, PrintStream out) {
    TaskRouter tr = backend.client();
    if (options.workspace.isPresent()) {
      return tr.workspace(options.workspace.get());
    }
    Workspace created = tr.workspaces().create(w -> w.friendlyName(CustomerSupport.WORKSPACE));
    out.println("Workspace \"" + CustomerSupport.WORKSPACE + "\": " + created.sid() + " (new)");
    return tr.workspace(created.sid());
  }

  private static int plan(WorkspaceApi ws, Options options, PrintStream out) {
    Plan plan = WorkspaceSync.plan(definition(), ws, options.prune);
    out.print(options.json ? plan.toJson() : plan.toText());
    return 0;
  }

  private static int apply(WorkspaceApi ws, Options options, PrintStream out) {
    Plan plan = WorkspaceSync.plan(definition(), ws, options.prune);
    out.print(options.json ? plan.toJson() : plan.toText());
    ApplyResult result = WorkspaceSync.apply(plan);
    out.print(result.toText());
    if (!result.isComplete()) {
      return 1;
    }
    Plan again = WorkspaceSync.plan(definition(), ws, options.prune);
    out.println("Planned again: " + again.summary());
    return 0;
  }

  /** The command line. */
  private static final class Options {
    boolean apply;
    boolean help;
    boolean json;
    boolean live;
    Prune prune = Prune.KEEP_UNMANAGED;
    Optional<WorkspaceSid> workspace = Optional.empty();

    static Options parse(String... args) {
      Options options = new Options();
      Optional<String> command = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "plan", "apply" -> {
            if (command.isPresent()) {
              throw new IllegalArgumentException("give one command, plan or apply, not both");
            }
            command = Optional.of(args[i]);
          }
          case "--json" -> options.json = true;
          case "--prune" -> options.prune = Prune.DELETE_UNMANAGED;
          case "--live" -> options.live = true;
          case "--help", "-h" -> options.help = true;
          case "--workspace" -> {
            if (i + 1 == args.length) {
              throw new IllegalArgumentException("--workspace needs a workspace SID (WS…)");
            }
            options.workspace = Optional.of(workspaceSid(args[++i]));
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (options.help) {
        return options;
      }
      options.apply =
          command
              .orElseThrow(() -> new IllegalArgumentException("give a command: plan or apply"))
              .equals("apply");
      if (options.live && options.workspace.isEmpty()) {
        throw new IllegalArgumentException(
            "--live needs --workspace WS…: the workspace to plan against");
      }
      if (!options.live && options.workspace.isPresent()) {
        throw new IllegalArgumentException(
            "--workspace only applies with --live (the emulator starts empty)");
      }
      return options;
    }

    private static WorkspaceSid workspaceSid(String text) {
      try {
        return WorkspaceSid.of(text);
      } catch (InvalidSidException e) {
        throw new IllegalArgumentException("--workspace: " + e.getMessage(), e);
      }
    }
  }
}
