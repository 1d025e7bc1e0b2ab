package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

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
