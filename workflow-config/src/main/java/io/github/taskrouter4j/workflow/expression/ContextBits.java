package io.github.taskrouter4j.workflow.expression;

/**
 * The bit of each {@link ExpressionContext} in a set of contexts kept as an {@code int} mask: a
 * node's {@code contexts} has the bit of every context its attribute forms allow.
 */
final class ContextBits {
  private ContextBits() {}

  /** {@link ExpressionContext#FILTER}. */
  static final int FILTER = 1;

  /** {@link ExpressionContext#TARGET}. */
  static final int TARGET = 1 << 1;

  /** {@link ExpressionContext#WORKERS}. */
  static final int WORKERS = 1 << 2;

  /** {@link ExpressionContext#SKIP_IF}. */
  static final int SKIP_IF = 1 << 3;

  /** Every context: {@link ExpressionContext#ANY}. */
  static final int ANY = FILTER | TARGET | WORKERS | SKIP_IF;
}
