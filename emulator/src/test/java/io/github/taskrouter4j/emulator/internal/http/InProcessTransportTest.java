package io.github.taskrouter4j.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.taskrouter4j.http.TransportRequest;
import io.github.taskrouter4j.http.TransportResponse;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process transport runs the same checks as the socket front. */
class InProcessTransportTest {
  private static final String ACCOUNT = "AC" + "1".repeat(32);
  private static final String TOKEN = "token";
  private static final Duration SLOW = Duration.ofMillis(300);

  private final InProcessTransport transport =
      new InProcessTransport(
          new Dispatch(
              new ApiHandler(
                  new Routes()
                      .add("GET", "/v1/Things", r -> Reply.ok(Json.MAPPER.createObjectNode()))
                      .add("GET", "/v1/Slow", r -> slowly()),
                  ACCOUNT,
                  TOKEN),
              exchange -> exchange.respond(200, "text/plain", new byte[0])));

  private static Reply slowly() {
    try {
      Thread.sleep(SLOW.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Reply.ok(Json.MAPPER.createObjectNode());
  }

  private static TransportRequest get(String uri, String token) {
    return get(uri, token, Duration.ofSeconds(5));
  }

  private static TransportRequest get(String uri, String token, Duration timeout) {
    String basic =
        Base64.getEncoder()
            .encodeToString((ACCOUNT + ":" + token).getBytes(StandardCharsets.UTF_8));
    return new TransportRequest(
        "GET",
        URI.create(uri),
        Map.of("Authorization", List.of("Basic " + basic)),
        new byte[0],
        timeout);
  }

  private static JsonNode json(TransportResponse response) throws Exception {
    return Json.MAPPER.readTree(response.body());
  }

  @Test
  void rightCredentials_areServed() throws Exception {
    TransportResponse response = transport.send(get("http://127.0.0.1:1/v1/Things", TOKEN));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().get("content-type"))
        .containsExactly("application/json; charset=utf-8");
  }

  @Test
  void wrongCredentials_get401With20003() throws Exception {
    TransportResponse response = transport.send(get("http://127.0.0.1:1/v1/Things", "wrong"));

    assertThat(response.status()).isEqualTo(401);
    assertThat(json(response).path("code").asInt()).isEqualTo(20003);
  }

  @Test
  void unknownPath_gets404With20404() throws Exception {
    TransportResponse response = transport.send(get("http://127.0.0.1:1/v1/Nothing", TOKEN));

    assertThat(response.status()).isEqualTo(404);
    assertThat(json(response).path("code").asInt()).isEqualTo(20404);
  }

  @Test
  void badPercentEncoding_isRefusedAsOverTheSocket() throws Exception {
    TransportResponse response =
        transport.sendAsync(get("http://127.0.0.1:1/v1/Things?a=%C3%28", TOKEN)).get();

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).path("message").asText())
        .isEqualTo("Bad percent-encoding in query parameter 'a': the decoded bytes are not UTF-8");
  }

  @Test
  void answerReadyAfterTheTimeout_isNotDelivered() {
    assertThatThrownBy(
            () -> transport.send(get("http://127.0.0.1:1/v1/Slow", TOKEN, Duration.ofMillis(50))))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessage(
            "The emulator did not answer TransportRequest[GET http://127.0.0.1:1/v1/Slow] within"
                + " the request timeout of 50 ms");
  }

  @Test
  void answerReadyWithinTheTimeout_isDelivered() throws Exception {
    TransportResponse response =
        transport.send(get("http://127.0.0.1:1/v1/Slow", TOKEN, SLOW.multipliedBy(20)));

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void timeoutBeyondWhatNanoTimeCounts_isServedAsAVeryLongOne() throws Exception {
    TransportResponse response =
        transport.send(
            get("http://127.0.0.1:1/v1/Things", TOKEN, Duration.ofSeconds(Long.MAX_VALUE)));

    assertThat(response.status()).isEqualTo(200);
  }
}
