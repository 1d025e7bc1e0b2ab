package io.github.taskrouter4j.workflow;

import io.github.taskrouter4j.workflow.expression.Severity;
import java.util.Objects;

/**
 * One thing wrong, or suspicious, in a workflow configuration: how bad it is, where it is (a JSON
 * path such as {@code task_routing.filters[2].targets[0].priority}), a stable code to branch on and
 * a message for people.
 *
 * <p>Problems come from {@link WorkflowConfiguration#lint()} (returned, never thrown) and from
 * {@link InvalidConfigurationException#problems()} (reading or building failed).
 */
public final class Problem {
  private final Severity severity;
  private final String path;
  private final String code;
  private final String message;

  private Problem(Severity severity, String path, String code, String message) {
    this.severity = Objects.requireNonNull(severity, "severity == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.code = Objects.requireNonNull(code, "code == null");
    this.message = Objects.requireNonNull(message, "message == null");
  }

  /**
   * Creates a problem.
   *
   * @param severity {@code ERROR} (Twilio rejects it or routing breaks) or {@code WARNING}
   * @param path the JSON path of the offending value, {@code ""} for the whole document
   * @param code a stable upper-case code, for example {@code DUPLICATE_FILTER_NAME}
   * @param message what is wrong, with the value and what is allowed
   * @return the problem
   */
  public static Problem of(Severity severity, String path, String code, String message) {
    return new Problem(severity, path, code, message);
  }

  static Problem error(String path, String code, String message) {
    return new Problem(Severity.ERROR, path, code, message);
  }

  static Problem warning(String path, String code, String message) {
    return new Problem(Severity.WARNING, path, code, message);
  }

  /** {@code ERROR} or {@code WARNING}. */
  public Severity severity() {
    return severity;
  }

  /**
   * Where the problem is, as a JSON path from the document root: {@code
   * task_routing.filters[2].targets[0].priority}; {@code ""} for the document as a whole.
   */
  public String path() {
    return path;
  }

  /**
   * A stable code, for example {@code UNREACHABLE_FILTER}; expression lints keep their own code.
   */
  public String code() {
    return code;
  }

  /** What is wrong, for people. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return severity == that.severity
        && path.equals(that.path)
        && code.equals(that.code)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, path, code, message);
  }

  /**
   * {@code ERROR task_routing.filters[2].targets[0].priority: expected an integer, got "high"
   * [INVALID_TYPE]}.
   */
  @Override
  public String toString() {
    return severity
        + " "
        + (path.isEmpty() ? "(document)" : path)
        + ": "
        + message
        + " ["
        + code
        + "]";
  }
}
