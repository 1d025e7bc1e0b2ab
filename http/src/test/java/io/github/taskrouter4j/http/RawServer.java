package io.github.taskrouter4j.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket-level server on 127.0.0.1 for answers a proper HTTP server will not give: a reset
 * connection, a body cut short, headers spelled exactly as Twilio spells them.
 */
final class RawServer implements AutoCloseable {

  /** What to do with one connection once its request was read. */
  interface Behaviour {
    void respond(Socket socket, String request) throws IOException;
  }

  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread thread;

  RawServer(Behaviour behaviour) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                  String request = readRequest(connection.getInputStream());
                  requests.incrementAndGet();
                  behaviour.respond(connection, request);
                } catch (IOException e) {
                  // closed or reset: next connection
                }
              }
            },
            "raw-server");
    thread.setDaemon(true);
    thread.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  int requests() {
    return requests.get();
  }

  /** Sends a TCP RST instead of an answer. */
  static void reset(Socket connection) throws IOException {
    connection.setSoLinger(true, 0);
    connection.close();
  }

  static void write(Socket connection, String response) throws IOException {
    connection.getOutputStream().write(response.getBytes(StandardCharsets.UTF_8));
    connection.getOutputStream().flush();
  }

  static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4 && (b = in.read()) >= 0) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.UTF_8);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
