package io.github.taskrouter4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatorMainTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final List<URI> served = new ArrayList<>();

  int run(String... args) {
    return EmulatorMain.run(
        args,
        Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        emulator -> served.add(emulator.baseUri()));
  }

  String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void portNotANumber_oneLineOnStderrAndExit2() {
    assertThat(run("--port", "eighty")).isEqualTo(EmulatorMain.EXIT_USAGE).isEqualTo(2);

    assertThat(errText().lines())
        .singleElement()
        .isEqualTo(
            "taskrouter4j emulator: --port must be a number from 0 to 65535 (0 = any free port),"
                + " was eighty (--help shows the usage)");
    assertThat(served).isEmpty();
    assertThat(out.size()).isZero();
  }

  @Test
  void portOutOfRange_oneLineAndExit2() {
    assertThat(run("--port", "70000")).isEqualTo(2);

    assertThat(errText().lines()).singleElement().asString().contains("was 70000");
  }

  @Test
  void portTaken_oneLineNamingTheAddressAndExit2() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThat(run("--port", String.valueOf(port))).isEqualTo(2);

      assertThat(errText().lines())
          .singleElement()
          .isEqualTo(
              "taskrouter4j emulator: cannot listen on 127.0.0.1:"
                  + port
                  + ": the port is already in use or not allowed; choose another with --port");
    }
    assertThat(served).isEmpty();
  }

  @Test
  void unknownOptionOrMissingValue_oneLineAndExit2() {
    assertThat(run("--prot", "8080")).isEqualTo(2);
    assertThat(run("--port")).isEqualTo(2);

    assertThat(errText().lines())
        .containsExactly(
            "taskrouter4j emulator: unknown option --prot; the options are --port, --bind,"
                + " --account-sid, --auth-token, --help (--help shows the usage)",
            "taskrouter4j emulator: --port needs a value (--help shows the usage)");
  }

  @Test
  void badAccountSid_oneLineWithoutJavaNamesAndExit2() {
    assertThat(run("--port", "0", "--account-sid", "AC123", "--auth-token", "secret")).isEqualTo(2);

    assertThat(errText().lines())
        .singleElement()
        .asString()
        .startsWith("taskrouter4j emulator: --account-sid (or TASKROUTER_EMULATOR_ACCOUNT_SID): ")
        .contains("\"AC123\"");
    assertThat(errText()).doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void freePort_servesAndPrintsWhereAndExits0() {
    HttpClient http = HttpClient.newHttpClient();
    List<Integer> statuses = new ArrayList<>();

    int status =
        EmulatorMain.run(
            new String[] {"--port", "0"},
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            emulator -> {
              try {
                statuses.add(
                    http.send(
                            HttpRequest.newBuilder(emulator.baseUri().resolve("/console")).build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode());
              } catch (IOException e) {
                throw new AssertionError("the emulator did not answer", e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    assertThat(status).isZero();
    // It answers, and asks for the credentials it printed.
    assertThat(statuses).containsExactly(401);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("TaskRouter emulator listening on http://127.0.0.1:")
        .contains("(generated)");
    assertThat(err.size()).isZero();
  }
}
