package io.github.taskrouter4j.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed and oversized bodies, bad credentials and bad request lines sent over raw sockets: each
 * gets its exact answer, and the emulator still serves a normal request afterwards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileRequestsTest {
  private static TaskRouterEmulator emulator;
  private static RawHttp http;
  private static String workspace;

  @BeforeAll
  static void start() {
    emulator = TaskRouterEmulator.start();
    http = new RawHttp(emulator);
    workspace =
        http.send(http.post("/v1/Workspaces", FORM, "FriendlyName=hostile"))
            .json()
            .path("sid")
            .asText();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @AfterEach
  void serverStillServes() {
    http.assertStillServes();
  }

  private static final String FORM = "application/x-www-form-urlencoded";

  private static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String workers() {
    return "/v1/Workspaces/" + workspace + "/Workers";
  }

  @Test
  void attributesWithTextAfterTheObject_areRefused() {
    JsonNode error =
        http.send(
                http.post(
                    workers(),
                    FORM,
                    form("FriendlyName", "trailing")
                        + "&"
                        + form("Attributes", "{\"a\":1}}garbage")))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "Attributes is not valid JSON at line 1, column 8: Unexpected close marker '}': no"
                + " open Object to close");
  }

  @Test
  void attributesFollowedByASecondValue_areRefused() {
    JsonNode error =
        http.send(
                http.post(
                    workers(),
                    FORM,
                    form("FriendlyName", "second")
                        + "&"
                        + form("Attributes", "{\"a\":1} {\"b\":2}")))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .startsWith("Attributes is not valid JSON at line 1, column ")
        .endsWith(": unexpected content after the JSON value");
  }

  @Test
  void attributesNested2000Deep_underTheSizeLimit_areRefusedWithoutAServerError() {
    String deep = "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    assertThat(deep.length()).isLessThan(4096);

    JsonNode error =
        http.send(
                http.post(
                    workers(), FORM, form("FriendlyName", "deep") + "&" + form("Attributes", deep)))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .startsWith("Attributes is not valid JSON")
        .contains("nested deeper than");
  }

  @Test
  void configurationNested100kDeep_isRefusedNamingNoJacksonClass() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    JsonNode error =
        http.send(
                http.post(
                    "/v1/Workspaces/" + workspace + "/Workflows",
                    FORM,
                    form("FriendlyName", "deep") + "&" + form("Configuration", deep)))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .startsWith("Invalid Configuration")
        .contains("nested deeper than");
  }

  @Test
  void formBodyWithBadPercentEncoding_isRefused() {
    JsonNode error =
        http.send(http.post("/v1/Workspaces", FORM, "FriendlyName=%zz"))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText()).startsWith("Malformed form encoding");
  }

  @Test
  void jsonBodyOnAFormEndpoint_isRefusedNamingTheExpectedType() {
    JsonNode error =
        http.send(http.post("/v1/Workspaces", "application/json", "{\"FriendlyName\":\"x\"}"))
            .assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "Content-Type must be application/x-www-form-urlencoded on /v1/Workspaces, was"
                + " application/json");
  }

  @Test
  void bodyAnnouncedLargerThanTheLimit_isRefusedBeforeItIsRead() {
    String request =
        "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + http.authorization()
            + "Content-Type: "
            + FORM
            + "\r\nContent-Length: 300000000\r\nConnection: close\r\n\r\nFriendlyName=x";

    JsonNode error = http.send(request).assertTwilioError(413, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo("The request body is larger than the emulator reads: 2097152 bytes");
  }

  @Test
  void chunkedBodyLargerThanTheLimit_isRefused() {
    int size = 2 * 1024 * 1024 + 1000;
    String request =
        "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + http.authorization()
            + "Content-Type: "
            + FORM
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + Integer.toHexString(size)
            + "\r\n"
            + "a".repeat(size)
            + "\r\n0\r\n\r\n";

    http.send(request).assertTwilioError(413, 20001);
  }

  @Test
  void bulkQueueStatistics_refuseBadJsonBodies() {
    String path = "/v1/Workspaces/" + workspace + "/TaskQueues/RealTimeStatistics";

    assertThat(
            http.send(http.post(path, "application/json", "{\"queueSids\":[]} []"))
                .assertTwilioError(400, 20001)
                .path("message")
                .asText())
        .contains("unexpected content after the JSON value");
    assertThat(
            http.send(http.post(path, "application/json", "{\"queueSids\":[]}"))
                .assertTwilioError(400, 20001)
                .path("message")
                .asText())
        .isEqualTo("queueSids must be an array of 1 to 50 TaskQueue SIDs, was 0 SIDs");
    assertThat(
            http.send(http.post(path, "application/json", "{\"queueSids\":[\"WQ1\"]}"))
                .assertTwilioError(400, 20001)
                .path("message")
                .asText())
        .startsWith("queueSids[0] is not a TaskQueue SID");
    assertThat(
            http.send(http.post(path, FORM, "TaskQueueSids=WQ1"))
                .assertTwilioError(400, 20001)
                .path("message")
                .asText())
        .startsWith("Content-Type must be application/json");
  }

  @Test
  void missingWrongOrForeignCredentials_get401() {
    String noAuth = "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    http.send(noAuth).assertTwilioError(401, 20003);
    http.send(noAuth.replace("\r\n\r\n", "\r\nAuthorization: Basic AAAA\r\n\r\n"))
        .assertTwilioError(401, 20003);
    http.send(noAuth.replace("\r\n\r\n", "\r\nAuthorization: Bearer token\r\n\r\n"))
        .assertTwilioError(401, 20003);
    http.send(noAuth.replace("\r\n\r\n", "\r\nAuthorization: Basic\r\n\r\n"))
        .assertTwilioError(401, 20003);
  }

  @Test
  void basicSchemeInAnyCase_isAccepted() {
    for (String scheme : new String[] {"basic", "BASIC", "bAsIc"}) {
      String request =
          "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + http.authorization(scheme)
              + "Connection: close\r\n\r\n";
      assertThat(http.send(request).status).as(scheme).isEqualTo(200);
    }
  }

  @Test
  void unknownPathAndWrongMethod_getTwilioErrors() {
    http.send(
            "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + http.authorization()
                + "Connection: close\r\n\r\n")
        .assertTwilioError(404, 20404);
    http.send(
            "PUT /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + http.authorization()
                + "Content-Length: 0\r\nConnection: close\r\n\r\n")
        .assertTwilioError(405, 20004);
  }

  @Test
  void absoluteFormRequestTarget_isServed() {
    RawHttp.Answer answer =
        http.send(
            "GET "
                + emulator.baseUri()
                + "/v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + http.authorization()
                + "Connection: close\r\n\r\n");

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.json().has("workspaces")).isTrue();
  }

  /*
   * Requests the emulator's HTTP front refuses before any endpoint runs: each is answered with
   * Twilio's error JSON (never an HTML page), and the connection is closed; the next request on a
   * new connection is served (see serverStillServes).
   */

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + http.authorization() + "\r\n";
  }

  @Test
  void invalidPercentEncodingInTheQuery_isRefusedNamingTheParameter() {
    JsonNode error = http.send(get("/v1/Workspaces?a=%zz")).assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "Bad percent-encoding '%zz' at character 1 of query parameter 'a': '%' must be"
                + " followed by two hexadecimal digits");
  }

  @Test
  void invalidPercentEncodingInThePath_isRefusedNamingTheSequence() {
    JsonNode error = http.send(get("/v1/Work%zz")).assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "Bad percent-encoding '%zz' at character 9 of the request path: '%' must be followed"
                + " by two hexadecimal digits");
    http.send(get("/v1/Workspaces%")).assertTwilioError(400, 20001);
    http.send(get("/v1/Workspaces%C3%28")).assertTwilioError(400, 20001);
  }

  @Test
  void optionsAsterisk_gets405WithAllow() {
    RawHttp.Answer answer =
        http.send("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n" + http.authorization() + "\r\n");

    answer.assertTwilioError(405, 20004);
    assertThat(answer.head).contains("Allow: GET, POST, DELETE");
  }

  @Test
  void targetWithoutLeadingSlash_isRefused() {
    JsonNode error = http.send(get("v1/Workspaces")).assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "The request target must be a path starting with '/' (or http://host/path), was"
                + " 'v1/Workspaces'");
    http.send(get("*")).assertTwilioError(400, 20001);
  }

  @Test
  void absoluteFormNamingAnotherHost_isRefused() {
    JsonNode error =
        http.send(get("http://example.com/v1/Workspaces")).assertTwilioError(400, 20001);

    assertThat(error.path("message").asText())
        .isEqualTo(
            "The absolute-form target names host 'example.com' but the Host header is"
                + " '127.0.0.1'");
    http.send(get("https://127.0.0.1/v1/Workspaces")).assertTwilioError(400, 20001);
  }

  @Test
  void unknownPathWithoutCredentials_stillGetsTwilioJson() {
    http.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").assertTwilioError(401, 20003);
  }

  @Test
  void requestLineOfOneMegabyte_gets414() {
    RawHttp.Answer answer =
        http.send("GET /" + "a".repeat(1024 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    assertThat(answer.assertTwilioError(414, 20001).path("message").asText())
        .isEqualTo("The request line is longer than 8192 bytes");
  }

  @Test
  void headersOverTheLimits_get431() {
    String big = "X-Big: " + "b".repeat(8000) + "\r\n";
    http.send("GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big.repeat(9) + "\r\n")
        .assertTwilioError(431, 20001);
    http.send(
            "GET /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Many: 1\r\n".repeat(101)
                + "\r\n")
        .assertTwilioError(431, 20001);
  }

  @Test
  void garbageRequestLine_isRefused() {
    http.send("HELLO\r\n\r\n").assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces  HTTP/1.1\r\nHost: a\r\n\r\n").assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces HTTP/2.0\r\nHost: a\r\n\r\n").assertTwilioError(505, 20001);
    http.send("G(T /v1/Workspaces HTTP/1.1\r\nHost: a\r\n\r\n").assertTwilioError(400, 20001);
  }

  @Test
  void malformedHeaders_areRefused() {
    http.send("GET /v1/Workspaces HTTP/1.1\r\n\r\n").assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
        .assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n")
        .assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces HTTP/1.1\r\nHost: a\r\nX: 1\r\n folded\r\n\r\n")
        .assertTwilioError(400, 20001);
    http.send("GET /v1/Workspaces HTTP/1.1\r\nHost: a\r\nX: a\u0001b\r\n\r\n")
        .assertTwilioError(400, 20001);
  }

  @Test
  void lowerCaseMethod_isAnotherMethod() {
    http.send(get("/v1/Workspaces").replaceFirst("GET", "get")).assertTwilioError(405, 20004);
  }

  @Test
  void contentLengthAndChunkedTogether_areRefused() {
    String request =
        "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + http.authorization()
            + "Content-Type: "
            + FORM
            + "\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";

    assertThat(http.send(request).assertTwilioError(400, 20001).path("message").asText())
        .startsWith("A request may carry Content-Length or Transfer-Encoding, not both");
  }

  @Test
  void badContentLengthsAndCodings_areRefused() {
    String head = "POST /v1/Workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n" + http.authorization();
    http.send(head + "Content-Length: -1\r\n\r\n").assertTwilioError(400, 20001);
    http.send(head + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        .assertTwilioError(400, 20001);
    http.send(head + "Transfer-Encoding: gzip\r\n\r\n").assertTwilioError(501, 20001);
    http.send(head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n").assertTwilioError(400, 20001);
    http.send(head + "Expect: 200-ok\r\nContent-Length: 1\r\n\r\na").assertTwilioError(417, 20001);
  }
}
