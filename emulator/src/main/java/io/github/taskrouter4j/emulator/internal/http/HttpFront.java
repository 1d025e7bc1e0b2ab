package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's own HTTP/1.1 server: blocking sockets, one acceptor thread and a bounded pool of
 * request threads, each serving one connection at a time. Every answer, the refusals of malformed
 * requests included, is Twilio's JSON; see {@link HeadParser} for the limits.
 *
 * <p>An idle keep-alive connection holds its thread until its next request or the keep-alive
 * timeout; when every thread is taken and another client connects, an idle connection is closed to
 * make room.
 */
public final class HttpFront implements AutoCloseable {
  /** How long a connection may wait for its next request. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

  /** Connections waiting to be accepted. */
  private static final int BACKLOG = 128;

  private static final long JOIN_SECONDS = 5;

  final long deadlineNanos;
  final long keepAliveNanos = KEEP_ALIVE.toNanos();
  volatile boolean closing;

  private final ServerSocket server;
  private final ThreadPoolExecutor threads;
  private final Thread acceptor;
  ExchangeHandler handler;
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();

  /**
   * Binds {@code address:port} (0 for a free port); {@link #serve} starts answering.
   *
   * @param threads the most requests (connections) served at once; more wait in line
   * @param deadline how long a request's line, headers and body may take to arrive
   * @throws IOException if the address cannot be bound
   */
  public HttpFront(InetAddress address, int port, int threads, Duration deadline)
      throws IOException {
    this.deadlineNanos = deadline.toNanos();
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(address, port), BACKLOG);
    this.threads =
        new ThreadPoolExecutor(
            threads,
            threads,
            KEEP_ALIVE.getSeconds(),
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemon("taskrouter-emulator-http"));
    this.threads.allowCoreThreadTimeOut(true);
    this.acceptor = daemon("taskrouter-emulator-accept").newThread(this::accept);
  }

  /** Starts accepting connections and answering them with {@code handler}; call once. */
  public void serve(ExchangeHandler handler) {
    this.handler = handler;
    acceptor.start();
  }

  /** The address and port bound. */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  private void accept() {
    while (!closing) {
      Socket socket;
      try {
        socket = server.accept();
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        continue; // closed (the loop ends) or a failed handshake (the next one is accepted)
      }
      makeRoom();
      Connection connection = new Connection(this, socket);
      connections.add(connection);
      threads.execute(connection);
    }
  }

  /** When every thread is taken, closes an idle keep-alive connection so the new one is served. */
  private void makeRoom() {
    long taken =
        connections.stream()
            .filter(c -> c.state() == Connection.State.IDLE || c.state() == Connection.State.BUSY)
            .count();
    if (taken < threads.getMaximumPoolSize()) {
      return;
    }
    for (Connection c : connections) {
      if (c.closeIfIdle()) {
        return;
      }
    }
  }

  void forget(Connection connection) {
    connections.remove(connection);
  }

  /**
   * Stops accepting, closes every connection (idle keep-alive ones, open event streams and those
   * being answered) and waits for the threads to end.
   */
  @Override
  public void close() {
    closing = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    threads.shutdownNow();
    for (Connection c : connections) {
      c.close();
    }
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
      threads.awaitTermination(JOIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
