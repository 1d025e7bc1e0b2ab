package io.github.taskrouter4j.workflow.expression;

import java.util.Objects;

/**
 * One finding of {@link Expression#lint()}: its severity, a stable code (for example {@code
 * equals-alias}), a message for people, and the 1-based column in the expression's text ({@link
 * Expression#toString()}).
 */
public final class ExpressionProblem {
  private final Severity severity;
  private final String code;
  private final String message;
  private final int column;

  private ExpressionProblem(Severity severity, String code, String message, int column) {
    this.severity = Objects.requireNonNull(severity, "severity == null");
    this.code = Objects.requireNonNull(code, "code == null");
    this.message = Objects.requireNonNull(message, "message == null");
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, was " + column);
    }
    this.column = column;
  }

  /**
   * Makes a problem.
   *
   * @param severity how serious it is
   * @param code a stable, kebab-case identifier of the kind of problem
   * @param message what is wrong and how to fix it
   * @param column the 1-based column the problem starts at
   * @return the problem
   */
  public static ExpressionProblem of(Severity severity, String code, String message, int column) {
    return new ExpressionProblem(severity, code, message, column);
  }

  /** How serious the problem is. */
  public Severity severity() {
    return severity;
  }

  /** A stable, kebab-case identifier of the kind of problem, for example {@code equals-alias}. */
  public String code() {
    return code;
  }

  /** What is wrong and how to fix it. */
  public String message() {
    return message;
  }

  /** The 1-based column in the expression's text where the problem starts. */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExpressionProblem)) {
      return false;
    }
    ExpressionProblem p = (ExpressionProblem) o;
    return severity == p.severity
        && code.equals(p.code)
        && message.equals(p.message)
        && column == p.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, column);
  }

  @Override
  public String toString() {
    return severity + " " + code + " at column " + column + ": " + message;
  }
}
