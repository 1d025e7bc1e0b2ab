package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;

/**
 * When the caller of the request this thread serves stops waiting: the in-process transport sets it
 * from the client's request timeout, so that a wait inside the emulator (for a workspace's lock)
 * ends when a client over a socket would have stopped waiting for the answer. Threads of the socket
 * front serve no such caller and wait as before.
 */
public final class CallerDeadline {
  /** No deadline: the thread waits as long as it takes. */
  public static final long NONE = Long.MAX_VALUE;

  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  private CallerDeadline() {}

  /** Runs {@code handler} on {@code exchange} with this thread's deadline at {@code nanoTime}. */
  static void serve(long nanoTime, ExchangeHandler handler, ServerExchange exchange)
      throws IOException {
    DEADLINE.set(new long[] {nanoTime});
    try {
      handler.handle(exchange);
    } finally {
      DEADLINE.remove();
    }
  }

  /**
   * Nanoseconds left before the caller stops waiting (zero or less once it has), or {@link #NONE}.
   */
  public static long remainingNanos() {
    long[] deadline = DEADLINE.get();
    return deadline == null ? NONE : deadline[0] - System.nanoTime();
  }

  /**
   * The caller stopped waiting while the emulator waited on its behalf: nothing was changed, and
   * the transport reports the timeout (or the interrupt) to the caller instead of an answer.
   */
  public static final class GaveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean interrupted;

    /**
     * @param interrupted whether the caller's thread was interrupted, rather than timed out
     */
    public GaveUp(boolean interrupted) {
      super(interrupted ? "interrupted" : "timed out", null, false, false);
      this.interrupted = interrupted;
    }

    /** Whether the caller's thread was interrupted, rather than timed out. */
    boolean interrupted() {
      return interrupted;
    }
  }
}
