package io.github.taskrouter4j.emulator.hostile;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.WorkspaceApi;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow, stalled and vanishing clients each hold at most their own connection: everyone else is
 * still answered, and a stalled request is cut at the request deadline.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlowClientsTest {
  /** Generous: the answer must come long before a stalled client would let go. */
  private static final long ANSWER_WITHIN_SECONDS = 15;

  private static final int STILL_OPEN_PROBE_MILLIS = 50;

  /** Short, so the tests that wait for it end soon. */
  private static final Duration DEADLINE = Duration.ofSeconds(2);

  private static final int WORKERS = 50;
  private static final int PIPELINED = 60;

  @Test
  void headersDrippedAndBodiesNeverSent_doNotStallOtherRequests() throws Exception {
    try (TaskRouterEmulator emulator = TaskRouterEmulator.start()) {
      RawHttp http = new RawHttp(emulator);
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          // Headers begun, one byte at a time, never finished.
          Socket s = http.connect();
          OutputStream out = s.getOutputStream();
          for (byte b : "GET /v1/Workspaces HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII)) {
            out.write(b);
            out.flush();
          }
          slow.add(s);
        }
        for (int i = 0; i < 16; i++) {
          slow.add(bodyPromisedNeverSent(http));
        }

        RawHttp.Answer answer =
            CompletableFuture.supplyAsync(() -> http.send(http.normalRequest()))
                .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);

        assertThat(answer.status).as(answer.raw).isEqualTo(200);
        // Answered while every stalled client still held its connection, not after the deadline
        // had cut them loose and freed their threads.
        for (Socket s : slow) {
          assertThat(stillOpen(s)).isTrue();
        }
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      http.assertStillServes();
    }
  }

  @Test
  void clientsThatVanishMidRequest_leaveTheServerServing() throws Exception {
    try (TaskRouterEmulator emulator = TaskRouterEmulator.start()) {
      RawHttp http = new RawHttp(emulator);
      for (int i = 0; i < 50; i++) {
        try (Socket s = http.connect()) {
          String partial =
              i % 2 == 0
                  ? "GET /v1/Works"
                  : "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + http.authorization()
                      + "Content-Length: 500\r\n\r\nFriendly";
          s.getOutputStream().write(partial.getBytes(StandardCharsets.UTF_8));
          s.getOutputStream().flush();
          s.setSoLinger(true, 0); // reset, not a polite close
        }
      }

      RawHttp.Answer answer =
          CompletableFuture.supplyAsync(() -> http.send(http.normalRequest()))
              .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);

      assertThat(answer.status).as(answer.raw).isEqualTo(200);
    }
  }

  @Test
  void requestWhoseBodyNeverArrives_isAnswered408AtTheRequestDeadline() throws Exception {
    try (TaskRouterEmulator emulator =
        TaskRouterEmulator.builder().requestDeadline(DEADLINE).start()) {
      RawHttp http = new RawHttp(emulator);
      try (Socket s = bodyPromisedNeverSent(http)) {
        RawHttp.Answer answer = RawHttp.read(s.getInputStream());
        answer.assertTwilioError(408, 20001);
        assertThat(answer.head).containsIgnoringCase("Connection: close");
        assertThat(readUntilClosed(s.getInputStream())).isEmpty();
      }
      http.assertStillServes();
    }
  }

  @Test
  void headersThatNeverEnd_areAnswered408AtTheRequestDeadline() throws Exception {
    try (TaskRouterEmulator emulator =
        TaskRouterEmulator.builder().requestDeadline(DEADLINE).start()) {
      RawHttp http = new RawHttp(emulator);
      try (Socket s = http.connect()) {
        OutputStream out = s.getOutputStream();
        out.write("GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(US_ASCII));
        out.flush();
        RawHttp.read(s.getInputStream()).assertTwilioError(408, 20001);
        assertThat(readUntilClosed(s.getInputStream())).isEmpty();
      }
      http.assertStillServes();
    }
  }

  @Test
  void headersDrippedPastTheDeadline_areCutOffEvenThoughEachByteComesInTime() throws Exception {
    try (TaskRouterEmulator emulator =
        TaskRouterEmulator.builder().requestDeadline(DEADLINE).start()) {
      RawHttp http = new RawHttp(emulator);
      try (Socket s = http.connect()) {
        OutputStream out = s.getOutputStream();
        CompletableFuture<RawHttp.Answer> answer =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return RawHttp.read(s.getInputStream());
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
        // Each byte comes long before any per-read timeout would trip; the deadline covers the
        // whole head, so the drip is cut off anyway.
        dripUntilAnswered(out, answer);
        answer.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS).assertTwilioError(408, 20001);
      }
      http.assertStillServes();
    }
  }

  @Test
  void clientThatStopsTakingItsAnswers_isCutOffAtTheDeadline() throws Exception {
    // One request thread: without the cut, the stalled client would hold it for good.
    try (TaskRouterEmulator emulator =
            TaskRouterEmulator.builder().threads(1).requestDeadline(DEADLINE).start();
        TaskRouter client = emulator.newInProcessClient()) {
      WorkspaceApi workspace =
          client.workspace(client.workspaces().create(w -> w.friendlyName("big")).sid());
      String padding = "x".repeat(4000);
      for (int i = 0; i < WORKERS; i++) {
        String name = "w" + i;
        workspace.workers().create(w -> w.friendlyName(name).attributes(Map.of("p", padding)));
      }
      RawHttp http = new RawHttp(emulator);
      String page =
          "GET /v1/Workspaces/"
              + workspace.sid().value()
              + "/Workers?PageSize="
              + WORKERS
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + http.authorization()
              + "\r\n";
      try (Socket stalled = http.connect()) {
        // Pipelined pages of about 200 KB each, many times what the socket buffers hold; never
        // read. The requests themselves are small enough to be written at once.
        sendQuietly(stalled, page.repeat(PIPELINED));
        // The only request thread is writing them before the other client asks (else it would
        // answer that one first, and reading below would drain the stalled connection instead).
        awaitAnswerBytes(stalled);

        RawHttp.Answer answer =
            CompletableFuture.supplyAsync(() -> http.send(http.normalRequest()))
                .get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        assertThat(answer.status).as(answer.raw).isEqualTo(200);

        // The stalled connection was closed, not left waiting: what it can still read ends.
        String rest = readUntilClosed(stalled.getInputStream());
        assertThat(rest.split("HTTP/1.1 200", -1).length - 1).isLessThan(PIPELINED);
      }
      http.assertStillServes();
    }
  }

  private static void awaitAnswerBytes(Socket socket) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
    while (socket.getInputStream().available() == 0) {
      assertThat(System.nanoTime()).as("the first answer arrives").isLessThan(until);
      Thread.sleep(10);
    }
  }

  private static void sendQuietly(Socket socket, String requests) {
    try {
      socket.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
    } catch (IOException e) {
      // the emulator closed the connection while the requests were still being written
    }
  }

  private static void dripUntilAnswered(OutputStream out, CompletableFuture<?> answer)
      throws Exception {
    while (true) {
      try {
        out.write('x');
        out.flush();
        answer.get(100, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        // not answered yet: the next byte
      } catch (SocketException e) {
        return; // the server answered and closed
      }
    }
  }

  /** A connection whose request promises a 1000-byte body and sends only its first bytes. */
  private static Socket bodyPromisedNeverSent(RawHttp http) throws IOException {
    Socket s = http.connect();
    String head =
        "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + http.authorization()
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 1000\r\n\r\nFriendlyName=";
    s.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
    s.getOutputStream().flush();
    return s;
  }

  /** Whether the server has not closed {@code s}: a short read times out instead of ending. */
  private static boolean stillOpen(Socket s) throws IOException {
    s.setSoTimeout(STILL_OPEN_PROBE_MILLIS);
    try {
      return s.getInputStream().read() >= 0;
    } catch (SocketTimeoutException e) {
      return true;
    } catch (SocketException e) {
      return false;
    }
  }

  /** Reads until the server closes the connection (the socket's read timeout bounds the wait). */
  private static String readUntilClosed(InputStream in) throws IOException {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketException e) {
      return "";
    }
  }
}
