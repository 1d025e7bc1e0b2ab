package io.github.taskrouter4j.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to the emulator over a raw socket on 127.0.0.1, so requests can be as malformed as an
 * attacker likes, and reads the answer as it comes, byte for byte.
 */
final class RawHttp {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Text that gives a Java class away: a qualified name, an exception or a library name. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("([a-z][a-z0-9_]*\\.){2,}[A-Z]|Exception|Jackson|StreamReadConstraints");

  private static final int READ_TIMEOUT_MILLIS = 20_000;
  private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
  private static final Pattern CONTENT_LENGTH =
      Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

  private final TaskRouterEmulator emulator;

  RawHttp(TaskRouterEmulator emulator) {
    this.emulator = emulator;
  }

  /** The {@code Authorization} header line of the emulator's own credentials. */
  String authorization() {
    return authorization("Basic");
  }

  /** The {@code Authorization} header line with the scheme spelled as given. */
  String authorization(String scheme) {
    String pair =
        emulator.credentials().accountSid().value() + ":" + emulator.credentials().authToken();
    return "Authorization: "
        + scheme
        + " "
        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))
        + "\r\n";
  }

  /** The workspace list: the normal request every attack must leave answerable. */
  String normalRequest() {
    return "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + authorization()
        + "Connection: close\r\n\r\n";
  }

  /** A POST of {@code body} with its Content-Length. */
  String post(String path, String contentType, String body) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + authorization()
        + "Content-Type: "
        + contentType
        + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\nConnection: close\r\n\r\n"
        + body;
  }

  /** Opens a connection to the emulator (the caller closes it). */
  Socket connect() {
    try {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port());
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code request} on a new connection and reads the answer until the server closes. */
  Answer send(String request) {
    return send(request.getBytes(StandardCharsets.UTF_8));
  }

  Answer send(byte[] request) {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before an oversized request is fully written.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one answer from {@code in}: the head, then as many body bytes as its Content-Length says,
   * or everything until the server closes the connection when it gives none.
   */
  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try {
      readHead(in, head);
      String headText = head.toString(StandardCharsets.ISO_8859_1);
      Matcher length = CONTENT_LENGTH.matcher(headText);
      byte[] body =
          length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
      return Answer.parse(headText + new String(body, StandardCharsets.UTF_8));
    } catch (SocketException e) {
      // The server reset the connection: whatever arrived before is the answer (maybe none).
      return Answer.parse(head.toString(StandardCharsets.ISO_8859_1));
    }
  }

  /** Reads only the head of one answer (the answer to a HEAD request has no body). */
  static Answer readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    readHead(in, head);
    return Answer.parse(head.toString(StandardCharsets.ISO_8859_1));
  }

  private static void readHead(InputStream in, ByteArrayOutputStream head) throws IOException {
    int matched = 0;
    for (int b; matched < HEAD_END.length && (b = in.read()) >= 0; ) {
      head.write(b);
      matched = b == HEAD_END[matched] ? matched + 1 : (b == HEAD_END[0] ? 1 : 0);
    }
  }

  /** Sends the normal request and asserts it is answered 200 with the workspace list. */
  void assertStillServes() {
    Answer answer = send(normalRequest());
    assertThat(answer.status).as(answer.raw).isEqualTo(200);
    assertThat(answer.json().has("workspaces")).as(answer.raw).isTrue();
  }

  /** An HTTP answer as read off the wire. */
  static final class Answer {
    final String raw;
    final int status;
    final String head;
    final String body;

    private Answer(String raw, int status, String head, String body) {
      this.raw = raw;
      this.status = status;
      this.head = head;
      this.body = body;
    }

    static Answer parse(String raw) {
      int end = raw.indexOf("\r\n\r\n");
      String head = end < 0 ? raw : raw.substring(0, end);
      String body = end < 0 ? "" : raw.substring(end + 4);
      int status = -1;
      if (head.startsWith("HTTP/1.1 ") && head.length() >= 12) {
        status = Integer.parseInt(head.substring(9, 12));
      }
      return new Answer(raw, status, head, body);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw, e);
      }
    }

    /** Asserts Twilio's error JSON with this status and code, free of Java class names. */
    JsonNode assertTwilioError(int expectedStatus, int expectedCode) {
      assertThat(status).as(raw).isEqualTo(expectedStatus);
      assertThat(head.toLowerCase(Locale.ROOT)).as(raw).contains("content-type: application/json");
      assertThat(body.toLowerCase(Locale.ROOT)).as(raw).doesNotContain("<html", "<h1");
      JsonNode error = json();
      assertThat(error.path("status").asInt()).as(raw).isEqualTo(expectedStatus);
      assertThat(error.path("code").asInt()).as(raw).isEqualTo(expectedCode);
      assertThat(error.path("more_info").asText())
          .isEqualTo("https://www.twilio.com/docs/errors/" + expectedCode);
      assertThat(error.path("message").asText()).as(raw).isNotBlank();
      assertThat(CLASS_NAME.matcher(error.path("message").asText()).find())
          .as("message names a Java class: " + error.path("message"))
          .isFalse();
      return error;
    }
  }
}
