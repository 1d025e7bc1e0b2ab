package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.emulator.EmulatorCredentials;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.sid.AccountSid;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void run_againstEmulator_printsSidsRoutingAcceptanceAndSummary() {
    Output out = new Output();

    int code = Quickstart.run(out.stream, Map.of());

    String text = out.text();
    assertThat(code).as(text).isZero();
    assertThat(text)
        .contains("Running against the embedded TaskRouter emulator at http://127.0.0.1:")
        .containsPattern("Workspace \"Customer Support\": WS[0-9a-f]{32}\n")
        .containsPattern("Activity \"Coffee Break\" \\(unavailable\\): WA[0-9a-f]{32}\n")
        .containsPattern("Worker \"Jamie\": WK[0-9a-f]{32}\n")
        .containsPattern("TaskQueue \"Sales\": WQ[0-9a-f]{32}\n")
        .containsPattern("Workflow \"Incoming Call Flow\": WW[0-9a-f]{32}\n")
        .containsPattern(
            "Task \\{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"language\":\"EN\"\\}:"
                + " WT[0-9a-f]{32}\n")
        .containsPattern(
            "The task waits in queue \"Sales\" at priority 2, reserved for Jamie \\(WK[0-9a-f]{32}\\):"
                + " reservation WR[0-9a-f]{32} is pending\\.")
        .contains("Jamie accepted: reservation accepted, task assigned, Jamie is Unavailable.")
        .contains("Jamie completed the task: task completed (reason: Resolved by Jamie).")
        .contains("Jamie is Available again.")
        .contains("  server:    queue \"Sales\", priority 2")
        .contains(
            "  simulated: filter \"Gold Tickets\" -> queue \"Sales\", priority 2, first worker Jamie")
        .contains("The server and the local simulation agree.")
        .contains("matched filter [0] \"Gold Tickets\"");
  }

  @Test
  void run_sidsPrintedInSeedOrder() {
    Output out = new Output();

    Quickstart.run(out.stream, Map.of());

    assertThat(out.text())
        .containsSubsequence(
            "Workspace ", "Activity ", "Worker ", "TaskQueue ", "Workflow ", "Task {");
  }

  @Test
  void run_liveWithoutCredentials_refusesBeforeCreatingAnything() {
    Output out = new Output();

    int code = Quickstart.run(out.stream, Map.of("TWILIO_ACCOUNT_SID", "AC123"), "--live");

    assertThat(code).isEqualTo(2);
    assertThat(out.text())
        .contains("--live needs Twilio credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
        .doesNotContain("Workspace")
        .doesNotContain("Running against");
  }

  @Test
  void run_credentialsWithoutLiveFlag_staysOnTheEmulator() {
    Output out = new Output();
    Map<String, String> env =
        Map.of(
            "TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000",
            "TWILIO_AUTH_TOKEN", "not-a-real-token");

    int code = Quickstart.run(out.stream, env);

    assertThat(code).isZero();
    assertThat(out.text())
        .contains("Running against the embedded TaskRouter emulator")
        .doesNotContain("not-a-real-token");
  }

  @Test
  void run_liveAgainstStandaloneEmulator_saysWhereBeforeCreatingAndDeletesWorkspace() {
    EmulatorCredentials credentials =
        EmulatorCredentials.of(AccountSid.of("AC0123456789abcdef0123456789abcdef"), "s3cr3t-token");
    try (TaskRouterEmulator emulator =
        TaskRouterEmulator.builder().credentials(credentials).start()) {
      Output out = new Output();
      Map<String, String> env =
          Map.of(
              "TWILIO_ACCOUNT_SID", credentials.accountSid().value(),
              "TWILIO_AUTH_TOKEN", credentials.authToken(),
              "TASKROUTER_BASE_URI", emulator.baseUri().toString());

      int code = Quickstart.run(out.stream, env, "--live");

      String text = out.text();
      assertThat(code).as(text).isZero();
      assertThat(text)
          .startsWith(
              "Running against TaskRouter at "
                  + emulator.baseUri()
                  + " (live, from TASKROUTER_BASE_URI).\nWorkspace ")
          .containsPattern("Deleted workspace WS[0-9a-f]{32} \\(use --keep to keep it\\)\\.")
          .doesNotContain("s3cr3t-token");
      try (TaskRouter client = emulator.newClient()) {
        assertThat(client.workspaces().list()).isEmpty();
      }
    }
  }

  @Test
  void run_liveWithKeep_keepsWorkspace() {
    try (TaskRouterEmulator emulator = TaskRouterEmulator.start()) {
      Output out = new Output();
      Map<String, String> env =
          Map.of(
              "TWILIO_ACCOUNT_SID", emulator.credentials().accountSid().value(),
              "TWILIO_AUTH_TOKEN", emulator.credentials().authToken(),
              "TASKROUTER_BASE_URI", emulator.baseUri().toString());

      int code = Quickstart.run(out.stream, env, "--live", "--keep");

      assertThat(code).as(out.text()).isZero();
      assertThat(out.text()).doesNotContain("Deleted workspace");
      try (TaskRouter client = emulator.newClient()) {
        assertThat(client.workspaces().list())
            .extracting(w -> w.friendlyName().orElse(""))
            .containsExactly("Customer Support");
      }
    }
  }

  @Test
  void run_liveWithBadBaseUri_failsWithClearMessage() {
    Output out = new Output();
    Map<String, String> env =
        Map.of(
            "TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef",
            "TWILIO_AUTH_TOKEN", "t",
            "TASKROUTER_BASE_URI", "localhost:8080");

    int code = Quickstart.run(out.stream, env, "--live");

    assertThat(code).isEqualTo(1);
    assertThat(out.text())
        .contains("TASKROUTER_BASE_URI must be an absolute http(s) URI, was \"localhost:8080\"")
        .doesNotContain("Workspace");
  }

  @Test
  void run_unknownOption_printsUsageAndExitsTwo() {
    Output out = new Output();

    int code = Quickstart.run(out.stream, Map.of(), "--lvie");

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("unknown option --lvie").contains("usage: ./quickstart");
  }

  @Test
  void run_keepWithoutLive_isRefused() {
    Output out = new Output();

    int code = Quickstart.run(out.stream, Map.of(), "--keep");

    assertThat(code).isEqualTo(2);
    assertThat(out.text()).contains("--keep only applies with --live");
  }

  @Test
  void hasLiveCredentials_needsSidAndTokenOrKeyPair() {
    assertThat(Backend.hasLiveCredentials(Map.of())).isFalse();
    assertThat(Backend.hasLiveCredentials(Map.of("TWILIO_ACCOUNT_SID", "AC1"))).isFalse();
    assertThat(
            Backend.hasLiveCredentials(
                Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", " ")))
        .isFalse();
    assertThat(
            Backend.hasLiveCredentials(
                Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t")))
        .isTrue();
    assertThat(
            Backend.hasLiveCredentials(
                Map.of(
                    "TWILIO_ACCOUNT_SID",
                    "AC1",
                    "TWILIO_API_KEY",
                    "SK1",
                    "TWILIO_API_SECRET",
                    "s")))
        .isTrue();
  }
}
