package io.github.taskrouter4j.webhook;

/**
 * An instruction that TaskRouter would refuse: a parameter out of its documented range when one is
 * built, or an answer body that is not a valid instruction when one is parsed. The message names
 * the field (or JSON path), the rule, the bad value and what is allowed.
 */
public class InvalidInstructionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what was wrong, where, and what is allowed
   */
  public InvalidInstructionException(String message) {
    super(message);
  }
}
