package io.github.taskrouter4j.token;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.taskrouter4j.sid.AccountSid;
import io.github.taskrouter4j.sid.Sid;
import io.github.taskrouter4j.sid.TaskQueueSid;
import io.github.taskrouter4j.sid.WorkerSid;
import io.github.taskrouter4j.sid.WorkspaceSid;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The legacy TaskRouter capability token (TaskRouter.js v1): an HS256 JWT signed with the account's
 * Auth Token, whose policies say which REST and WebSocket URLs the browser may use. Each role
 * starts from a preset that allows what the role needs:
 *
 * <ul>
 *   <li>{@link #forWorker}: its WebSocket channel; read the workspace's activities, its tasks,
 *       itself and its reservations; change its own activity ({@code POST …/Workers/WK…} with
 *       {@code ActivitySid}); accept or reject reservations ({@code POST …/Tasks/**} and {@code
 *       …/Workers/WK…/Reservations/**}).
 *   <li>{@link #forTaskQueue}: its channel; read the queue and its statistics; update it.
 *   <li>{@link #forWorkspace}: its channel; read, create, update and delete everything in the
 *       workspace.
 * </ul>
 *
 * <pre>{@code
 * String jwt = CapabilityToken.forWorker(account, authToken, workspace, worker)
 *     .ttl(Duration.ofHours(8))
 *     .build()
 *     .toJwt();
 * }</pre>
 *
 * <p>{@code toString()} never shows the Auth Token.
 */
public final class CapabilityToken {
  /** Twilio's maximum lifetime, enforced like the access token's. */
  public static final Duration MAX_TTL = Duration.ofHours(24);

  /** The lifetime when none is set. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  static final String TASKROUTER = "https://taskrouter.twilio.com/v1";
  static final String EVENT_BRIDGE = "https://event-bridge.twilio.com/v1/wschannels";

  /** Whose browser the token is for. */
  public enum Role {
    /** A worker's softphone or agent desktop. */
    WORKER,
    /** A queue dashboard. */
    TASK_QUEUE,
    /** A workspace-wide dashboard or admin page. */
    WORKSPACE
  }

  private final AccountSid accountSid;
  private final String authToken;
  private final WorkspaceSid workspaceSid;
  private final Role role;
  private final Sid channel;
  private final List<Policy> policies;
  private final Instant issuedAt;
  private final Duration ttl;

  private CapabilityToken(Builder b) {
    this.accountSid = b.accountSid;
    this.authToken = b.authToken;
    this.workspaceSid = b.workspaceSid;
    this.role = b.role;
    this.channel = b.channel;
    this.policies = Collections.unmodifiableList(new ArrayList<>(b.policies));
    this.issuedAt = b.issuedAt;
    this.ttl = b.ttl;
  }

  /**
   * A worker's token, with the worker preset.
   *
   * @param account the account (the token's {@code iss})
   * @param authToken the account's Auth Token, which signs the token
   * @param workspace the workspace
   * @param worker the worker
   */
  public static Builder forWorker(
      AccountSid account, String authToken, WorkspaceSid workspace, WorkerSid worker) {
    String base = workspaceUrl(workspace);
    String self = base + "/Workers/" + worker;
    return new Builder(account, authToken, workspace, Role.WORKER, worker)
        .addPolicy(Policy.allow("GET", base + "/Activities"))
        .addPolicy(Policy.allow("GET", base + "/Tasks/**"))
        .addPolicy(Policy.allow("GET", self))
        .addPolicy(Policy.allow("GET", self + "/Reservations/**"))
        .addPolicy(Policy.allow("GET", self + "/Channels/**"))
        .addPolicy(Policy.allow("POST", self).requirePostParameter("ActivitySid"))
        .addPolicy(Policy.allow("POST", base + "/Tasks/**"))
        .addPolicy(Policy.allow("POST", self + "/Reservations/**"));
  }

  /**
   * A task queue's token, with the queue preset.
   *
   * @param account the account
   * @param authToken the account's Auth Token
   * @param workspace the workspace
   * @param queue the queue
   */
  public static Builder forTaskQueue(
      AccountSid account, String authToken, WorkspaceSid workspace, TaskQueueSid queue) {
    String self = workspaceUrl(workspace) + "/TaskQueues/" + queue;
    return new Builder(account, authToken, workspace, Role.TASK_QUEUE, queue)
        .addPolicy(Policy.allow("GET", self))
        .addPolicy(Policy.allow("GET", self + "/**"))
        .addPolicy(Policy.allow("POST", self));
  }

  /**
   * A workspace's token, with the workspace preset.
   *
   * @param account the account
   * @param authToken the account's Auth Token
   * @param workspace the workspace
   */
  public static Builder forWorkspace(AccountSid account, String authToken, WorkspaceSid workspace) {
    String base = workspaceUrl(workspace);
    Builder b = new Builder(account, authToken, workspace, Role.WORKSPACE, workspace);
    for (String method : new String[] {"GET", "POST", "DELETE"}) {
      b.addPolicy(Policy.allow(method, base)).addPolicy(Policy.allow(method, base + "/**"));
    }
    return b;
  }

  static String workspaceUrl(WorkspaceSid workspace) {
    return TASKROUTER + "/Workspaces/" + workspace;
  }

  /** The role. */
  public Role role() {
    return role;
  }

  /** The channel: the worker, queue or workspace SID. */
  public Sid channel() {
    return channel;
  }

  /** The account. */
  public AccountSid accountSid() {
    return accountSid;
  }

  /** The workspace. */
  public WorkspaceSid workspaceSid() {
    return workspaceSid;
  }

  /** Every policy, the WebSocket ones first. */
  public List<Policy> policies() {
    return policies;
  }

  /** {@code exp}. */
  public Instant expiresAt() {
    return issuedAt.plus(ttl);
  }

  /**
   * Whether the policies allow a request carrying the given parameters (a matching deny wins).
   *
   * @param method the HTTP method
   * @param url the URL without query string
   * @param parameters the names of the query and POST parameters sent
   */
  public boolean allows(String method, String url, Collection<String> parameters) {
    return Policies.allows(policies, method, url, parameters);
  }

  /** {@link #allows(String, String, Collection)} with no parameters. */
  public boolean allows(String method, String url) {
    return allows(method, url, Set.of());
  }

  /**
   * Signs the token.
   *
   * @return the compact JWT for {@code new Twilio.TaskRouter.Worker(token)}
   */
  public String toJwt() {
    ObjectNode header = TokenJson.object();
    header.put("alg", "HS256");
    header.put("typ", "JWT");
    ObjectNode payload = TokenJson.object();
    payload.put("iss", accountSid.value());
    payload.put("exp", expiresAt().getEpochSecond());
    payload.put("version", "v1");
    payload.put("friendly_name", channel.value());
    ArrayNode list = payload.putArray("policies");
    policies.forEach(p -> list.add(p.toJson()));
    payload.put("account_sid", accountSid.value());
    payload.put("workspace_sid", workspaceSid.value());
    payload.put("channel", channel.value());
    if (role == Role.WORKER) {
      payload.put("worker_sid", channel.value());
    } else if (role == Role.TASK_QUEUE) {
      payload.put("taskqueue_sid", channel.value());
    }
    return Hs256.sign(header, payload, authToken);
  }

  /** Role, channel and expiry; never the Auth Token. */
  @Override
  public String toString() {
    return "CapabilityToken{" + role + ", channel=" + channel + ", expiresAt=" + expiresAt() + "}";
  }

  /** Builds a {@link CapabilityToken} from a role preset. */
  public static final class Builder {
    private final AccountSid accountSid;
    private final String authToken;
    private final WorkspaceSid workspaceSid;
    private final Role role;
    private final Sid channel;
    private final List<Policy> policies = new ArrayList<>();
    private Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private Duration ttl = DEFAULT_TTL;

    private Builder(
        AccountSid accountSid,
        String authToken,
        WorkspaceSid workspaceSid,
        Role role,
        Sid channel) {
      this.accountSid = Objects.requireNonNull(accountSid, "account == null");
      this.authToken = Objects.requireNonNull(authToken, "authToken == null");
      if (authToken.isEmpty()) {
        throw new IllegalArgumentException("authToken must not be empty");
      }
      this.workspaceSid = Objects.requireNonNull(workspaceSid, "workspace == null");
      this.role = role;
      this.channel = Objects.requireNonNull(channel, "channel == null");
      String socket = EVENT_BRIDGE + "/" + accountSid + "/" + channel;
      policies.add(Policy.allow("GET", socket));
      policies.add(Policy.allow("POST", socket));
    }

    /**
     * The lifetime: positive, at most 24 h; default 1 h.
     *
     * @param ttl the lifetime
     * @return this
     */
    public Builder ttl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
        throw new InvalidTokenException(
            "CapabilityToken.ttl must be positive and at most " + MAX_TTL + ", was " + ttl);
      }
      this.ttl = ttl;
      return this;
    }

    /**
     * When the token is issued (default: now); the expiry counts from here.
     *
     * @param issuedAt the instant, truncated to seconds
     * @return this
     */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt =
          Objects.requireNonNull(issuedAt, "issuedAt == null").truncatedTo(ChronoUnit.SECONDS);
      return this;
    }

    /**
     * Adds a policy after the preset's.
     *
     * @param policy the policy
     * @return this
     */
    public Builder addPolicy(Policy policy) {
      policies.add(Objects.requireNonNull(policy, "policy == null"));
      return this;
    }

    /** Builds the token. */
    public CapabilityToken build() {
      return new CapabilityToken(this);
    }
  }
}
