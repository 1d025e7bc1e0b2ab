package io.github.taskrouter4j.emulator.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as its head frames it: {@code Content-Length} bytes, or chunks ({@code
 * Transfer-Encoding: chunked}, trailers read and dropped). Before the first byte is read it answers
 * {@code Expect: 100-continue}, so a client that waits for that sends its body only when the
 * handler wants it.
 */
final class BodyInput extends InputStream {
  /** The longest chunk-size or trailer line read. */
  private static final int MAX_LINE = 1024;

  /** The most trailer lines read after the last chunk. */
  private static final int MAX_TRAILERS = 100;

  /** Sends {@code 100 Continue}. */
  interface Continue {
    void send() throws IOException;
  }

  private final InputStream in;
  private final boolean chunked;
  private Continue onFirstRead;
  private long left;
  private boolean done;

  BodyInput(InputStream in, RequestHead head, Continue onFirstRead) {
    this.in = in;
    this.chunked = head.chunked;
    this.onFirstRead = head.expectContinue && head.hasBody() ? onFirstRead : null;
    this.left = head.chunked ? 0 : head.contentLength;
    this.done = !head.hasBody();
  }

  /** Whether the whole body was read, so the connection can carry another request. */
  boolean complete() {
    return done;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (done || !ready()) {
      return -1;
    }
    int n = in.read(buffer, offset, (int) Math.min(length, left));
    if (n < 0) {
      throw new EOFException("the connection ended in the middle of the request body");
    }
    left -= n;
    if (left == 0 && !chunked) {
      done = true;
    }
    return n;
  }

  /** Whether bytes of the body are left, reading the next chunk's size if needed. */
  private boolean ready() throws IOException {
    if (onFirstRead != null) {
      Continue c = onFirstRead;
      onFirstRead = null;
      c.send();
    }
    if (left > 0) {
      return true;
    }
    if (!chunked) {
      done = true;
      return false;
    }
    String sizeLine = line();
    if (sizeLine.isEmpty()) { // the CRLF after the previous chunk's data
      sizeLine = line();
    }
    int semicolon = sizeLine.indexOf(';');
    String size = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
    if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(BodyInput::isHex)) {
      throw ApiError.invalid(
          "A chunk of the request body must start with its size in hexadecimal, was '"
              + size
              + "'");
    }
    left = Long.parseLong(size, 16);
    if (left == 0) {
      for (int trailers = 0; !line().isEmpty(); trailers++) {
        if (trailers == MAX_TRAILERS) {
          throw ApiError.invalid("The request body has more than " + MAX_TRAILERS + " trailers");
        }
      }
      done = true;
      return false;
    }
    return true;
  }

  private String line() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection ended in the middle of the request body");
      }
      if (text.length() > MAX_LINE) {
        throw ApiError.invalid(
            "A chunk-size or trailer line of the request body exceeds " + MAX_LINE + " bytes");
      }
      if (b != '\r') {
        text.append((char) b);
      }
    }
    return text.toString();
  }

  private static boolean isHex(int c) {
    return Character.digit(c, 16) >= 0;
  }
}
