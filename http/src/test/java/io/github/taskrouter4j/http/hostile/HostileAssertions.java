package io.github.taskrouter4j.http.hostile;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the hostile tests. */
final class HostileAssertions {
  private HostileAssertions() {}

  /**
   * A message shown to people names no Java class: no package-qualified names, no {@code
   * SomethingException}, no backticked code from Jackson.
   */
  static void assertNoClassNames(String message) {
    assertThat(message)
        .doesNotContainPattern("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*")
        .doesNotContainPattern("\\w+(Exception|Error)\\b")
        .doesNotContain("`");
  }
}
