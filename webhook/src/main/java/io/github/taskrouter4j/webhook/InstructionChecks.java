package io.github.taskrouter4j.webhook;

import java.net.URI;
import java.time.Duration;

/** Range checks shared by the instruction types. */
final class InstructionChecks {
  private InstructionChecks() {}

  /**
   * Checks a call timeout: whole seconds from 1 to {@code maxSeconds}.
   *
   * @param field the qualified field name for the message, e.g. {@code DequeueInstruction.timeout}
   * @param timeout the value
   * @param maxSeconds the documented maximum
   * @param why appended to the message to explain the maximum
   */
  static void timeout(String field, Duration timeout, long maxSeconds, String why) {
    if (timeout.getNano() != 0) {
      throw new InvalidInstructionException(
          field
              + " must be a whole number of seconds (TaskRouter takes an integer), was "
              + timeout);
    }
    if (timeout.getSeconds() < 1 || timeout.getSeconds() > maxSeconds) {
      throw new InvalidInstructionException(
          field
              + " must be between 1 and "
              + maxSeconds
              + " seconds"
              + why
              + ", was "
              + timeout.getSeconds()
              + " s");
    }
  }

  /**
   * Checks that a callback or TwiML URL is absolute http or https.
   *
   * @param field the qualified field name for the message
   * @param uri the value
   */
  static void httpUrl(String field, URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new InvalidInstructionException(
          field + " must be an absolute http or https URL, was \"" + uri + "\"");
    }
  }

  /**
   * Checks that a text parameter is not blank.
   *
   * @param field the qualified field name for the message
   * @param value the value
   */
  static void notBlank(String field, String value) {
    if (value.trim().isEmpty()) {
      throw new InvalidInstructionException(field + " must not be blank, was \"" + value + "\"");
    }
  }
}
