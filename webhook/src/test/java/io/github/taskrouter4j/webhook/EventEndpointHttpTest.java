package io.github.taskrouter4j.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventEndpointHttpTest {
  static final String TOKEN = "event-token";
  final List<TaskRouterEvent> handled = new CopyOnWriteArrayList<>();
  final HttpClient client = HttpClient.newHttpClient();
  HttpServer server;
  String url;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    EventEndpoint endpoint =
        EventEndpoint.builder()
            .authToken(TOKEN)
            .deduplicator(EventDeduplicator.create(100, Duration.ofHours(1)))
            .handler(handled::add)
            .build();
    server.createContext("/events", HttpServerAdapter.of(endpoint));
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  HttpResponse<String> post(Map<String, List<String>> form, String signature) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(TwilioSignature.HEADER, signature)
            .POST(HttpRequest.BodyPublishers.ofString(CallbackParams.encodeForm(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void signedEvent_isHandledOnce_andAnswered204Json() throws Exception {
    Map<String, List<String>> form = TaskRouterEventTest.form(EventType.RESERVATION_CREATED);
    String signature = TwilioSignature.compute(TOKEN, url, form);

    HttpResponse<String> first = post(form, signature);
    HttpResponse<String> redelivery = post(form, signature);

    assertThat(first.statusCode()).isEqualTo(204);
    assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(redelivery.statusCode()).isEqualTo(204);
    assertThat(handled).singleElement().isInstanceOf(ReservationEvent.class);
  }

  @Test
  void badSignature_is403() throws Exception {
    Map<String, List<String>> form = TaskRouterEventTest.form(EventType.TASK_CREATED);

    assertThat(post(form, "bm9wZQ==").statusCode()).isEqualTo(403);
    assertThat(handled).isEmpty();
  }
}
