package io.github.taskrouter4j;

import io.github.taskrouter4j.http.Credentials;
import io.github.taskrouter4j.http.HttpTransport;
import io.github.taskrouter4j.http.RetryPolicy;
import io.github.taskrouter4j.http.TwilioHttpClient;
import io.github.taskrouter4j.resource.Resources;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The TaskRouter client: one shared, thread-safe entry point to every TaskRouter v1 operation.
 *
 * <pre>{@code
 * try (TaskRouter tr = TaskRouter.create(Credentials.fromEnvironment())) {
 *   Workspace ws = tr.workspaces().create(w -> w.friendlyName("Customer Support")
 *       .template(WorkspaceTemplate.FIFO));                 // FriendlyName=…&Template=FIFO
 *   tr.workspace(ws.sid()).tasks()
 *       .list(q -> q.addAssignmentStatus(TaskAssignmentStatus.PENDING))   // pages read lazily
 *       .forEach(task -> System.out.println(task.sid()));
 * }
 * }</pre>
 *
 * <p>Every operation takes either a {@code Consumer} of the request's builder or the request value
 * itself, and has an {@code …Async} twin returning a {@code CompletableFuture}. Errors are the
 * unchecked exceptions of {@code io.github.taskrouter4j.http}: {@code TaskRouterServiceException}
 * (Twilio said no, with its error code) and {@code TaskRouterClientException} (no usable answer).
 */
public final class TaskRouter implements AutoCloseable {
  private final TwilioHttpClient http;
  private final Calls calls;
  private final WorkspacesApi workspaces;

  private TaskRouter(TwilioHttpClient http) {
    this.http = http;
    this.calls = new Calls(http);
    this.workspaces = new WorkspacesApi(calls, "/v1/Workspaces");
  }

  /** A client for Twilio with these credentials and every other setting at its default. */
  public static TaskRouter create(Credentials credentials) {
    return builder().credentials(credentials).build();
  }

  /** Starts configuring a client; only {@link Builder#credentials} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The workspaces of the account: {@code tr.workspaces().create(w -> w.friendlyName("…"))}. */
  public WorkspacesApi workspaces() {
    return workspaces;
  }

  /**
   * One workspace and everything in it: {@code tr.workspace(sid).workers().list()}. Nothing is sent
   * until an operation is called.
   */
  public WorkspaceApi workspace(WorkspaceSid sid) {
    return new WorkspaceApi(calls, sid);
  }

  /** The HTTP layer underneath, for calls this client does not model. */
  public TwilioHttpClient http() {
    return http;
  }

  /** Releases the HTTP client; calls afterwards fail with {@link IllegalStateException}. */
  @Override
  public void close() {
    http.close();
  }

  /** Shows where the client sends requests, never the credentials' secret. */
  @Override
  public String toString() {
    return "TaskRouter{" + http + "}";
  }

  /** Configures a {@link TaskRouter}; each setting is passed to the {@link TwilioHttpClient}. */
  public static final class Builder {
    private final TwilioHttpClient.Builder http = TwilioHttpClient.builder();

    private Builder() {}

    /** The account's credentials; required. */
    public Builder credentials(Credentials credentials) {
      http.credentials(credentials);
      return this;
    }

    /**
     * Where to send requests: {@code https://taskrouter.twilio.com} by default, {@code
     * http://127.0.0.1:port} for the emulator.
     */
    public Builder baseUri(URI baseUri) {
      http.baseUri(baseUri);
      return this;
    }

    /** A Twilio region such as {@code ie1}. */
    public Builder region(String region) {
      http.region(region);
      return this;
    }

    /** A Twilio edge location such as {@code dublin}. */
    public Builder edge(String edge) {
      http.edge(edge);
      return this;
    }

    /** How long to wait for a connection. */
    public Builder connectTimeout(Duration timeout) {
      http.connectTimeout(timeout);
      return this;
    }

    /** How long to wait for each answer. */
    public Builder requestTimeout(Duration timeout) {
      http.requestTimeout(timeout);
      return this;
    }

    /** When to retry (429, 503, connection failures of idempotent calls). */
    public Builder retryPolicy(RetryPolicy policy) {
      http.retryPolicy(policy);
      return this;
    }

    /** Text appended to the {@code User-Agent} header, e.g. your application's name. */
    public Builder userAgentSuffix(String suffix) {
      http.userAgentSuffix(suffix);
      return this;
    }

    /**
     * Runs the JDK client's work and completes async results; by default that work runs in place
     * and async results complete on the JDK client's selector thread, so callbacks chained on them
     * must not block (see {@code TwilioHttpClient.Builder#executor}).
     */
    public Builder executor(Executor executor) {
      http.executor(executor);
      return this;
    }

    /** The transport that performs HTTP exchanges (the JDK's {@code HttpClient} by default). */
    public Builder transport(HttpTransport transport) {
      http.transport(transport);
      return this;
    }

    /** Builds the client. */
    public TaskRouter build() {
      return new TaskRouter(http.objectMapper(Resources.mapper()).build());
    }
  }
}
