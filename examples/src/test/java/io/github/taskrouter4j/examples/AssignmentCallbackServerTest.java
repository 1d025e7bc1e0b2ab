package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentCallbackServerTest {

  @Test
  void run_emulatorCallsServer_tasksAssignedToWorkersWhoSpeakTheLanguage() {
    Output out = new Output();

    int code = AssignmentCallbackServer.run(out.stream);

    String text = out.text();
    assertThat(code).as(text).isZero();
    assertThat(text)
        .containsPattern("Assignment callbacks go to http://127\\.0\\.0\\.1:\\d+/assignment\\.")
        .containsPattern("Task \\{\"language\":\"ES\"\\} \\(WT[0-9a-f]{32}\\): assigned to Jamie")
        .containsPattern("Task \\{\"language\":\"EN\"\\} \\(WT[0-9a-f]{32}\\): assigned to Alex")
        .contains("Jamie offered {\"language\":\"ES\"} -> {\"instruction\":\"accept\"}")
        .contains("Alex offered {\"language\":\"EN\"} -> {\"instruction\":\"accept\"}")
        .doesNotContain("Jamie offered {\"language\":\"EN\"}");
  }
}
