package io.github.taskrouter4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.testing.RouterAssert;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulateRoutingTest {

  @Test
  void run_printsOneRowPerTask() {
    Output out = new Output();

    int code = SimulateRouting.run(out.stream);

    assertThat(code).isZero();
    assertThat(out.text().split("\n"))
        .hasSize(1 + SimulateRouting.TASKS.size())
        .satisfies(
            lines -> {
              assertThat(lines[0]).startsWith("task").contains("filter").contains("reserved now");
              assertThat(lines[1])
                  .contains("Gold Tickets")
                  .contains("Sales p2 +0s, Everyone p2 +30s")
                  .endsWith("Jamie");
              assertThat(lines[2]).contains("\"FR\"").endsWith("Jamie (after 30 s)");
              assertThat(lines[3]).contains("Spanish").contains("Everyone +0s").endsWith("Jamie");
              assertThat(lines[4]).contains("(default)").contains("Everyone +0s");
            });
  }

  @Test
  void run_explain_printsEachDecisionTable() {
    Output out = new Output();

    SimulateRouting.run(out.stream, "--explain");

    assertThat(out.text())
        .contains("[0] \"Gold Tickets\" not matched")
        .contains("no eligible worker")
        .contains("[Jamie, Robin]")
        .contains("ordered by worker.experience DESC")
        .contains("taken by the default filter");
  }

  @Test
  void router_samOnCoffeeBreak_isNeverOffered() {
    new RouterAssert(SimulateRouting.router())
        .routes("{\"type\":\"call\",\"language\":\"ES\"}")
        .toFilter("Spanish")
        .toWorkersNamed("Jamie", "Robin");
    new RouterAssert(SimulateRouting.router())
        .routes("{\"type\":\"ticket\",\"customer_value\":\"Gold\",\"language\":\"FR\"}")
        .escalatesTo(BuildConfiguration.EVERYONE, Duration.ofSeconds(30));
  }

  @Test
  void run_unknownOption_exitsTwo() {
    Output out = new Output();

    assertThat(SimulateRouting.run(out.stream, "--explian")).isEqualTo(2);
    assertThat(out.text()).contains("usage: SimulateRouting [--explain]");
  }
}
