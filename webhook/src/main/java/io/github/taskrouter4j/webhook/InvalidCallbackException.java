package io.github.taskrouter4j.webhook;

/**
 * A callback from TaskRouter that cannot be read: a required parameter missing, a SID of the wrong
 * kind, attributes that are not JSON. The message names the parameter and what was expected, never
 * the attribute values themselves (they may hold personal data).
 */
public class InvalidCallbackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what was wrong and where
   */
  public InvalidCallbackException(String message) {
    super(message);
  }
}
