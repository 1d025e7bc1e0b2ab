package io.github.taskrouter4j.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how long to wait before sending a request again.
 *
 * <p>A request is retried when Twilio answers with a status in {@link #retryStatuses()} (429 and
 * 503 by default), when the connection failed before the request was sent, and, for requests that
 * allow it ({@link ApiRequest#retryableOnAmbiguousFailure()}), when it failed after it may have
 * been sent. The wait is the answer's {@code Retry-After} (seconds or HTTP date) when present, else
 * an exponential backoff with jitter: {@code initialBackoff * multiplier^(n-1)}, capped at {@code
 * maxBackoff}, of which a random share of up to {@code jitter} is removed. Retrying stops after
 * {@code maxAttempts} sends, or when the next wait would end more than {@code maxElapsed} after the
 * first send.
 *
 * <pre>{@code
 * RetryPolicy.defaults();   // 4 attempts, 250 ms doubling to 8 s, jitter 0.5, 30 s in all
 * RetryPolicy.none();       // one attempt
 * RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(1)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxElapsed;
  private final Set<Integer> retryStatuses;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.multiplier = builder.multiplier;
    this.jitter = builder.jitter;
    this.maxElapsed = builder.maxElapsed;
    this.retryStatuses = Set.copyOf(builder.retryStatuses);
  }

  /** 4 attempts, backoff 250 ms doubling up to 8 s with jitter 0.5, 30 s in all, on 429 and 503. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retry: one attempt. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = maxAttempts;
    builder.initialBackoff = initialBackoff;
    builder.maxBackoff = maxBackoff;
    builder.multiplier = multiplier;
    builder.jitter = jitter;
    builder.maxElapsed = maxElapsed;
    builder.retryStatuses = new TreeSet<>(retryStatuses);
    return builder;
  }

  /** How many times a request is sent at most, including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest computed wait (a server's {@code Retry-After} is honoured beyond it). */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The growth factor of the wait from one retry to the next. */
  public double multiplier() {
    return multiplier;
  }

  /** The largest share of each computed wait removed at random, 0 to 1. */
  public double jitter() {
    return jitter;
  }

  /** The time budget from the first send; no retry is started whose wait ends later. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /** The HTTP statuses that are retried: 429 and 503 by default. */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /**
   * The computed wait before retry number {@code retry} (1 for the first retry).
   *
   * @param retry the 1-based retry number
   * @param random a value in [0, 1) choosing the jitter
   * @return the wait
   */
  public Duration backoff(int retry, double random) {
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    millis = Math.min(millis, maxBackoff.toMillis());
    millis -= millis * jitter * random;
    return Duration.ofMillis(Math.max(0, Math.round(millis)));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + ", maxElapsed="
        + maxElapsed
        + ", retryStatuses="
        + new TreeSet<>(retryStatuses)
        + "]";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxElapsed = Duration.ofSeconds(30);
    private Set<Integer> retryStatuses = new TreeSet<>(Set.of(429, 503));

    private Builder() {}

    /**
     * Sends at most this many times, including the first.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The wait before the first retry, before jitter.
     *
     * @param initialBackoff zero or positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * The cap on computed waits.
     *
     * @param maxBackoff zero or positive
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * The growth factor from one wait to the next.
     *
     * @param multiplier at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * The largest share of each computed wait removed at random; 0 for exact waits.
     *
     * @param jitter 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The time budget from the first send.
     *
     * @param maxElapsed zero or positive
     * @return this builder
     */
    public Builder maxElapsed(Duration maxElapsed) {
      this.maxElapsed = nonNegative("maxElapsed", maxElapsed);
      return this;
    }

    /**
     * The HTTP statuses to retry (replacing 429 and 503). Add 500/502/504 only if your calls are
     * safe to repeat: Twilio may have processed the request before failing.
     *
     * @param statuses statuses from 400 to 599
     * @return this builder
     */
    public Builder retryStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses == null");
      for (Integer status : statuses) {
        if (status == null || status < 400 || status > 599) {
          throw new IllegalArgumentException(
              "retry statuses must be between 400 and 599, was " + status);
        }
      }
      this.retryStatuses = new TreeSet<>(statuses);
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff ("
                + maxBackoff
                + ") must not be less than initialBackoff ("
                + initialBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String field, Duration value) {
      Objects.requireNonNull(value, field + " == null");
      if (value.isNegative()) {
        throw new IllegalArgumentException(field + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
