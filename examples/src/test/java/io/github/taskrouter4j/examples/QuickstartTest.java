package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void run_againstEmulator_printsSidsRoutingAndSummary() {
    Output out = new Output();

    int code = Quickstart.run(out.stream, Map.of());

    String text = out.text();
    System.out.println(text);
    assertThat(code).as(text).isZero();
  }
}
