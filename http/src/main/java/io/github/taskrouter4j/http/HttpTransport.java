package io.github.taskrouter4j.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP stack under {@link TwilioHttpClient}: plug in another one (OkHttp, Apache, a recorder)
 * by implementing these two methods. The default is the JDK's {@link HttpClient}.
 *
 * <p>The client decides about retries from what the transport throws: a {@link
 * java.net.ConnectException}, {@link java.net.UnknownHostException}, {@link
 * java.net.NoRouteToHostException} or {@link java.net.http.HttpConnectTimeoutException} means the
 * request was certainly not sent; any other {@link IOException} means it may have been.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends a request and reads the whole answer.
   *
   * @param request the request
   * @return the answer, whatever its status
   * @throws IOException if no complete answer arrived
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

  /**
   * Sends a request without blocking. The future fails with the {@link IOException} {@link #send}
   * would throw (possibly wrapped in a {@link java.util.concurrent.CompletionException}).
   *
   * @param request the request
   * @return the answer, whatever its status
   */
  CompletableFuture<TransportResponse> sendAsync(TransportRequest request);

  /** Releases the transport's resources; the default does nothing. */
  @Override
  default void close() {}

  /**
   * A transport on the given JDK client (for a proxy, an {@code SSLContext} or an executor of your
   * own). The client's owner closes it.
   *
   * @param client the JDK client
   * @return the transport
   */
  static HttpTransport jdk(HttpClient client) {
    return new JdkHttpTransport(client, false);
  }
}
