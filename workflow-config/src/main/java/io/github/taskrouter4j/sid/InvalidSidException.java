package io.github.taskrouter4j.sid;

/**
 * Thrown when text is not a valid SID of the expected kind. The message names the expected kind,
 * what was wrong (prefix, length or a non-hexadecimal character and its position) and the value.
 */
public final class InvalidSidException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, where and which value
   */
  public InvalidSidException(String message) {
    super(message);
  }
}
