package io.github.taskrouter4j.emulator.internal.http;

/**
 * An error the emulator answers with, shaped as Twilio's error JSON: HTTP status, Twilio error code
 * and a message saying what was wrong.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int code;

  ApiError(int status, int code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** HTTP status. */
  public int status() {
    return status;
  }

  /** Twilio error code. */
  public int code() {
    return code;
  }

  /** Twilio's documentation page for the code. */
  public String moreInfo() {
    return "https://www.twilio.com/docs/errors/" + code;
  }

  public static ApiError invalid(String message) {
    return new ApiError(400, 20001, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, 20404, message);
  }

  static ApiError authentication() {
    return new ApiError(
        401, 20003, "Authentication Error - invalid username or the credentials do not match");
  }

  public static ApiError preconditionFailed(String message) {
    return new ApiError(412, 20412, message);
  }

  static ApiError methodNotAllowed(String method, String path) {
    return new ApiError(405, 20004, "Method " + method + " not allowed on " + path);
  }

  /** A failure of the emulator itself (logged where it happened): 500, code 20500. */
  static ApiError internal() {
    return new ApiError(
        500, 20500, "Internal Server Error: the emulator could not answer this request");
  }

  public static ApiError gone(String message) {
    return new ApiError(410, 20001, message);
  }
}
