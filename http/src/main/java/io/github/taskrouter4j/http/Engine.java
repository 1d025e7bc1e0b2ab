package io.github.taskrouter4j.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/** Sends requests with retries, sync and async; shared by every call of one client. */
final class Engine {
  private static final long MAX_RETRY_AFTER_SECONDS = 86_400;
  private static final System.Logger LOG = System.getLogger("io.github.taskrouter4j.http");

  private final HttpTransport transport;
  private final URI baseUri;
  private final Optional<String> region;
  private final Optional<String> edge;
  private final Map<String, List<String>> fixedHeaders;
  private final Duration requestTimeout;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Executor executor;

  /** Everything the engine needs; built once by the client. */
  public Engine(
      HttpTransport transport,
      URI baseUri,
      Optional<String> region,
      Optional<String> edge,
      String authorization,
      String userAgent,
      Duration requestTimeout,
      RetryPolicy policy,
      Sleeper sleeper,
      Clock clock,
      Executor executor) {
    this.transport = transport;
    this.baseUri = baseUri;
    this.region = region;
    this.edge = edge;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of(authorization));
    headers.put("User-Agent", List.of(userAgent));
    headers.put("Accept", List.of("application/json"));
    this.fixedHeaders = Map.copyOf(headers);
    this.requestTimeout = requestTimeout;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.executor = executor;
  }

  /** A request ready to send, built once and sent as many times as retries need. */
  private final class Call {
    final String method;
    final String path;
    final TransportRequest request;
    final boolean ambiguousRetryAllowed;
    final long start = System.nanoTime();
    int attempts;
    long sleptNanos;

    Call(ApiRequest request) {
      URI uri = Urls.resolve(baseUri, request.path(), region, edge, request.query());
      Urls.checkSecure(uri, "request URL");
      this.method = request.method().name();
      this.path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      Map<String, List<String>> headers = new LinkedHashMap<>(fixedHeaders);
      byte[] body = new byte[0];
      if (request.jsonBody().isPresent()) {
        headers.put("Content-Type", List.of("application/json"));
        body = request.jsonBody().get().toString().getBytes(StandardCharsets.UTF_8);
      } else if (request.method() == ApiRequest.Method.POST) {
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        body = Urls.encode(request.form()).getBytes(StandardCharsets.UTF_8);
      }
      request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
      this.request = new TransportRequest(method, uri, headers, body, requestTimeout);
      this.ambiguousRetryAllowed = request.retryableOnAmbiguousFailure();
    }

    TransportResponse send() throws IOException, InterruptedException {
      return transport.send(request);
    }

    /** The wait before the next attempt, or empty when the policy says stop. */
    Optional<Duration> nextWait(Duration wanted) {
      if (attempts >= policy.maxAttempts()) {
        return Optional.empty();
      }
      long elapsed = Math.max(System.nanoTime() - start, sleptNanos);
      if (elapsed + wanted.toNanos() > policy.maxElapsed().toNanos()) {
        return Optional.empty();
      }
      sleptNanos += wanted.toNanos();
      return Optional.of(wanted);
    }

    Optional<Duration> waitAfterStatus(TransportResponse response) {
      if (!policy.retryStatuses().contains(response.status())) {
        return Optional.empty();
      }
      return nextWait(retryAfter(response).orElseGet(this::backoff));
    }

    Duration backoff() {
      return policy.backoff(attempts, ThreadLocalRandom.current().nextDouble());
    }

    Exchange exchange(TransportResponse response) {
      return new Exchange(method, path, response, attempts);
    }

    TaskRouterClientException failure(IOException e, boolean notSent) {
      String reason = FailureReason.describe(e, request.uri(), requestTimeout);
      String sent =
          notSent
              ? "the request was not sent"
              : ambiguousRetryAllowed
                  ? "the request may have reached the server"
                  : "the request may have reached the server and was not repeated"
                      + " (ApiRequest.retryableOnAmbiguousFailure(true) allows it)";
      return new TaskRouterClientException(
          method
              + " "
              + path
              + " failed after "
              + attempts
              + (attempts == 1 ? " attempt: " : " attempts: ")
              + reason
              + "; "
              + sent,
          method,
          path,
          attempts,
          -1,
          null,
          e);
    }

    TaskRouterClientException interrupted(InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TaskRouterClientException(
          method + " " + path + " was interrupted after " + attempts + " attempt(s); not retried",
          method,
          path,
          attempts,
          -1,
          null,
          e);
    }

    void log(TransportResponse response, Throwable failure) {
      if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.log(
            System.Logger.Level.DEBUG,
            method
                + " "
                + path
                + " -> "
                + (response != null
                    ? "HTTP " + response.status()
                    : failure.getClass().getSimpleName())
                + " in "
                + millis
                + " ms (attempt "
                + attempts
                + ")");
      }
    }
  }

  /**
   * Sends a request, retrying as the policy allows, and returns the final answer whatever its
   * status.
   *
   * @param apiRequest the request
   * @return the exchange
   */
  public Exchange send(ApiRequest apiRequest) {
    Call call = new Call(apiRequest);
    while (true) {
      call.attempts++;
      TransportResponse response;
      try {
        response = call.send();
      } catch (IOException e) {
        call.log(null, e);
        boolean notSent = notSent(e);
        Optional<Duration> wait =
            notSent || call.ambiguousRetryAllowed
                ? call.nextWait(call.backoff())
                : Optional.empty();
        if (wait.isEmpty()) {
          throw call.failure(e, notSent);
        }
        sleep(call, wait.get());
        continue;
      } catch (InterruptedException e) {
        throw call.interrupted(e);
      }
      call.log(response, null);
      Optional<Duration> wait = call.waitAfterStatus(response);
      if (wait.isEmpty()) {
        return call.exchange(response);
      }
      sleep(call, wait.get());
    }
  }

  private void sleep(Call call, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      throw call.interrupted(e);
    }
  }

  /**
   * Like {@link #send} without blocking.
   *
   * @param apiRequest the request
   * @return the exchange
   */
  public CompletableFuture<Exchange> sendAsync(ApiRequest apiRequest) {
    Call call;
    try {
      call = new Call(apiRequest);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return attemptAsync(call);
  }

  private CompletableFuture<Exchange> attemptAsync(Call call) {
    call.attempts++;
    CompletableFuture<TransportResponse> sent;
    try {
      sent = transport.sendAsync(call.request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.handle(
            (response, error) -> {
              if (error != null) {
                Throwable cause = unwrap(error);
                call.log(null, cause);
                if (!(cause instanceof IOException)) {
                  return CompletableFuture.<Exchange>failedFuture(cause);
                }
                boolean notSent = notSent((IOException) cause);
                Optional<Duration> wait =
                    notSent || call.ambiguousRetryAllowed
                        ? call.nextWait(call.backoff())
                        : Optional.empty();
                if (wait.isEmpty()) {
                  return CompletableFuture.<Exchange>failedFuture(
                      call.failure((IOException) cause, notSent));
                }
                return sleeper.delay(wait.get(), executor).thenCompose(v -> attemptAsync(call));
              }
              call.log(response, null);
              Optional<Duration> wait = call.waitAfterStatus(response);
              if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(call.exchange(response));
              }
              return sleeper.delay(wait.get(), executor).thenCompose(v -> attemptAsync(call));
            })
        .thenCompose(future -> future);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  static boolean notSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof HttpConnectTimeoutException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  /** {@code Retry-After} as delay-seconds or an HTTP date, relative to the clock. */
  Optional<Duration> retryAfter(TransportResponse response) {
    String value = null;
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      if ("Retry-After".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        value = header.getValue().get(0).trim();
      }
    }
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        // Capped at a day: any real budget ends sooner, and nanosecond arithmetic must not
        // overflow.
        return Optional.of(
            Duration.ofSeconds(Math.min(Long.parseLong(value), MAX_RETRY_AFTER_SECONDS)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      Duration max = Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(max) > 0 ? max : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
