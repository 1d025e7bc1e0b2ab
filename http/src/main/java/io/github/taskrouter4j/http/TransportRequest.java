package io.github.taskrouter4j.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the client asks an {@link HttpTransport} to send: everything is final, including the {@code
 * Authorization}, {@code User-Agent} and {@code Content-Type} headers.
 */
public final class TransportRequest {
  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Duration timeout;

  /**
   * Creates a request.
   *
   * @param method {@code GET}, {@code POST} or {@code DELETE}
   * @param uri the absolute URI
   * @param headers the headers to send
   * @param body the body, empty for none
   * @param timeout how long the whole exchange may take, from sending to the body's last byte
   */
  public TransportRequest(
      String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.uri = Objects.requireNonNull(uri, "uri == null");
    this.headers = Map.copyOf(Objects.requireNonNull(headers, "headers == null"));
    this.body = Objects.requireNonNull(body, "body == null");
    this.timeout = Objects.requireNonNull(timeout, "timeout == null");
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The absolute URI. */
  public URI uri() {
    return uri;
  }

  /** The headers to send, including {@code Authorization}: never log them. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body bytes; do not modify. */
  public byte[] body() {
    return body;
  }

  /**
   * The time allowed for the whole exchange, from sending the request to the last byte of the
   * answer's body; a transport enforces it over the body too (a server dripping its body must not
   * hold the caller past it) and then fails with {@link java.net.http.HttpTimeoutException}.
   */
  public Duration timeout() {
    return timeout;
  }

  /** Shows method and URI only: the headers carry credentials. */
  @Override
  public String toString() {
    return "TransportRequest[" + method + " " + uri + "]";
  }
}
