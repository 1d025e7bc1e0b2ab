package io.github.taskrouter4j.workflow.expression;

/**
 * The text is not an expression TaskRouter accepts (in the context it was parsed for). The only
 * exception parsing a non-null string can throw.
 *
 * <p>The message says what was expected and where, then shows the text with a caret:
 *
 * <pre>
 * expected a value after '==' at column 18
 *   task.type == 'x' AND
 *                    ^
 * </pre>
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int WINDOW = 70;

  private final String input;
  private final int column;
  private final String problem;

  ExpressionSyntaxException(String problem, String input, int column) {
    super(format(problem, input, column));
    this.problem = problem;
    this.input = input;
    this.column = column;
  }

  /** The 1-based column of the fault (one past the end when the text ended too early). */
  public int column() {
    return column;
  }

  /** The whole text that was parsed. */
  public String input() {
    return input;
  }

  /** The first line of the message without the caret display, for example {@code expected …}. */
  public String problem() {
    return problem;
  }

  private static String format(String problem, String input, int column) {
    int index = column - 1;
    int from = Math.max(0, index - WINDOW);
    int to = Math.min(input.length(), index + WINDOW);
    StringBuilder shown = new StringBuilder();
    if (from > 0) {
      shown.append("...");
    }
    int caret = shown.length() + (index - from);
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      // Keep one printed character per input character so the caret stays aligned.
      shown.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (to < input.length()) {
      shown.append("...");
    }
    StringBuilder message = new StringBuilder(problem);
    message.append(" at column ").append(column).append('\n');
    message.append("  ").append(shown).append('\n');
    message.append("  ");
    for (int i = 0; i < caret; i++) {
      message.append(' ');
    }
    return message.append('^').toString();
  }
}
