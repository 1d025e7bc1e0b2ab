package io.github.taskrouter4j.token;

/**
 * A token that must not be trusted or cannot be made: malformed, signed with another key or
 * algorithm, expired, not yet valid, or a TTL beyond Twilio's maximum. The message says which,
 * never the secret.
 */
public class InvalidTokenException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what is wrong with the token
   */
  public InvalidTokenException(String message) {
    super(message);
  }
}
