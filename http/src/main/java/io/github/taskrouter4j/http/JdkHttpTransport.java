package io.github.taskrouter4j.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link HttpTransport} on the JDK's {@link HttpClient}: the default, package-private beside its
 * interface so that {@link HttpTransport#jdk} needs no import of another package.
 */
final class JdkHttpTransport implements HttpTransport {
  private final HttpClient client;
  private final boolean owned;

  /**
   * Wraps a JDK client.
   *
   * @param client the client
   * @param owned whether {@link #close()} closes it (on JDKs where it is closeable)
   */
  JdkHttpTransport(HttpClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    return convert(client.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray()));
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    return client
        .sendAsync(toJdk(request), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(JdkHttpTransport::convert);
  }

  @Override
  public void close() {
    // HttpClient is AutoCloseable from JDK 21 on; earlier JDKs release it when unreachable.
    Object maybeCloseable = client;
    if (owned && maybeCloseable instanceof AutoCloseable) {
      try {
        ((AutoCloseable) maybeCloseable).close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the JDK HttpClient failed", e);
      }
    }
  }

  private static HttpRequest toJdk(TransportRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    if ("http".equals(request.uri().getScheme())) {
      // Plain HTTP only goes to loopback (emulator, tests): skip the h2c upgrade dance.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    byte[] body = request.body();
    HttpRequest.BodyPublisher publisher =
        body.length == 0 && !"POST".equals(request.method())
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return builder.method(request.method(), publisher).build();
  }

  private static TransportResponse convert(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    return new TransportResponse(
        response.statusCode(), response.headers().map(), body == null ? new byte[0] : body);
  }
}
