package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceAsCodeTest {

  @Test
  void apply_againstEmulator_printsPlanResultAndAnEmptySecondPlan() {
    Output out = new Output();

    int code = WorkspaceAsCode.run(out.stream, Map.of(), "apply");

    String text = out.text();
    assertThat(code).as(text).isZero();
    assertThat(text)
        .startsWith("Running against the embedded TaskRouter emulator at http://127.0.0.1:")
        .containsPattern("Workspace \"Customer Support\": WS[0-9a-f]{32} \\(new\\)\n")
        .contains(
            "+ activity \"Busy\"\n"
                + "~ task_channel \"chat\" channel_optimized_routing: false -> true\n"
                + "+ task_queue \"Everyone\"\n"
                + "+ task_queue \"Sales\"\n"
                + "+ workflow \"Incoming Call Flow\"\n")
        .containsPattern(
            "\\? activity \"Unavailable\" WA[0-9a-f]{32}: not declared, kept \\(prune to delete\\)")
        .contains("Plan: 4 to create, 1 to update, 0 to delete, 4 unchanged, 5 unmanaged.\n")
        .contains("done      + workflow \"Incoming Call Flow\"\n")
        .containsPattern("Applied 5 changes to workspace WS[0-9a-f]{32}\\.\n")
        .endsWith("Planned again: No changes: 9 unchanged, 5 unmanaged.\n");
  }

  @Test
  void plan_json_printsThePlanAsJson() {
    Output out = new Output();

    int code = WorkspaceAsCode.run(out.stream, Map.of(), "plan", "--json");

    assertThat(code).isZero();
    assertThat(out.text())
        .containsPattern("\\{\n  \"workspace_sid\": \"WS[0-9a-f]{32}\",\n  \"prune\": false,")
        .contains("\"create\": 4,")
        .contains("\"field\": \"channel_optimized_routing\",\n          \"before\": false,")
        .doesNotContain("done ");
  }

  @Test
  void plan_prune_listsDeletionsInsteadOfUnmanaged() {
    Output out = new Output();

    WorkspaceAsCode.run(out.stream, Map.of(), "plan", "--prune");

    assertThat(out.text())
        .containsPattern("- task_channel \"video\" TC[0-9a-f]{32}\n")
        .containsPattern("- activity \"Unavailable\" WA[0-9a-f]{32}\n")
        .contains("Plan: 4 to create, 1 to update, 5 to delete, 4 unchanged, 0 unmanaged.");
  }

  @Test
  void plan_liveAgainstStandaloneEmulatorWorkspace_usesTheGivenWorkspace() {
    try (TaskRouterEmulator emulator = TaskRouterEmulator.start();
        TaskRouter tr = emulator.newClient()) {
      WorkspaceApi ws = tr.workspace(tr.workspaces().create(w -> w.friendlyName("Ops")).sid());
      Output out = new Output();
      Map<String, String> env =
          Map.of(
              "TWILIO_ACCOUNT_SID", emulator.credentials().accountSid().value(),
              "TWILIO_AUTH_TOKEN", emulator.credentials().authToken(),
              "TASKROUTER_BASE_URI", emulator.baseUri().toString());

      int code =
          WorkspaceAsCode.run(out.stream, env, "apply", "--live", "--workspace", ws.sid().value());

      assertThat(code).as(out.text()).isZero();
      assertThat(out.text())
          .startsWith("Running against TaskRouter at " + emulator.baseUri())
          .doesNotContain("(new)")
          .contains("Applied 5 changes to workspace " + ws.sid() + ".")
          .doesNotContain(emulator.credentials().authToken());
      assertThat(ws.workflows().list()).hasSize(1);
    }
  }

  @Test
  void run_liveWithoutCredentials_refusesBeforeSendingAnything() {
    Output out = new Output();

    int code =
        WorkspaceAsCode.run(
            out.stream,
            Map.of(),
            "plan",
            "--live",
            "--workspace",
            "WS0123456789abcdef0123456789abcdef");

    assertThat(code).isEqualTo(2);
    assertThat(out.text())
        .contains("--live needs Twilio credentials")
        .doesNotContain("Running against");
  }

  @Test
  void run_badUsage_saysWhatIsWrongAndExitsTwo() {
    assertUsageError("command: plan or apply", "--json");
    assertUsageError("unknown option --prnue", "plan", "--prnue");
    assertUsageError("--live needs --workspace WS…", "plan", "--live");
    assertUsageError(
        "--workspace only applies with --live",
        "plan",
        "--workspace",
        "WS0123456789abcdef0123456789abcdef");
    assertUsageError("--workspace: ", "plan", "--live", "--workspace", "WQ123");
    assertUsageError("one command, plan or apply, not both", "plan", "apply");
  }

  private static void assertUsageError(String message, String... args) {
    Output out = new Output();
    int code = WorkspaceAsCode.run(out.stream, Map.of(), args);
    assertThat(code).as(out.text()).isEqualTo(2);
    assertThat(out.text()).contains(message).contains("usage: WorkspaceAsCode plan|apply");
  }
}
