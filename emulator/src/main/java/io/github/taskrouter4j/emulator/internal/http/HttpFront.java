package io.github.taskrouter4j.emulator.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's own HTTP/1.1 server. One thread accepts connections; one thread watches the idle
 * ones (new, or between keep-alive requests) with a selector; a bounded pool of request threads
 * reads and answers a connection's requests once its bytes arrive, with blocking I/O. An idle
 * connection holds no thread, so keep-alive clients cannot starve others; a slow one holds one
 * thread at most until the request deadline, and so does a client that stops taking its answer.
 * Every answer, the refusals of malformed requests included, is Twilio's JSON; see {@link
 * HeadParser} for the limits.
 */
public final class HttpFront implements AutoCloseable {
  /** How long a connection may wait for its next request. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

  /** Connections waiting to be accepted. */
  private static final int BACKLOG = 128;

  private static final long JOIN_SECONDS = 5;
  private static final long SELECT_MILLIS = 1000;
  private static final long STALL_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(SELECT_MILLIS);

  final long deadlineNanos;
  volatile boolean closing;

  private final long keepAliveNanos = KEEP_ALIVE.toNanos();
  private final ServerSocketChannel server;
  private final Selector selector;
  private final ThreadPoolExecutor threads;
  private final Thread acceptor;
  private final Thread watcher;
  private final Queue<Connection> becameIdle = new ConcurrentLinkedQueue<>();
  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private volatile ExchangeHandler handler;
  private long lastStallCheck = System.nanoTime();

  /**
   * Binds {@code address:port} (0 for a free port); {@link #serve} starts answering.
   *
   * @param threads the most requests served at once; connections with a request beyond that wait
   * @param deadline how long a request's line, headers and body may take to arrive
   * @throws IOException if the address cannot be bound
   */
  public HttpFront(InetAddress address, int port, int threads, Duration deadline)
      throws IOException {
    this.deadlineNanos = deadline.toNanos();
    this.server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(address, port), BACKLOG);
    this.selector = Selector.open();
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
    this.watcher = daemon("taskrouter-emulator-idle").newThread(this::watchIdle);
  }

  /** Starts accepting connections and answering them with {@code handler}; call once. */
  public void serve(ExchangeHandler handler) {
    this.handler = handler;
    watcher.start();
    acceptor.start();
  }

  /** The address and port bound. */
  public InetSocketAddress address() {
    return (InetSocketAddress) server.socket().getLocalSocketAddress();
  }

  ExchangeHandler handler() {
    return handler;
  }

  private void accept() {
    while (!closing) {
      try {
        SocketChannel channel = server.accept();
        channel.socket().setTcpNoDelay(true);
        Connection connection = new Connection(this, channel);
        connections.add(connection);
        idle(connection);
      } catch (IOException e) {
        // closed (the loop ends), or one failed handshake (the next one is accepted)
      }
    }
  }

  /** Puts {@code connection} in the idle set until its next bytes arrive. */
  void idle(Connection connection) {
    connection.idleSince = System.nanoTime();
    becameIdle.add(connection);
    selector.wakeup();
  }

  void forget(Connection connection) {
    connections.remove(connection);
  }

  /** Hands connections whose bytes arrived to the request threads; closes those idle too long. */
  private void watchIdle() {
    while (!closing) {
      try {
        selector.select(SELECT_MILLIS);
        List<Connection> ready = new ArrayList<>();
        while (!selector.selectedKeys().isEmpty()) {
          for (SelectionKey key : selector.selectedKeys()) {
            key.cancel();
            ready.add((Connection) key.attachment());
          }
          selector.selectedKeys().clear();
          selector.selectNow(); // deregisters the cancelled keys, so the channels can block again
        }
        long now = System.nanoTime();
        for (SelectionKey key : selector.keys()) {
          Connection c = (Connection) key.attachment();
          if (now - c.idleSince > keepAliveNanos) {
            c.close();
          }
        }
        if (now - lastStallCheck >= STALL_CHECK_NANOS) {
          lastStallCheck = now;
          closeStalledWriters(now);
        }
        for (Connection c : ready) {
          dispatch(c);
        }
        for (Connection c; (c = becameIdle.poll()) != null; ) {
          watch(c);
        }
      } catch (IOException | RuntimeException e) {
        if (!closing) {
          System.getLogger(HttpFront.class.getName())
              .log(System.Logger.Level.ERROR, "The idle-connection watcher failed", e);
        }
      }
    }
  }

  /**
   * Closes the connections whose client has not taken an answer for longer than the request
   * deadline: the thread blocked writing it gets an error and is freed.
   */
  private void closeStalledWriters(long now) {
    for (Connection c : connections) {
      if (c.writeStalled(now, deadlineNanos)) {
        c.close();
      }
    }
  }

  private void dispatch(Connection c) {
    try {
      c.channel.configureBlocking(true);
      threads.execute(c);
    } catch (IOException | RejectedExecutionException e) {
      c.close();
    }
  }

  private void watch(Connection c) {
    try {
      c.channel.configureBlocking(false);
      c.channel.register(selector, SelectionKey.OP_READ, c);
    } catch (IOException | RuntimeException e) {
      c.close(); // closed meanwhile, or the front is closing
    }
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
    selector.wakeup();
    threads.shutdownNow();
    for (Connection c : connections) {
      c.close();
    }
    try {
      acceptor.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
      watcher.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
      threads.awaitTermination(JOIN_SECONDS, TimeUnit.SECONDS);
      selector.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // closed anyway
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
