package io.github.taskrouter4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small test client: real HTTP to the emulator with its Basic credentials. */
final class Api {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URI base;
  private final String authorization;

  Api(TaskRouterEmulator emulator) {
    this(
        emulator.baseUri(),
        emulator.credentials().accountSid().value(),
        emulator.credentials().authToken());
  }

  Api(URI base, String user, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One answer: status, body and ETag. */
  record Answer(int status, JsonNode body, String etag) {
    JsonNode ok() {
      if (status / 100 != 2) {
        throw new AssertionError("expected success but got " + status + ": " + body);
      }
      return body;
    }

    String sid() {
      return ok().path("sid").asText();
    }
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Answer delete(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).DELETE();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  /** POSTs form pairs: name, value, name, value... */
  Answer post(String path, String... pairs) {
    return postWithHeaders(path, new String[0], pairs);
  }

  Answer postWithHeaders(String path, String[] headers, String... pairs) {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  private Answer send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              builder.header("Authorization", authorization).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body =
          response.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(response.body());
      return new Answer(
          response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
