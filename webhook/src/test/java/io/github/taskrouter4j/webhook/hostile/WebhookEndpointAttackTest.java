package io.github.taskrouter4j.webhook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.taskrouter4j.webhook.AssignmentCallback;
import io.github.taskrouter4j.webhook.AssignmentEndpoint;
import io.github.taskrouter4j.webhook.EventEndpoint;
import io.github.taskrouter4j.webhook.HttpServerAdapter;
import io.github.taskrouter4j.webhook.Instruction;
import io.github.taskrouter4j.webhook.TwilioSignature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attacks on the webhook endpoints served by {@link HttpServerAdapter} over real loopback HTTP:
 * each asserts the status and message, and that the server then still answers a genuine callback.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WebhookEndpointAttackTest {
  static final String TOKEN = "hostile-auth-token";
  static final long HUGE = 200L * 1024 * 1024;

  /** Far below the 200 MB offered: what loopback socket buffers can hold before the cut. */
  static final long CUT_SHORT = 32L * 1024 * 1024;

  final List<AssignmentCallback> handled = new CopyOnWriteArrayList<>();
  HttpServer server;
  int port;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AssignmentEndpoint assignment =
        AssignmentEndpoint.builder()
            .authToken(TOKEN)
            .handler(
                callback -> {
                  handled.add(callback);
                  return Instruction.accept();
                })
            .build();
    EventEndpoint events = EventEndpoint.builder().authToken(TOKEN).handler(event -> {}).build();
    server.createContext("/assignment", HttpServerAdapter.of(assignment));
    server.createContext("/events", HttpServerAdapter.of(events));
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static Map<String, List<String>> callback() {
    Map<String, List<String>> form = new LinkedHashMap<>();
    form.put("AccountSid", List.of("AC" + "a".repeat(32)));
    form.put("WorkspaceSid", List.of("WS0373f9ac28020851e66c8f52fc6ff2bd"));
    form.put("WorkflowSid", List.of("WWa649336cf9549b6176be7611b7934139"));
    form.put("TaskQueueSid", List.of("WQba7b15b5da2835daf8840999ac359aa1"));
    form.put("WorkerSid", List.of("WKc50fcd98cdc674342b6248b6c178bb5e"));
    form.put("WorkerAttributes", List.of("{\"skills\":[\"computers\"]}"));
    form.put("TaskSid", List.of("WTa064deb11caffd9f2e54a1eb88536de2"));
    form.put("TaskAttributes", List.of("{\"skill\":\"general\"}"));
    form.put("TaskAge", List.of("42"));
    form.put("TaskPriority", List.of("5"));
    form.put("ReservationSid", List.of("WRa37d19e6b32d8f5809a4a6ff5209553b"));
    form.put("TaskChannelUniqueName", List.of("voice"));
    return form;
  }

  static String encode(Map<String, List<String>> form) {
    return form.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .map(
                        v ->
                            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  String head(String method, String path, String... headers) {
    return method
        + " "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + port
        + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers));
  }

  RawClient.Outcome signedPost(String path, Map<String, List<String>> form) throws Exception {
    String signature = TwilioSignature.compute(TOKEN, url(path), form);
    return RawClient.send(
        port,
        head(
            "POST",
            path,
            "Content-Type: application/x-www-form-urlencoded",
            TwilioSignature.HEADER + ": " + signature),
        encode(form));
  }

  /** A genuine callback is still answered after the attack. */
  void servesNextCallback() throws Exception {
    int before = handled.size();
    RawClient.Outcome next = signedPost("/assignment", callback());
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.body()).isEqualTo("{\"instruction\":\"accept\"}");
    assertThat(handled).hasSize(before + 1);
  }

  static void assertNoClassNames(String message) {
    assertThat(message)
        .doesNotContainPattern("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*")
        .doesNotContainPattern("\\w+(Exception|Error)\\b")
        .doesNotContain("`")
        .doesNotContain(TOKEN);
  }

  @Test
  void unsignedHugeUpload_is403_andTheUploadIsCutShort() throws Exception {
    RawClient.Outcome outcome =
        RawClient.upload(
            port,
            head("POST", "/assignment", "Content-Length: " + HUGE, "Content-Type: text/plain"),
            HUGE,
            false);

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.body()).isEqualTo("invalid X-Twilio-Signature\n");
    assertThat(outcome.response).containsIgnoringCase("Connection: close");
    assertThat(outcome.bytesSent).isLessThan(CUT_SHORT);
    assertThat(handled).isEmpty();
    servesNextCallback();
  }

  @Test
  void unsignedHugeChunkedUpload_toEvents_is403_andTheUploadIsCutShort() throws Exception {
    RawClient.Outcome outcome = RawClient.upload(port, head("POST", "/events"), HUGE, true);

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.bytesSent).isLessThan(CUT_SHORT);
    servesNextCallback();
  }

  @Test
  void signedButDeclaredHuge_is413_beforeTheBodyIsRead() throws Exception {
    RawClient.Outcome outcome =
        RawClient.upload(
            port,
            head(
                "POST",
                "/assignment",
                "Content-Length: " + HUGE,
                TwilioSignature.HEADER + ": c2lnbmVk"),
            HUGE,
            false);

    assertThat(outcome.status()).isEqualTo(413);
    assertThat(outcome.body())
        .isEqualTo("callback body exceeds the limit of " + (1 << 20) + " bytes\n");
    assertThat(outcome.bytesSent).isLessThan(CUT_SHORT);
    servesNextCallback();
  }

  @Test
  void signedChunkedUploadOverTheLimit_is413_afterReadingAtMostTheLimit() throws Exception {
    RawClient.Outcome outcome =
        RawClient.upload(
            port, head("POST", "/assignment", TwilioSignature.HEADER + ": c2lnbmVk"), HUGE, true);

    assertThat(outcome.status()).isEqualTo(413);
    assertThat(outcome.bytesSent).isLessThan(CUT_SHORT);
    servesNextCallback();
  }

  @Test
  void getWithABody_is405_withoutReadingIt() throws Exception {
    RawClient.Outcome outcome =
        RawClient.upload(port, head("GET", "/assignment", "Content-Length: " + HUGE), HUGE, false);

    assertThat(outcome.status()).isEqualTo(405);
    assertThat(outcome.body()).isEqualTo("assignment callbacks are POSTed; got GET\n");
    assertThat(outcome.bytesSent).isLessThan(CUT_SHORT);
    servesNextCallback();
  }

  @Test
  void hostHeaderWithSpaces_is400_notADroppedConnection() throws Exception {
    RawClient.Outcome outcome =
        RawClient.send(
            port,
            "POST /assignment HTTP/1.1\r\nHost: evil host:80\r\n"
                + TwilioSignature.HEADER
                + ": c2lnbmVk",
            encode(callback()));

    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.body())
        .startsWith("the request URL is not a valid URL (Illegal character in authority at index")
        .contains("\"http://evil host:80/assignment\"");
    assertNoClassNames(outcome.body());
    servesNextCallback();
  }

  @Test
  void tamperedParameter_is403() throws Exception {
    Map<String, List<String>> form = callback();
    String signature = TwilioSignature.compute(TOKEN, url("/assignment"), form);
    form.put("TaskPriority", List.of("100"));

    RawClient.Outcome outcome =
        RawClient.send(
            port,
            head(
                "POST",
                "/assignment",
                "Content-Type: application/x-www-form-urlencoded",
                TwilioSignature.HEADER + ": " + signature),
            encode(form));

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(handled).isEmpty();
    servesNextCallback();
  }

  @Test
  void signatureForAnotherPath_is403() throws Exception {
    Map<String, List<String>> form = callback();
    String signature = TwilioSignature.compute(TOKEN, url("/events"), form);

    RawClient.Outcome outcome =
        RawClient.send(
            port,
            head("POST", "/assignment", TwilioSignature.HEADER + ": " + signature),
            encode(form));

    assertThat(outcome.status()).isEqualTo(403);
    servesNextCallback();
  }

  @Test
  void longGarbageSignature_is403() throws Exception {
    RawClient.Outcome outcome =
        RawClient.send(
            port,
            head("POST", "/assignment", TwilioSignature.HEADER + ": " + "%$#".repeat(3_000)),
            encode(callback()));

    assertThat(outcome.status()).isEqualTo(403);
    assertThat(outcome.body()).isEqualTo("invalid X-Twilio-Signature\n");
    servesNextCallback();
  }

  @Test
  void signedAttributesWithTrailingContent_is400() throws Exception {
    Map<String, List<String>> form = callback();
    form.put("TaskAttributes", List.of("{\"a\":1}}garbage"));

    RawClient.Outcome outcome = signedPost("/assignment", form);

    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.body())
        .isEqualTo(
            "assignment callback parameter TaskAttributes is not valid JSON:"
                + " line 1, column 8: unexpected content after the JSON value\n");
    servesNextCallback();
  }

  @Test
  void signedAttributesNestedTooDeep_is400() throws Exception {
    Map<String, List<String>> form = callback();
    form.put("TaskAttributes", List.of("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));

    RawClient.Outcome outcome = signedPost("/assignment", form);

    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.body())
        .startsWith("assignment callback parameter TaskAttributes is not valid JSON:")
        .containsPattern("the JSON is nested deeper than \\d+ levels");
    assertNoClassNames(outcome.body());
    servesNextCallback();
  }

  @Test
  void brokenPercentEncoding_is400() throws Exception {
    RawClient.Outcome outcome =
        RawClient.send(
            port, head("POST", "/assignment", TwilioSignature.HEADER + ": c2lnbmVk"), "a=%zz&b");

    assertThat(outcome.status()).isEqualTo(400);
    assertNoClassNames(outcome.body());
    servesNextCallback();
  }
}
