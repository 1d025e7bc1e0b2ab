package io.github.taskrouter4j.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What an endpoint answers: status, content type and body. Write it to the HTTP response as is; the
 * body is already serialized (never serialize it again, Twilio error 40001).
 */
public final class WebhookResponse {
  private final int status;
  private final Optional<String> contentType;
  private final String body;

  private WebhookResponse(int status, Optional<String> contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  /**
   * 200 with the instruction's JSON and {@code Content-Type: application/json}.
   *
   * @param instruction the answer
   */
  public static WebhookResponse instruction(Instruction instruction) {
    return new WebhookResponse(200, Optional.of("application/json"), instruction.toJson());
  }

  /** 204 with {@code Content-Type: application/json}, as TaskRouter asks of event callbacks. */
  public static WebhookResponse noContent() {
    return new WebhookResponse(204, Optional.of("application/json"), "");
  }

  /**
   * An error answer in plain text.
   *
   * @param status the HTTP status, 4xx or 5xx
   * @param message a short explanation without secrets
   */
  public static WebhookResponse error(int status, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("error status must be 4xx or 5xx, was " + status);
    }
    return new WebhookResponse(
        status, Optional.of("text/plain; charset=utf-8"), Objects.requireNonNull(message) + "\n");
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The {@code Content-Type} to send, if any. */
  public Optional<String> contentType() {
    return contentType;
  }

  /** The body text. */
  public String body() {
    return body;
  }

  /** The body as UTF-8 bytes. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return status + " " + contentType.orElse("") + " " + body.trim();
  }
}
