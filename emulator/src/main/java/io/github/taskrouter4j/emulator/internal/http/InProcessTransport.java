package io.github.taskrouter4j.emulator.internal.http;

import io.github.taskrouter4j.http.HttpTransport;
import io.github.taskrouter4j.http.TransportRequest;
import io.github.taskrouter4j.http.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A transport that hands each request straight to the emulator's dispatch, on the calling thread:
 * the same target and header checks, credentials check, endpoints and JSON as over a socket,
 * without the socket. The answer of a streamed response (the console's live updates) is what was
 * written before the handler returned.
 *
 * <p>The request's timeout holds as over a socket: a request that waits for a busy workspace longer
 * than that fails with {@link HttpTimeoutException} and changes nothing; an answer ready only after
 * the timeout is not delivered either (the change it reports was made, as when a socket answer
 * arrives too late).
 */
public final class InProcessTransport implements HttpTransport {
  /**
   * Longer timeouts are taken as this one, so that the deadline stays within the range {@link
   * System#nanoTime()} can compare.
   */
  private static final Duration LONGEST_TIMEOUT = Duration.ofNanos(Long.MAX_VALUE / 2);

  private final ExchangeHandler dispatch;

  /**
   * Answers with {@code dispatch}; {@link #sendAsync} runs on the common fork-join pool.
   *
   * @param dispatch the same handler the socket front serves
   */
  public InProcessTransport(ExchangeHandler dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
    Captured answer = new Captured();
    RequestHead head;
    try {
      head = HeadParser.head(requestLine(request.uri(), request.method()), headers(request));
    } catch (ApiError e) {
      ServerExchange.refuse(e, answer);
      return answer.response();
    }
    if (head.contentLength > ApiHandler.MAX_BODY) {
      ServerExchange.refuse(ApiHandler.tooLarge(), answer);
      return answer.response();
    }
    ServerExchange exchange =
        new ServerExchange(head, new ByteArrayInputStream(request.body()), answer);
    long deadline = System.nanoTime() + timeoutNanos(request.timeout());
    try {
      CallerDeadline.serve(deadline, dispatch, exchange);
    } catch (CallerDeadline.GaveUp e) {
      if (e.interrupted()) {
        throw new InterruptedException(
            "Interrupted while the emulator waited to answer " + request);
      }
      throw timedOut(request);
    }
    if (!exchange.answered()) {
      throw new IOException("The emulator did not answer " + request);
    }
    if (System.nanoTime() - deadline > 0) {
      throw timedOut(request);
    }
    return answer.response();
  }

  /** The timeout in nanoseconds, at most {@link #LONGEST_TIMEOUT} (about 146 years). */
  private static long timeoutNanos(Duration timeout) {
    return timeout.compareTo(LONGEST_TIMEOUT) > 0 ? LONGEST_TIMEOUT.toNanos() : timeout.toNanos();
  }

  private static HttpTimeoutException timedOut(TransportRequest request) {
    return new HttpTimeoutException(
        "The emulator did not answer "
            + request
            + " within the request timeout of "
            + request.timeout().toMillis()
            + " ms");
  }

  @Override
  public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return send(request);
          } catch (IOException e) {
            throw new CompletionException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
          }
        });
  }

  private static String requestLine(URI uri, String method) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return method + " " + path + query + " HTTP/1.1";
  }

  /** The request's headers, with the Host and Content-Length a socket client would send. */
  private static Map<String, List<String>> headers(TransportRequest request) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    headers.putIfAbsent("Host", List.of(request.uri().getRawAuthority()));
    if (request.body().length > 0) {
      headers.put("Content-Length", List.of(String.valueOf(request.body().length)));
    }
    return headers;
  }

  /** Collects the answer in memory. */
  private static final class Captured implements ServerExchange.Sink {
    private int status;
    private Map<String, List<String>> headers = Map.of();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Override
    public OutputStream begin(int status, Map<String, List<String>> headers, long length) {
      this.status = status;
      this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      this.headers.putAll(headers);
      return body;
    }

    TransportResponse response() {
      return new TransportResponse(status, headers, body.toByteArray());
    }
  }
}
