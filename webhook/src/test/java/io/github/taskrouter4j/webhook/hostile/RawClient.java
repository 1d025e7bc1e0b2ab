package io.github.taskrouter4j.webhook.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** A socket-level HTTP/1.1 client on 127.0.0.1 for requests no polite client sends. */
final class RawClient {
  private static final int READ_TIMEOUT_MILLIS = 10_000;
  private static final int CHUNK = 64 * 1024;

  private RawClient() {}

  /** What came back, and how much of the upload the server let through. */
  static final class Outcome {
    final String response;
    final long bytesSent;

    Outcome(String response, long bytesSent) {
      this.response = response;
      this.bytesSent = bytesSent;
    }

    /** The status code of the answer's first line. */
    int status() {
      String[] statusLine = response.split("\r\n", 2)[0].split(" ");
      return statusLine.length < 2 ? -1 : Integer.parseInt(statusLine[1]);
    }

    /** The answer's body. */
    String body() {
      int start = response.indexOf("\r\n\r\n");
      return start < 0 ? "" : response.substring(start + 4);
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}. */
  static Outcome send(int port, String head, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange(
        port,
        head + "\r\nContent-Length: " + bytes.length + "\r\n\r\n",
        out -> {
          out.write(bytes);
          return bytes.length;
        });
  }

  /**
   * Sends {@code head}, then streams {@code total} bytes of body ({@code chunked} or as promised by
   * a {@code Content-Length} in {@code head}) while reading the answer; the upload stops as soon as
   * the server closes the connection.
   */
  static Outcome upload(int port, String head, long total, boolean chunked) throws Exception {
    return exchange(
        port,
        head + (chunked ? "\r\nTransfer-Encoding: chunked" : "") + "\r\n\r\n",
        out -> {
          byte[] chunk = new byte[CHUNK];
          Arrays.fill(chunk, (byte) 'a');
          long sent = 0;
          while (sent < total) {
            if (chunked) {
              out.write((Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write(chunk);
            if (chunked) {
              out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            sent += CHUNK;
          }
          return sent;
        });
  }

  /** Writes a body, returning the bytes written; stops with an IOException when cut off. */
  interface BodyWriter {
    long write(OutputStream out) throws IOException;
  }

  private static Outcome exchange(int port, String head, BodyWriter body) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                try {
                  body.write(new CountingStream(out, sent));
                  out.flush();
                } catch (IOException e) {
                  // the server closed the connection: the upload was cut short
                }
              },
              "raw-upload");
      writer.setDaemon(true);
      writer.start();
      String response = readUntilClosed(socket.getInputStream());
      socket.close();
      writer.join(READ_TIMEOUT_MILLIS);
      return new Outcome(response, sent.get());
    }
  }

  private static String readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        received.write(buffer, 0, n);
        if (complete(received.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (IOException e) {
      // a reset after the answer, or a timeout on a kept connection: keep what arrived
    }
    return received.toString(StandardCharsets.UTF_8);
  }

  /** Whether a whole answer with a {@code Content-Length} (or none) has arrived. */
  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        int length = Integer.parseInt(line.substring("content-length:".length()).trim());
        return text.length() - end - 4 >= length;
      }
    }
    return true;
  }

  /** Counts what was written, so a cut-off upload still reports how far it got. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private final AtomicLong count;

    CountingStream(OutputStream out, AtomicLong count) {
      this.out = out;
      this.count = count;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count.addAndGet(len);
    }
  }
}
