package io.github.taskrouter4j.workflow.expression;

import java.util.Objects;

/**
 * A target's {@code skip_if} expression over the worker counts of the step's queue, as in {@code
 * workers.available == 0}: {@code workers.available}, {@code workers.unavailable} and {@code
 * workers.<ActivitySid>} (WA followed by 32 hex digits), compared with numbers and combined with
 * AND/OR. {@code 1==1} means "skip whenever no reservation was created immediately".
 *
 * <p>Compiled once when made. Counts are integers and compare with number literals by value;
 * comparing them with a string, boolean or null literal is false for {@code ==} and the relational
 * operators (the linter reports it).
 */
public final class SkipIfExpression extends Expression {
  private final CompiledExpression eval;

  SkipIfExpression(Node node, String source) {
    super(node, source);
    this.eval = Compiler.compile(node, ExpressionContext.SKIP_IF);
  }

  /** Returns {@link ExpressionContext#SKIP_IF}. */
  @Override
  public ExpressionContext context() {
    return ExpressionContext.SKIP_IF;
  }

  /**
   * Evaluates against the worker counts of the step's queue.
   *
   * @param counts the counts ({@code workers.available}, {@code workers.unavailable}, per activity)
   * @return whether the step is skipped (when no reservation was created immediately)
   */
  public boolean test(WorkerCounts counts) {
    return eval.test(null, null, new Env(null, Objects.requireNonNull(counts, "counts == null")));
  }

  /**
   * Both conditions, as a skip_if expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public SkipIfExpression and(Expression other) {
    return new SkipIfExpression(join(true, other, ExpressionContext.SKIP_IF), null);
  }

  /**
   * Either condition, as a skip_if expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public SkipIfExpression or(Expression other) {
    return new SkipIfExpression(join(false, other, ExpressionContext.SKIP_IF), null);
  }

  /** The opposite condition, as a skip_if expression; see {@link Expression#not()}. */
  @Override
  public SkipIfExpression not() {
    return new SkipIfExpression(negated(), null);
  }
}
