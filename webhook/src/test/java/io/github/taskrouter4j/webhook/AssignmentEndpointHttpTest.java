package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.taskrouter4j.sid.ActivitySid;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over real HTTP on 127.0.0.1 with the JDK's HttpServer and HttpClient. */
class AssignmentEndpointHttpTest {
  static final String TOKEN = "test-auth-token";
  static final ActivitySid BUSY = ActivitySid.of("WA0123456789abcdef0123456789abcdef");

  final List<AssignmentCallback> received = new CopyOnWriteArrayList<>();
  final HttpClient client = HttpClient.newHttpClient();
  HttpServer server;
  String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AssignmentHandler handler =
        callback -> {
          received.add(callback);
          if (callback.taskAttributes().path("fail").asBoolean()) {
            throw new IllegalStateException("secret detail");
          }
          return callback.taskAttributes().path("language").asText().equals("english")
              ? Instruction.accept()
              : Instruction.reject(BUSY);
        };
    server.createContext(
        "/assign",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder().authToken(TOKEN).handler(handler).build()));
    server.createContext(
        "/proxied",
        HttpServerAdapter.of(
            AssignmentEndpoint.builder()
                .authToken(TOKEN)
                .publicBaseUrl(URI.create("https://app.example.com"))
                .handler(handler)
                .build()));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  HttpResponse<String> post(String url, Map<String, List<String>> form, String signature)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(CallbackParams.encodeForm(form)));
    if (signature != null) {
      request.header(TwilioSignature.HEADER, signature);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signedCallback_isAnsweredWithInstructionJson() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    String url = base + "/assign?source=test";

    HttpResponse<String> response = post(url, form, TwilioSignature.compute(TOKEN, url, form));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(response.body()).isEqualTo("{\"instruction\":\"accept\"}");
    assertThat(Instruction.parse(response.body())).isSameAs(Instruction.accept());
    assertThat(received).singleElement().extracting(AssignmentCallback::taskPriority).isEqualTo(5);
  }

  @Test
  void handlerDecision_dependsOnAttributes() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    form.put("TaskAttributes", List.of("{\"language\":\"french\"}"));
    String url = base + "/assign";

    HttpResponse<String> response = post(url, form, TwilioSignature.compute(TOKEN, url, form));

    assertThat(response.body())
        .isEqualTo("{\"instruction\":\"reject\",\"activity_sid\":\"" + BUSY + "\"}");
  }

  @Test
  void unsignedOrTamperedCallback_isForbiddenAndNeverReachesHandler() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    String url = base + "/assign";
    String signature = TwilioSignature.compute(TOKEN, url, form);
    form.put("TaskPriority", List.of("100"));

    assertThat(post(url, AssignmentCallbackTest.form(), null).statusCode()).isEqualTo(403);
    HttpResponse<String> tampered = post(url, form, signature);
    assertThat(tampered.statusCode()).isEqualTo(403);
    assertThat(tampered.body()).contains("invalid X-Twilio-Signature").doesNotContain(TOKEN);
    assertThat(received).isEmpty();
  }

  @Test
  void behindProxy_signatureOverPublicUrl_isAccepted() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    String signature = TwilioSignature.compute(TOKEN, "https://app.example.com/proxied?x=1", form);

    HttpResponse<String> response = post(base + "/proxied?x=1", form, signature);

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void failingHandler_is500WithoutItsMessage() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    form.put("TaskAttributes", List.of("{\"fail\":true}"));
    String url = base + "/assign";

    HttpResponse<String> response = post(url, form, TwilioSignature.compute(TOKEN, url, form));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("IllegalStateException").doesNotContain("secret detail");
  }

  @Test
  void malformedSignedCallback_is400NamingParameter() throws Exception {
    Map<String, List<String>> form = AssignmentCallbackTest.form();
    form.remove("ReservationSid");
    String url = base + "/assign";

    HttpResponse<String> response = post(url, form, TwilioSignature.compute(TOKEN, url, form));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("missing the ReservationSid parameter");
  }

  @Test
  void get_is405() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/assign")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void builder_withoutSignaturePolicy_failsClearly() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AssignmentEndpoint.builder().handler(c -> Instruction.accept()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a signatureValidator(..) or authToken(..)");
  }
}
