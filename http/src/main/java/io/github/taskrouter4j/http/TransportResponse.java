package io.github.taskrouter4j.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an {@link HttpTransport} received: status, headers and the whole body. */
public final class TransportResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param status the HTTP status
   * @param headers the headers as received (any case)
   * @param body the body, empty for none
   */
  public TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = Objects.requireNonNull(body, "body == null");
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The headers as received. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body bytes. */
  public byte[] body() {
    return body;
  }

  @Override
  public String toString() {
    return "TransportResponse[status=" + status + ", " + body.length + " bytes]";
  }
}
