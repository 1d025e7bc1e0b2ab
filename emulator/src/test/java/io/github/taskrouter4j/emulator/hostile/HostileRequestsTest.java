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
   * The JDK's HTTP server rejects these before any handler runs, with its own small HTML page (or,
   * for a request line over its header limit, by closing the connection); no handler or filter can
   * change that. docs/emulator.md ("Limits and hostile input") says so. What is asserted here is the
   * status and that nothing else is harmed.
   */

  @Test
  void invalidPercentEncodingInTheTarget_isRefusedByTheJdkServer() {
    String auth = http.authorization();
    assertThat(http.send("GET /v1/Workspaces?a=%zz HTTP/1.1\r\n" + auth + "\r\n").status)
        .isEqualTo(400);
    assertThat(http.send("GET /v1/Work%zz HTTP/1.1\r\n" + auth + "\r\n").status).isEqualTo(400);
  }

  @Test
  void targetsWithoutLeadingSlash_areRefusedByTheJdkServer() {
    String auth = http.authorization();
    assertThat(http.send("OPTIONS * HTTP/1.1\r\n" + auth + "\r\n").status).isEqualTo(404);
    assertThat(http.send("GET v1/Workspaces HTTP/1.1\r\n" + auth + "\r\n").status).isEqualTo(404);
  }

  @Test
  void requestLineOfOneMegabyte_closesOnlyThatConnection() {
    RawHttp.Answer answer =
        http.send("GET /" + "a".repeat(1024 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

    assertThat(answer.status).as(answer.raw).isIn(-1, 400, 413, 414, 431);
  }

  @Test
  void garbageRequestLine_isRefused() {
    assertThat(http.send("HELLO\r\n\r\n").status).isEqualTo(400);
  }
}
