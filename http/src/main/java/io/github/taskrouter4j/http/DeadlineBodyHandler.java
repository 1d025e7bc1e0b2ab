package io.github.taskrouter4j.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body into a byte array within a deadline that starts when the request is sent. The JDK's
 * {@code HttpRequest.timeout} stops counting once the headers arrive, so without this a server that
 * drips its body a byte at a time holds the caller for as long as it likes. Past the deadline the
 * body subscription is cancelled (the JDK then closes the connection) and the body fails with
 * {@link HttpTimeoutException}, which {@code Engine} reports as a request timeout. The deadline is
 * checked by {@link BodyDeadlines}, within {@link BodyDeadlines#TICK_MILLIS} ms of passing.
 */
final class DeadlineBodyHandler implements HttpResponse.BodyHandler<byte[]> {
  private final long deadlineNanos;
  private final Duration timeout;

  private DeadlineBodyHandler(long deadlineNanos, Duration timeout) {
    this.deadlineNanos = deadlineNanos;
    this.timeout = timeout;
  }

  /**
   * A handler whose deadline is {@code timeout} from now: create it just before sending.
   *
   * @param timeout the time allowed for the whole exchange
   */
  static DeadlineBodyHandler startingNow(Duration timeout) {
    return new DeadlineBodyHandler(System.nanoTime() + timeout.toNanos(), timeout);
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    return new Subscriber(
        HttpResponse.BodySubscribers.ofByteArray(), deadlineNanos - System.nanoTime(), timeout);
  }

  /**
   * Delegates to the JDK's byte-array subscriber and cancels it at the deadline, which {@link
   * BodyDeadlines} watches.
   */
  private static final class Subscriber
      implements HttpResponse.BodySubscriber<byte[]>, BodyDeadlines.Watched {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final long deadlineNanos;
    private final Duration timeout;
    private Flow.Subscription subscription;
    private boolean expired;

    Subscriber(
        HttpResponse.BodySubscriber<byte[]> delegate, long remainingNanos, Duration timeout) {
      this.delegate = delegate;
      this.deadlineNanos = System.nanoTime() + Math.max(0, remainingNanos);
      this.timeout = timeout;
      BodyDeadlines.SHARED.watch(this);
      delegate
          .getBody()
          .whenComplete(
              (bytes, failure) -> {
                BodyDeadlines.SHARED.unwatch(this);
                if (failure == null) {
                  body.complete(bytes);
                } else {
                  body.completeExceptionally(
                      failure instanceof CompletionException && failure.getCause() != null
                          ? failure.getCause()
                          : failure);
                }
              });
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public void expire() {
      Flow.Subscription toCancel;
      synchronized (this) {
        expired = true;
        toCancel = subscription;
      }
      body.completeExceptionally(
          new HttpTimeoutException(
              "the response body did not arrive within the request timeout of " + timeout));
      if (toCancel != null) {
        toCancel.cancel();
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      boolean cancelNow;
      synchronized (this) {
        this.subscription = subscription;
        cancelNow = expired;
      }
      if (cancelNow) {
        subscription.cancel();
        return;
      }
      delegate.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      delegate.onComplete();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }
  }
}
