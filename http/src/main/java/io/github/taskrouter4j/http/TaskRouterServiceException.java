package io.github.taskrouter4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Twilio answered with an HTTP error status and a JSON error body such as {@code {"code": 20404,
 * "message": "The requested resource ... was not found", "more_info":
 * "https://www.twilio.com/docs/errors/20404", "status": 404}}.
 *
 * <p>Callers branch on the subclasses {@link NotFoundException} (404), {@link
 * PreconditionFailedException} (412, a stale {@code If-Match}) and {@link RateLimitedException}
 * (429, after the retry policy gave up), or on {@link #code()}.
 */
public class TaskRouterServiceException extends TaskRouterException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final OptionalInt code;
  private final String errorMessage;
  private final String moreInfo;
  private final transient JsonNode details;
  private final transient JsonNode body;

  /**
   * Creates the exception for one error answer; prefer {@link #of} which picks the subclass.
   *
   * @param status the HTTP status
   * @param body the JSON error body as Twilio sent it
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was sent
   */
  public TaskRouterServiceException(
      int status, JsonNode body, String method, String path, int attempts) {
    super(describe(status, body, method, path, attempts), method, path, attempts, null);
    this.status = status;
    this.body = body.deepCopy();
    JsonNode codeNode = body.path("code");
    this.code = codeNode.canConvertToInt() ? OptionalInt.of(codeNode.asInt()) : OptionalInt.empty();
    this.errorMessage = text(body, "message");
    this.moreInfo = text(body, "more_info");
    JsonNode detailsNode = body.path("details");
    this.details = detailsNode.isMissingNode() || detailsNode.isNull() ? null : detailsNode;
  }

  /**
   * The exception matching the status: {@link NotFoundException} for 404, {@link
   * PreconditionFailedException} for 412, {@link RateLimitedException} for 429, else this class.
   *
   * @param status the HTTP status
   * @param body the JSON error body
   * @param method the HTTP method
   * @param path the path without query
   * @param attempts how many times the request was sent
   * @return the exception, not thrown
   */
  public static TaskRouterServiceException of(
      int status, JsonNode body, String method, String path, int attempts) {
    switch (status) {
      case 404:
        return new NotFoundException(body, method, path, attempts);
      case 412:
        return new PreconditionFailedException(body, method, path, attempts);
      case 429:
        return new RateLimitedException(body, method, path, attempts);
      default:
        return new TaskRouterServiceException(status, body, method, path, attempts);
    }
  }

  /** The HTTP status, such as 400 or 404. */
  public int status() {
    return status;
  }

  /** Twilio's error code, such as 20404, when the body carried one. */
  public OptionalInt code() {
    return code;
  }

  /** Twilio's own message, or the empty string when the body had none. */
  public String errorMessage() {
    return errorMessage == null ? "" : errorMessage;
  }

  /** The documentation link Twilio sent in {@code more_info}. */
  public Optional<String> moreInfo() {
    return Optional.ofNullable(moreInfo);
  }

  /** Twilio's {@code details} object, when present. */
  public Optional<JsonNode> details() {
    return Optional.ofNullable(details).map(JsonNode::deepCopy);
  }

  /** The whole error body as Twilio sent it. */
  public JsonNode body() {
    return body == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : body.deepCopy();
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body.path(field);
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static String describe(
      int status, JsonNode body, String method, String path, int attempts) {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" failed with HTTP ").append(status);
    String message = text(body, "message");
    if (message != null) {
      text.append(": ").append(message);
    }
    JsonNode code = body.path("code");
    String moreInfo = text(body, "more_info");
    if (code.canConvertToInt() || moreInfo != null) {
      text.append(" (");
      if (code.canConvertToInt()) {
        text.append("Twilio error ").append(code.asInt());
      }
      if (moreInfo != null) {
        text.append(code.canConvertToInt() ? ", " : "").append(moreInfo);
      }
      text.append(')');
    }
    if (attempts > 1) {
      text.append(" after ").append(attempts).append(" attempts");
    }
    return text.toString();
  }
}
