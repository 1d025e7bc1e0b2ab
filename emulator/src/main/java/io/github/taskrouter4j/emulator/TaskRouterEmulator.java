package io.github.taskrouter4j.emulator;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.emulator.internal.api.Endpoints;
import io.github.taskrouter4j.emulator.internal.console.Console;
import io.github.taskrouter4j.emulator.internal.console.ConsoleClock;
import io.github.taskrouter4j.emulator.internal.engine.Emulation;
import io.github.taskrouter4j.emulator.internal.http.Dispatch;
import io.github.taskrouter4j.emulator.internal.http.HttpFront;
import io.github.taskrouter4j.emulator.internal.http.InProcessTransport;
import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.HttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local TaskRouter: the TaskRouter v1 REST API on 127.0.0.1, routing tasks for real with the
 * workflow engine, sending assignment and event callbacks, with time you can control.
 *
 * <pre>{@code
 * try (TaskRouterEmulator emulator = TaskRouterEmulator.start()) {
 *   URI baseUri = emulator.baseUri();                 // http://127.0.0.1:<free port>
 *   EmulatorCredentials credentials = emulator.credentials();
 *   // point a TaskRouter client (or any HTTP client) at baseUri with these credentials
 * }
 * }</pre>
 */
public final class TaskRouterEmulator implements AutoCloseable {
  private final HttpFront front;
  private final Dispatch dispatch;
  private final ExecutorService callbackThreads;
  private final ScheduledExecutorService ticker;
  private final EmulatorCredentials credentials;
  private final EmulatorClock clock;
  private final Emulation emulation;
  private final DueTimers timers;
  private final URI baseUri;
  private final Console console;

  private TaskRouterEmulator(Builder b) throws IOException {
    this.credentials = b.credentials == null ? EmulatorCredentials.generate() : b.credentials;
    this.clock = b.clock;
    this.front = new HttpFront(b.bindAddress, b.port, b.threads, b.requestDeadline);
    InetAddress bound = front.address().getAddress();
    String host = bound.isAnyLocalAddress() ? "127.0.0.1" : bound.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    this.baseUri = URI.create("http://" + host + ":" + front.address().getPort());
    this.callbackThreads = Executors.newCachedThreadPool(daemon("taskrouter-emulator-callback"));
    this.emulation =
        new Emulation(
            credentials.accountSid().value(),
            credentials.authToken(),
            clock,
            baseUri,
            callbackThreads);
    emulation.retainEvents(b.maxEvents, b.maxEventAge);
    this.console = new Console(emulation, consoleClock(clock), Endpoints.handler(emulation));
    this.dispatch = new Dispatch(Endpoints.handler(emulation), console.handler());
    front.serve(dispatch);
    this.timers = new EmulationTimers(emulation);
    clock.attach(timers);
    if (clock.isManual()) {
      ticker = null;
    } else {
      ticker = Executors.newSingleThreadScheduledExecutor(daemon("taskrouter-emulator-timers"));
      ticker.scheduleWithFixedDelay(
          () -> emulation.fireDue(clock.instant()), 50, 50, TimeUnit.MILLISECONDS);
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

  /** Starts an emulator on a free port of 127.0.0.1 with generated credentials and real time. */
  public static TaskRouterEmulator start() {
    return builder().start();
  }

  /** A builder for port, bind address, credentials and clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the REST API answers, e.g. {@code http://127.0.0.1:54321}; paths start with /v1. */
  public URI baseUri() {
    return baseUri;
  }

  /** The HTTP Basic credentials every request must carry. */
  public EmulatorCredentials credentials() {
    return credentials;
  }

  /**
   * The same credentials as the client takes them: {@code TaskRouter.builder().baseUri(emulator
   * .baseUri()).credentials(emulator.clientCredentials())}.
   */
  public Credentials clientCredentials() {
    return Credentials.authToken(credentials.accountSid().value(), credentials.authToken());
  }

  /**
   * A new {@link TaskRouter} client pointed at this emulator (close it when done).
   *
   * <pre>{@code
   * try (TaskRouterEmulator emulator = TaskRouterEmulator.start();
   *     TaskRouter tr = emulator.newClient()) {
   *   Workspace ws = tr.workspaces().create(w -> w.friendlyName("Support").template(WorkspaceTemplate.FIFO));
   * }
   * }</pre>
   */
  public TaskRouter newClient() {
    return TaskRouter.builder().baseUri(baseUri).credentials(clientCredentials()).build();
  }

  /**
   * A new {@link TaskRouter} client that calls this emulator in process, without a socket: each
   * request goes straight to the handler the HTTP front uses, with the same checks (target,
   * headers, credentials) and the same JSON. Use it where speed matters (large test suites,
   * benchmarks); use {@link #newClient()} to test the HTTP path itself.
   */
  public TaskRouter newInProcessClient() {
    return TaskRouter.builder()
        .baseUri(baseUri)
        .credentials(clientCredentials())
        .transport(inProcessTransport())
        .build();
  }

  /**
   * The transport behind {@link #newInProcessClient()}, for an in-process client with settings of
   * your own (request timeout, retry policy, user agent). The request timeout holds as over a
   * socket: a request that waits longer for a busy workspace fails with a timeout and changes
   * nothing.
   *
   * <pre>{@code
   * TaskRouter tr = TaskRouter.builder()
   *     .baseUri(emulator.baseUri())
   *     .credentials(emulator.clientCredentials())
   *     .transport(emulator.inProcessTransport())
   *     .requestTimeout(Duration.ofSeconds(2))
   *     .build();
   * }</pre>
   */
  public HttpTransport inProcessTransport() {
    return new InProcessTransport(dispatch);
  }

  /** The emulator's clock (advance it if manual). */
  public EmulatorClock clock() {
    return clock;
  }

  /**
   * The web console: queues, workers, tasks, workflows and events of every workspace, live, with
   * "why is this task waiting?" and buttons for activities, reservations, tasks and the manual
   * clock. It asks for the emulator's {@link #credentials()} (HTTP Basic); or open {@link
   * #consoleLoginUri()}.
   */
  public URI consoleUri() {
    return baseUri.resolve("/console");
  }

  /**
   * A one-time login link to the console: opening it starts a browser session without typing the
   * credentials. Each call makes a new link, and each link works once.
   */
  public URI consoleLoginUri() {
    return baseUri.resolve("/console/login?token=" + console.newLoginToken());
  }

  /** The port the server listens on. */
  public int port() {
    return front.address().getPort();
  }

  /** Stops the server and its threads; state is discarded. */
  @Override
  public void close() {
    clock.detach(timers);
    console.close();
    front.close();
    callbackThreads.shutdownNow();
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "TaskRouterEmulator{" + baseUri + ", " + credentials + ", " + clock + "}";
  }

  /** The emulation's timers as the clock sees them. */
  private static final class EmulationTimers implements DueTimers {
    private final Emulation emulation;

    EmulationTimers(Emulation emulation) {
      this.emulation = emulation;
    }

    @Override
    public Optional<Instant> nextDue() {
      return emulation.nextDue();
    }

    @Override
    public void fireDue(Instant now) {
      emulation.fireDue(now);
    }
  }

  /** Configures and starts an emulator. */
  public static final class Builder {
    /** Request threads by default: enough that slow or stalled clients do not hold up others. */
    public static final int DEFAULT_THREADS = 64;

    /** The request deadline by default. */
    public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofSeconds(30);

    private int port;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private EmulatorCredentials credentials;
    private EmulatorClock clock = EmulatorClock.system();
    private int threads = DEFAULT_THREADS;
    private Duration requestDeadline = DEFAULT_REQUEST_DEADLINE;
    private int maxEvents = Emulation.DEFAULT_MAX_EVENTS;
    private Duration maxEventAge = Emulation.DEFAULT_MAX_EVENT_AGE;

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind; the loopback address unless told otherwise. */
    public Builder bindAddress(InetAddress bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress == null");
      return this;
    }

    /** Fixed credentials; generated at random if not given. */
    public Builder credentials(EmulatorCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /** The clock: {@link EmulatorClock#system()} (default) or {@link EmulatorClock#manual()}. */
    public Builder clock(EmulatorClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The most threads serving HTTP requests at once (default {@value #DEFAULT_THREADS}); each
     * connection being read or answered holds one, so this bounds how many slow clients can be
     * waited on while others are still served. An idle keep-alive connection holds no thread. Idle
     * threads are released after 30 seconds.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How long a request's line, headers and body may take to arrive (default 30 seconds); a
     * request still incomplete then is answered 408 and its connection closed, so a client that
     * sends slowly or stalls holds a request thread at most this long. It bounds the other way too:
     * a connection whose client leaves one write of an answer waiting longer (it stopped reading)
     * is closed.
     */
    public Builder requestDeadline(Duration deadline) {
      Objects.requireNonNull(deadline, "deadline == null");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("requestDeadline must be positive, was " + deadline);
      }
      this.requestDeadline = deadline;
      return this;
    }

    /**
     * How many events each workspace keeps in its event log (default 10,000) and for how long, on
     * the emulator's clock (default 30 days, as Twilio); older events are dropped first, so memory
     * stays bounded however long the emulator runs.
     */
    public Builder eventRetention(int maxEvents, Duration maxAge) {
      if (maxEvents < 1) {
        throw new IllegalArgumentException("maxEvents must be at least 1, was " + maxEvents);
      }
      Objects.requireNonNull(maxAge, "maxAge == null");
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
      }
      this.maxEvents = maxEvents;
      this.maxEventAge = maxAge;
      return this;
    }

    /**
     * Binds and starts the server.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public TaskRouterEmulator start() {
      try {
        return new TaskRouterEmulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot bind " + bindAddress.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
      }
    }
  }

  /** The clock as the console sees it (the console's package does not import this one). */
  private static ConsoleClock consoleClock(EmulatorClock clock) {
    return new ConsoleClock() {
      @Override
      public Instant instant() {
        return clock.instant();
      }

      @Override
      public boolean isManual() {
        return clock.isManual();
      }

      @Override
      public void advance(Duration by) {
        clock.advance(by);
      }
    };
  }
}
