package io.github.taskrouter4j.http.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving HTTP/1.1 server on 127.0.0.1, one thread per connection: each request is answered
 * by the next queued {@link Behaviour} (resets, truncated or dripping bodies, HTML pages, an idle
 * connection closed), or by a well-formed {@code 200 {"ok":true}} once the queue is empty, so a
 * test can show that the client still serves the next call.
 */
final class HostileServer implements AutoCloseable {

  /** Answers one request; returns whether the connection stays open for another. */
  interface Behaviour {
    boolean serve(Socket socket, String request) throws IOException;
  }

  static final String OK_JSON = "{\"ok\":true}";

  private final ServerSocket server;
  private final ExecutorService connections =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "hostile-server");
            t.setDaemon(true);
            return t;
          });
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hostile-drip");
            t.setDaemon(true);
            return t;
          });
  private final Queue<Behaviour> queued = new ConcurrentLinkedQueue<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();

  HostileServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::acceptLoop);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Requests read so far, on every connection. */
  int requests() {
    return requests.get();
  }

  HostileServer enqueue(Behaviour behaviour) {
    queued.add(behaviour);
    return this;
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        connections.execute(() -> serveConnection(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serveConnection(Socket socket) {
    try (socket) {
      boolean keepOpen = true;
      while (keepOpen) {
        String request = readRequest(socket.getInputStream());
        if (request == null) {
          return;
        }
        requests.incrementAndGet();
        Behaviour behaviour = queued.poll();
        keepOpen = (behaviour == null ? json(200, OK_JSON) : behaviour).serve(socket, request);
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    } finally {
      open.remove(socket);
    }
  }

  /** A complete answer with a JSON body; the connection stays open. */
  static Behaviour json(int status, String body, String... headerLines) {
    return answer(status, "application/json", body, headerLines);
  }

  /** A complete answer; the connection stays open. */
  static Behaviour answer(int status, String contentType, String body, String... headerLines) {
    return (socket, request) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head =
          new StringBuilder("HTTP/1.1 " + status + " Hostile\r\n")
              .append("Content-Type: ")
              .append(contentType)
              .append("\r\nContent-Length: ")
              .append(bytes.length)
              .append("\r\n");
      for (String line : headerLines) {
        head.append(line).append("\r\n");
      }
      write(socket, head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8), bytes);
      return true;
    };
  }

  /** Answers as {@code behaviour} does, then closes the idle connection without saying so. */
  static Behaviour thenClose(Behaviour behaviour) {
    return (socket, request) -> {
      behaviour.serve(socket, request);
      return false;
    };
  }

  /** A TCP reset instead of an answer. */
  static Behaviour reset() {
    return (socket, request) -> {
      socket.setSoLinger(true, 0);
      socket.close();
      return false;
    };
  }

  /** Promises {@code declared} bytes of body, sends {@code sent} of them and closes. */
  static Behaviour truncated(int declared, String sent) {
    return (socket, request) -> {
      write(
          socket,
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + declared
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8),
          sent.getBytes(StandardCharsets.UTF_8));
      return false;
    };
  }

  /** Bytes that are not HTTP at all, then a close. */
  static Behaviour garbage(String text) {
    return (socket, request) -> {
      write(socket, text.getBytes(StandardCharsets.UTF_8), new byte[0]);
      return false;
    };
  }

  /**
   * Sends headers promising {@code bytes} bytes, then one byte every {@code period}; counts down
   * {@code hungUp} when a write fails because the client closed the connection.
   */
  Behaviour drip(int bytes, Duration period, CountDownLatch hungUp) {
    return (socket, request) -> {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + bytes
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      CountDownLatch done = new CountDownLatch(1);
      AtomicInteger left = new AtomicInteger(bytes);
      ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
      task[0] =
          ticker.scheduleAtFixedRate(
              () -> {
                try {
                  out.write(' ');
                  out.flush();
                  if (left.decrementAndGet() == 0) {
                    done.countDown();
                    task[0].cancel(false);
                  }
                } catch (IOException e) {
                  hungUp.countDown();
                  done.countDown();
                  throw new IllegalStateException("client hung up", e); // ends the schedule
                }
              },
              0,
              period.toMillis(),
              TimeUnit.MILLISECONDS);
      try {
        done.await(bytes * period.toMillis() * 2, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    };
  }

  private static void write(Socket socket, byte[] head, byte[] body) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(head);
    out.write(body);
    out.flush();
  }

  /** The request head and body, or {@code null} at the end of the stream. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    byte[] end = {'\r', '\n', '\r', '\n'};
    int matched = 0;
    int b;
    while (matched < end.length && (b = in.read()) >= 0) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    if (matched < end.length) {
      return null;
    }
    String text = head.toString(StandardCharsets.UTF_8);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    ticker.shutdownNow();
    connections.shutdownNow();
  }
}
