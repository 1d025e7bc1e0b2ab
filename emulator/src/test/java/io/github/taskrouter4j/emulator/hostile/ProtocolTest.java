package io.github.taskrouter4j.emulator.hostile;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the emulator's HTTP/1.1 front does with well-formed requests, read off a raw socket. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtocolTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static TaskRouterEmulator emulator;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    emulator = TaskRouterEmulator.start();
    http = new RawHttp(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static String list() {
    return "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n" + http.authorization() + "\r\n";
  }

  @Test
  void keepAlive_servesSeveralRequestsOnOneConnection() throws Exception {
    try (Socket s = http.connect()) {
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      for (int i = 0; i < 3; i++) {
        out.write(list().getBytes(US_ASCII));
        out.flush();
        RawHttp.Answer answer = RawHttp.read(in);
        assertThat(answer.status).as(answer.raw).isEqualTo(200);
        assertThat(answer.head).doesNotContainIgnoringCase("Connection: close");
        assertThat(answer.head).containsPattern("(?m)^Date: \\w{3}, \\d{1,2} \\w{3} \\d{4} ");
      }
    }
  }

  @Test
  void pipelinedRequests_areAnsweredInOrder() throws Exception {
    try (Socket s = http.connect()) {
      s.getOutputStream()
          .write((list() + list().replace("/v1/Workspaces", "/nowhere")).getBytes(US_ASCII));
      s.getOutputStream().flush();
      assertThat(RawHttp.read(s.getInputStream()).status).isEqualTo(200);
      RawHttp.read(s.getInputStream()).assertTwilioError(404, 20404);
    }
  }

  @Test
  void connectionClose_isHonoured() throws Exception {
    RawHttp.Answer answer = http.send(http.normalRequest());

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.head).containsIgnoringCase("Connection: close");
  }

  @Test
  void http10_isAnsweredAndClosed() throws Exception {
    try (Socket s = http.connect()) {
      s.getOutputStream()
          .write(
              ("GET /v1/Workspaces HTTP/1.0\r\n" + http.authorization() + "\r\n")
                  .getBytes(US_ASCII));
      s.getOutputStream().flush();
      RawHttp.Answer answer = RawHttp.read(s.getInputStream());
      assertThat(answer.status).isEqualTo(200);
      assertThat(answer.head)
          .startsWith("HTTP/1.1 200 OK")
          .containsIgnoringCase("Connection: close");
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void chunkedBody_isReadWhole() {
    String body = "FriendlyName=Chunked+Workspace";
    String request =
        "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + http.authorization()
            + "Content-Type: "
            + FORM
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + "d;ext=1\r\n"
            + body.substring(0, 13)
            + "\r\n"
            + Integer.toHexString(body.length() - 13)
            + "\r\n"
            + body.substring(13)
            + "\r\n0\r\nX-Trailer: t\r\n\r\n";

    RawHttp.Answer answer = http.send(request);

    assertThat(answer.status).as(answer.raw).isEqualTo(201);
    assertThat(answer.json().path("friendly_name").asText()).isEqualTo("Chunked Workspace");
  }

  @Test
  void expectContinue_isAnsweredBeforeTheBodyIsSent() throws Exception {
    String body = "FriendlyName=Continued";
    try (Socket s = http.connect()) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + http.authorization()
                  + "Content-Type: "
                  + FORM
                  + "\r\nExpect: 100-continue\r\nContent-Length: "
                  + body.length()
                  + "\r\n\r\n")
              .getBytes(US_ASCII));
      out.flush();
      byte[] interim = s.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
      assertThat(new String(interim, US_ASCII)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
      out.write(body.getBytes(US_ASCII));
      out.flush();
      RawHttp.Answer answer = RawHttp.read(s.getInputStream());
      assertThat(answer.status).as(answer.raw).isEqualTo(201);
    }
  }

  @Test
  void expectContinueWithoutCredentials_isRefusedWithoutAskingForTheBody() throws Exception {
    try (Socket s = http.connect()) {
      s.getOutputStream()
          .write(
              ("POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                      + "Content-Length: 10\r\n\r\n")
                  .getBytes(US_ASCII));
      s.getOutputStream().flush();
      RawHttp.Answer answer = RawHttp.read(s.getInputStream());
      answer.assertTwilioError(401, 20003);
      assertThat(answer.head).containsIgnoringCase("Connection: close");
    }
  }

  @Test
  void head_getsTheHeadersWithoutABody() throws Exception {
    try (Socket s = http.connect()) {
      s.getOutputStream().write(list().replaceFirst("GET", "HEAD").getBytes(US_ASCII));
      s.getOutputStream().write(list().getBytes(US_ASCII));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      RawHttp.Answer head = RawHttp.readHead(in);
      assertThat(head.status).isEqualTo(405);
      assertThat(head.head).containsIgnoringCase("Content-Length: ");
      // the next bytes are the second answer, not the first one's body
      RawHttp.Answer next = RawHttp.read(in);
      assertThat(next.status).as(next.raw).isEqualTo(200);
    }
  }

  @Test
  void idleKeepAliveConnections_holdNoThread() throws Exception {
    try (TaskRouterEmulator own = TaskRouterEmulator.builder().threads(2).start()) {
      RawHttp ownHttp = new RawHttp(own);
      String request =
          "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ownHttp.authorization() + "\r\n";
      List<Socket> open = new ArrayList<>();
      try {
        for (int i = 0; i < 6; i++) {
          open.add(ownHttp.connect());
        }
        // Six keep-alive connections on two threads, each used in turn, twice.
        for (int round = 0; round < 2; round++) {
          for (Socket s : open) {
            s.getOutputStream().write(request.getBytes(US_ASCII));
            s.getOutputStream().flush();
            assertThat(RawHttp.read(s.getInputStream()).status).isEqualTo(200);
          }
        }
      } finally {
        for (Socket s : open) {
          s.close();
        }
      }
    }
  }

  @Test
  void closingTheEmulator_closesIdleKeepAliveConnections() throws Exception {
    TaskRouterEmulator own = TaskRouterEmulator.start();
    RawHttp ownHttp = new RawHttp(own);
    try (Socket s = ownHttp.connect()) {
      s.getOutputStream()
          .write(
              ("GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + ownHttp.authorization()
                      + "\r\n")
                  .getBytes(US_ASCII));
      s.getOutputStream().flush();
      assertThat(RawHttp.read(s.getInputStream()).status).isEqualTo(200);

      own.close();

      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
  }
}
