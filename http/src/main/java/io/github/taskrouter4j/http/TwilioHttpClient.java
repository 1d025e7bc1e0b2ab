package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Sends {@link ApiRequest}s to Twilio and decodes the answers with Jackson. Build one, share it
 * between threads, close it when the application stops.
 *
 * <pre>{@code
 * TwilioHttpClient client = TwilioHttpClient.builder()
 *     .credentials(Credentials.fromEnvironment())
 *     .region("au1").edge("sydney")           // https://taskrouter.sydney.au1.twilio.com
 *     .requestTimeout(Duration.ofSeconds(10))
 *     .build();
 * ApiResponse<JsonNode> task = client.send(
 *     ApiRequest.post("/v1/Workspaces/" + ws + "/Tasks").withForm("Attributes", "{}"),
 *     JsonNode.class);
 * try (Stream<JsonNode> workers = client.stream(
 *     ApiRequest.get("/v1/Workspaces/" + ws + "/Workers"), "workers", JsonNode.class,
 *     PageOptions.limit(200))) { ... }
 * }</pre>
 *
 * <p>A non-2xx answer throws {@link TaskRouterServiceException} (or a subclass); no answer or an
 * unreadable one throws {@link TaskRouterClientException}. Both extend {@link TaskRouterException}.
 */
public final class TwilioHttpClient implements AutoCloseable {
  /** Twilio's TaskRouter API host. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://taskrouter.twilio.com");

  /**
   * Runs the JDK client's tasks on the thread that hands them over, which is the caller's thread or
   * the JDK's selector thread: no pool between our API and the socket.
   */
  private static final Executor SAME_THREAD = Runnable::run;

  private final Credentials credentials;
  private final URI baseUri;
  private final String userAgent;
  private final ObjectMapper mapper;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final Executor executor;
  private final Engine engine;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TwilioHttpClient(Builder builder) {
    this.credentials =
        Objects.requireNonNull(
            builder.credentials,
            "credentials are required: call .credentials(Credentials.fromEnvironment()) or similar");
    this.baseUri = Urls.applyRegion(builder.baseUri, builder.region, builder.edge);
    Urls.checkSecure(baseUri, "baseUri");
    this.userAgent = UserAgent.value(builder.userAgentSuffix);
    this.mapper =
        builder.mapper != null
            ? builder.mapper
            : JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    // Delayed retries of async calls wait on the JDK's delay thread, then run here.
    this.executor = builder.executor != null ? builder.executor : ForkJoinPool.commonPool();
    if (builder.transport != null) {
      this.transport = builder.transport;
      this.ownsTransport = false;
    } else {
      HttpClient.Builder jdk =
          HttpClient.newBuilder()
              .connectTimeout(builder.connectTimeout)
              .followRedirects(HttpClient.Redirect.NEVER);
      // Same-thread by default: see Builder.executor for why this is safe and what it changes.
      jdk.executor(builder.executor != null ? builder.executor : SAME_THREAD);
      this.transport = new JdkHttpTransport(jdk.build(), true);
      this.ownsTransport = true;
    }
    this.engine =
        new Engine(
            transport,
            baseUri,
            builder.region,
            builder.edge,
            credentials.authorization(),
            userAgent,
            builder.requestTimeout,
            builder.retryPolicy,
            builder.sleeper,
            builder.clock,
            executor);
  }

  /** A builder with Twilio's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The credentials in use ({@code toString()} hides the secret). */
  public Credentials credentials() {
    return credentials;
  }

  /** The base URI after region and edge were applied. */
  public URI baseUri() {
    return baseUri;
  }

  /** The {@code User-Agent} header sent, such as {@code taskrouter4j/0.1.0 java/17.0.15}. */
  public String userAgent() {
    return userAgent;
  }

  /** The mapper decoding bodies. */
  public ObjectMapper objectMapper() {
    return mapper;
  }

  /**
   * Sends the request and decodes a 2xx body as {@code type} ({@code JsonNode.class} for a tree).
   *
   * @param request the request
   * @param type the body type
   * @param <T> the body type
   * @return the answer
   * @throws TaskRouterServiceException if Twilio answered with an error
   * @throws TaskRouterClientException if no usable answer arrived
   */
  public <T> ApiResponse<T> send(ApiRequest request, Class<T> type) {
    return send(request, mapper.constructType(type));
  }

  /**
   * Like {@link #send(ApiRequest, Class)} for a generic type.
   *
   * @param request the request
   * @param type the body type, from {@code objectMapper().getTypeFactory()}
   * @param <T> the body type
   * @return the answer
   */
  public <T> ApiResponse<T> send(ApiRequest request, JavaType type) {
    return decode(engine.send(checkOpen(request)), type);
  }

  /**
   * Sends the request and ignores the body of a 2xx answer (a DELETE's 204).
   *
   * @param request the request
   * @return the answer, whose body is {@code null}
   */
  public ApiResponse<Void> send(ApiRequest request) {
    return send(request, Void.class);
  }

  /**
   * Like {@link #send(ApiRequest, Class)} without blocking; the future fails with the same
   * exceptions. With the default {@link Builder#executor executor} the future completes on the JDK
   * client's selector thread (the answer is decoded there too, without a further hand-off): chain
   * blocking work with the {@code *Async} methods of {@link CompletableFuture} and an executor of
   * yours, never with {@code thenApply} and friends.
   *
   * @param request the request
   * @param type the body type
   * @param <T> the body type
   * @return the answer
   */
  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, Class<T> type) {
    return sendAsync(request, mapper.constructType(type));
  }

  /**
   * Like {@link #send(ApiRequest, JavaType)} without blocking.
   *
   * @param request the request
   * @param type the body type
   * @param <T> the body type
   * @return the answer
   */
  public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, JavaType type) {
    return engine.sendAsync(checkOpen(request)).thenApply(e -> decode(e, type));
  }

  /**
   * Like {@link #send(ApiRequest)} without blocking.
   *
   * @param request the request
   * @return the answer
   */
  public CompletableFuture<ApiResponse<Void>> sendAsync(ApiRequest request) {
    return sendAsync(request, Void.class);
  }

  /**
   * Reads one page of a list.
   *
   * @param request the page's request (first page or a {@code next_page_url})
   * @param itemsKey the array holding the items, such as {@code workers}
   * @param type the item type
   * @param <T> the item type
   * @return the page
   */
  public <T> Page<T> page(ApiRequest request, String itemsKey, Class<T> type) {
    return page(request, itemsKey, mapper.constructType(type));
  }

  /**
   * Like {@link #page(ApiRequest, String, Class)} for a generic item type.
   *
   * @param request the page's request
   * @param itemsKey the array holding the items
   * @param type the item type
   * @param <T> the item type
   * @return the page
   */
  public <T> Page<T> page(ApiRequest request, String itemsKey, JavaType type) {
    Objects.requireNonNull(itemsKey, "itemsKey == null");
    return decodePage(engine.send(checkOpen(request)), itemsKey, type);
  }

  /**
   * Like {@link #page(ApiRequest, String, Class)} without blocking.
   *
   * @param request the page's request
   * @param itemsKey the array holding the items
   * @param type the item type
   * @param <T> the item type
   * @return the page
   */
  public <T> CompletableFuture<Page<T>> pageAsync(
      ApiRequest request, String itemsKey, Class<T> type) {
    Objects.requireNonNull(itemsKey, "itemsKey == null");
    JavaType javaType = mapper.constructType(type);
    return engine.sendAsync(checkOpen(request)).thenApply(e -> decodePage(e, itemsKey, javaType));
  }

  /**
   * The items of a list, read lazily: a page is requested only when the stream needs an item from
   * it, so {@code limit(10)} or {@code findFirst()} stops early. Failures surface as the usual
   * exceptions from the terminal operation.
   *
   * @param first the first page's request
   * @param itemsKey the array holding the items, such as {@code workers}
   * @param type the item type
   * @param options limit and page size
   * @param <T> the item type
   * @return a sequential stream
   */
  public <T> Stream<T> stream(
      ApiRequest first, String itemsKey, Class<T> type, PageOptions options) {
    return StreamSupport.stream(spliterator(first, itemsKey, type, options), false);
  }

  /**
   * Like {@link #stream}, as an {@link Iterable}: each {@code iterator()} walks the list afresh.
   *
   * @param first the first page's request
   * @param itemsKey the array holding the items
   * @param type the item type
   * @param options limit and page size
   * @param <T> the item type
   * @return the iterable
   */
  public <T> Iterable<T> iterable(
      ApiRequest first, String itemsKey, Class<T> type, PageOptions options) {
    Objects.requireNonNull(first, "first == null");
    return () -> Spliterators.iterator(spliterator(first, itemsKey, type, options));
  }

  private <T> PageSpliterator<T> spliterator(
      ApiRequest first, String itemsKey, Class<T> type, PageOptions options) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(itemsKey, "itemsKey == null");
    Objects.requireNonNull(options, "options == null");
    JavaType javaType = mapper.constructType(type);
    ApiRequest request = first;
    if (options.pageSize().isPresent() && !first.query().containsKey("PageSize")) {
      request = first.withQuery("PageSize", options.pageSize().getAsInt());
    }
    return new PageSpliterator<>(
        r -> page(r, itemsKey, javaType), request, options.limit().orElse(Long.MAX_VALUE));
  }

  /**
   * Releases the default transport; calls after closing fail with {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "TwilioHttpClient[" + baseUri + ", " + credentials + "]";
  }

  private ApiRequest checkOpen(ApiRequest request) {
    Objects.requireNonNull(request, "request == null");
    if (closed.get()) {
      throw new IllegalStateException("this TwilioHttpClient is closed");
    }
    return request;
  }

  private <T> ApiResponse<T> decode(Exchange exchange, JavaType type) {
    return Bodies.decode(mapper, exchange, type);
  }

  private <T> Page<T> decodePage(Exchange exchange, String itemsKey, JavaType type) {
    return Bodies.decodePage(mapper, exchange, itemsKey, type);
  }

  /** Builds a {@link TwilioHttpClient}; only {@link #credentials} is required. */
  public static final class Builder {
    private Credentials credentials;
    private URI baseUri = DEFAULT_BASE_URI;
    private Optional<String> region = Optional.empty();
    private Optional<String> edge = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgentSuffix = "";
    private Executor executor;
    private HttpTransport transport;
    private ObjectMapper mapper;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The credentials; required.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * Where to send requests; {@code https://taskrouter.twilio.com} by default. Use {@code
     * http://127.0.0.1:port} for the emulator; plain http elsewhere is refused.
     *
     * @param baseUri the base URI, without query
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      Objects.requireNonNull(baseUri, "baseUri == null");
      if (!baseUri.isAbsolute() || baseUri.getHost() == null || baseUri.getRawQuery() != null) {
        throw new IllegalArgumentException(
            "baseUri must be an absolute http(s) URI with a host and no query, was " + baseUri);
      }
      Urls.checkSecure(baseUri, "baseUri");
      this.baseUri = baseUri;
      return this;
    }

    /**
     * The Twilio region, such as {@code au1} or {@code ie1}: the host becomes {@code
     * taskrouter.{region}.twilio.com} (with an edge, {@code
     * taskrouter.{edge}.{region}.twilio.com}). Applies only to {@code *.twilio.com} base URIs.
     *
     * @param region the region name
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Optional.of(Urls.checkLabel("region", region));
      return this;
    }

    /**
     * The Twilio edge location, such as {@code sydney} or {@code dublin}; without a region the
     * region is {@code us1}, as Twilio documents.
     *
     * @param edge the edge name
     * @return this builder
     */
    public Builder edge(String edge) {
      this.edge = Optional.of(Urls.checkLabel("edge", edge));
      return this;
    }

    /**
     * How long to wait for a connection; 10 s by default. Ignored with a custom transport.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * How long each attempt may take, from sending the request to the last byte of the answer's
     * body; 30 s by default. Unlike the JDK's own request timeout, which stops counting once the
     * headers arrive, it covers the body: a server that sends headers and then drips its body fails
     * the attempt with a {@link TaskRouterClientException} at this deadline. Each retry gets a
     * fresh timeout; {@link RetryPolicy} bounds the total.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /**
     * When to retry; {@link RetryPolicy#defaults()} by default.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Text appended to the {@code User-Agent}, such as {@code my-app/2.1}.
     *
     * @param suffix printable ASCII
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      Objects.requireNonNull(suffix, "suffix == null");
      if (!suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            "userAgentSuffix must be printable ASCII, was \"" + suffix + "\"");
      }
      this.userAgentSuffix = suffix.trim();
      return this;
    }

    /**
     * Runs the JDK client's work and delayed async retries. By default the JDK client runs its work
     * on the thread that hands it over and delayed retries resume on the common pool.
     *
     * <p>Why the same-thread default is safe: the JDK client gives its executor only short,
     * non-blocking steps (writing the request, parsing the answer into a byte array, completing
     * futures); socket readiness is watched by its own selector thread, which never waits on the
     * executor. Running those steps in place removes the hand-offs caller → pool → selector → pool
     * → caller that cost about 14 context switches per request. A blocking {@link #send} still
     * waits on the caller's thread; the selector thread completes it. The one thing to keep in
     * mind: futures from {@code sendAsync} complete on the selector thread, so code chained with
     * {@code thenApply}, {@code thenAccept} and the like must not block (use the {@code *Async}
     * variants with an executor of yours for blocking work).
     *
     * <p>With an executor of your own, the JDK client hands every step to it (as it does by default
     * without this library) and async futures complete on your threads: one more context switch
     * each way, in exchange for callbacks that may block. Ignored for the JDK client with a custom
     * {@link #transport}.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Another HTTP stack; the JDK client by default. The caller closes it.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport == null");
      return this;
    }

    /**
     * The mapper decoding bodies; by default one that ignores unknown properties.
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper == null");
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Builds the client. */
    public TwilioHttpClient build() {
      return new TwilioHttpClient(this);
    }

    private static Duration positive(String field, Duration value) {
      Objects.requireNonNull(value, field + " == null");
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(field + " must be positive, was " + value);
      }
      return value;
    }
  }
}
