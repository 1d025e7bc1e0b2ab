package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A socket's input with a deadline: each read waits at most until it, so a client that drips its
 * request (or never sends the rest) is cut off when its time is up, however it spaces its bytes.
 */
final class DeadlineInput extends InputStream {
  /** The deadline passed before the bytes arrived. */
  static final class Expired extends IOException {
    private static final long serialVersionUID = 1L;

    Expired() {
      super("the deadline passed before the request arrived", null);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private long deadlineNanos;

  DeadlineInput(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /** Reads from now on must finish within {@code nanos}. */
  void within(long nanos) {
    deadlineNanos = System.nanoTime() + nanos;
  }

  @Override
  public int read() throws IOException {
    arm();
    try {
      return in.read();
    } catch (SocketTimeoutException e) {
      throw new Expired();
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    arm();
    try {
      return in.read(buffer, offset, length);
    } catch (SocketTimeoutException e) {
      throw new Expired();
    }
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  private void arm() throws IOException {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      throw new Expired();
    }
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, toMillis(left))));
  }

  private static long toMillis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos + 999_999);
  }
}
