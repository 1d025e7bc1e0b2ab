package io.github.taskrouter4j.examples;

import io.github.taskrouter4j.TaskRouter;
import io.github.taskrouter4j.emulator.TaskRouterEmulator;
import io.github.taskrouter4j.http.Credentials;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an example sends its requests: an embedded {@link TaskRouterEmulator} on 127.0.0.1 (the
 * default: no account, no network), or Twilio itself with credentials from the environment.
 *
 * <pre>{@code
 * try (Backend backend = Backend.emulator()) {
 *   TaskRouter tr = backend.client();
 *   tr.workspaces().create(w -> w.friendlyName("Customer Support"));
 * }
 * }</pre>
 */
public final class Backend implements AutoCloseable {
  /** The variable that points a live backend somewhere else than Twilio, e.g. an emulator. */
  public static final String BASE_URI_VARIABLE = "TASKROUTER_BASE_URI";

  private final TaskRouter client;
  private final Optional<TaskRouterEmulator> emulator;
  private final Optional<URI> liveBaseUri;

  private Backend(
      TaskRouter client, Optional<TaskRouterEmulator> emulator, Optional<URI> liveBaseUri) {
    this.client = client;
    this.emulator = emulator;
    this.liveBaseUri = liveBaseUri;
  }

  /** Starts an emulator on a free loopback port and a client pointed at it. */
  public static Backend emulator() {
    return on(TaskRouterEmulator.start());
  }

  /**
   * A client for a running emulator; closing the backend closes the emulator too.
   *
   * @param emulator the emulator to talk to
   * @return the backend
   */
  public static Backend on(TaskRouterEmulator emulator) {
    Objects.requireNonNull(emulator, "emulator == null");
    return new Backend(emulator.newClient(), Optional.of(emulator), Optional.empty());
  }

  /**
   * A client for Twilio, with {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN} (or {@code
   * TWILIO_API_KEY}/{@code TWILIO_API_SECRET}) read from {@code environment}. When {@code
   * TASKROUTER_BASE_URI} is set, requests go there instead, for example to a standalone emulator
   * ({@code http://127.0.0.1:8080}).
   *
   * @param environment the process environment, or a map standing in for it
   * @return the backend
   * @throws IllegalStateException naming the variable that is missing
   * @throws IllegalArgumentException if {@code TASKROUTER_BASE_URI} is not an absolute http(s) URI
   */
  public static Backend live(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment == null");
    Credentials credentials = Credentials.fromEnvironment(environment::get);
    Optional<URI> baseUri =
        Optional.ofNullable(environment.get(BASE_URI_VARIABLE))
            .filter(v -> !v.isBlank())
            .map(Backend::baseUri);
    TaskRouter.Builder builder = TaskRouter.builder().credentials(credentials);
    baseUri.ifPresent(builder::baseUri);
    return new Backend(builder.build(), Optional.empty(), baseUri);
  }

  private static URI baseUri(String value) {
    URI uri;
    try {
      uri = URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          BASE_URI_VARIABLE + " must be an absolute http(s) URI, was \"" + value + "\"", e);
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(
          BASE_URI_VARIABLE + " must be an absolute http(s) URI, was \"" + value + "\"");
    }
    return uri;
  }

  /** Whether Twilio credentials are present in {@code environment} (their values are not shown). */
  public static boolean hasLiveCredentials(Map<String, String> environment) {
    return present(environment, "TWILIO_ACCOUNT_SID")
        && (present(environment, "TWILIO_AUTH_TOKEN")
            || (present(environment, "TWILIO_API_KEY")
                && present(environment, "TWILIO_API_SECRET")));
  }

  private static boolean present(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value != null && !value.isBlank();
  }

  /** The client; shared, thread-safe. */
  public TaskRouter client() {
    return client;
  }

  /** The embedded emulator, if this backend is not Twilio. */
  public Optional<TaskRouterEmulator> embeddedEmulator() {
    return emulator;
  }

  /** Whether requests go to Twilio. */
  public boolean isLive() {
    return emulator.isEmpty();
  }

  /** Describes the backend for people: where requests go, never the credentials. */
  public String describe() {
    return emulator
        .map(e -> "the embedded TaskRouter emulator at " + e.baseUri() + " (offline)")
        .orElseGet(
            () ->
                liveBaseUri
                    .map(uri -> "TaskRouter at " + uri + " (live, from " + BASE_URI_VARIABLE + ")")
                    .orElse("Twilio TaskRouter (live: real resources in your account)"));
  }

  /** Closes the client and the embedded emulator, if any. */
  @Override
  public void close() {
    client.close();
    emulator.ifPresent(TaskRouterEmulator::close);
  }

  @Override
  public String toString() {
    return "Backend{" + describe() + "}";
  }
}
