package io.github.taskrouter4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The floor of {@link HttpBenchmark}: one kept-alive socket, a request written as pre-built bytes,
 * the answer read on the same thread (status line, {@code Content-Length}, body). No pool, no
 * executor, no TLS, no redirects, no timeouts: what any client must at least do over loopback. One
 * instance per thread; not thread-safe.
 */
final class RawSocketHttpClient implements AutoCloseable {
  private static final int HEAD_BYTES_MAX = 8192;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] request;
  private final byte[] head = new byte[HEAD_BYTES_MAX];

  RawSocketHttpClient(URI base, String path, String authorization, String form) throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream());
    byte[] body = form.getBytes(StandardCharsets.UTF_8);
    String text =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nAuthorization: "
            + authorization
            + "\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8"
            + "\r\nAccept: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headers = text.getBytes(StandardCharsets.US_ASCII);
    request = Arrays.copyOf(headers, headers.length + body.length);
    System.arraycopy(body, 0, request, headers.length, body.length);
  }

  /** Sends the request and returns the body of a 201 answer. */
  byte[] post() throws IOException {
    out.write(request);
    out.flush();
    int length = readHead();
    if (!startsWith("HTTP/1.1 201")) {
      throw new IOException(
          "unexpected answer: " + new String(head, 0, 12, StandardCharsets.US_ASCII));
    }
    return in.readNBytes(length);
  }

  /** Reads the status line and headers into {@link #head}; returns the {@code Content-Length}. */
  private int readHead() throws IOException {
    int size = 0;
    int lineStart = 0;
    int length = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed the connection");
      }
      head[size++] = (byte) b;
      if (b == '\n') {
        int lineLength = size - lineStart - 2;
        if (lineLength == 0) {
          break;
        }
        String line = new String(head, lineStart, lineLength, StandardCharsets.US_ASCII);
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring("content-length:".length()).trim());
        }
        lineStart = size;
      }
    }
    if (length < 0) {
      throw new IOException("the answer has no Content-Length");
    }
    return length;
  }

  private boolean startsWith(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (head[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
