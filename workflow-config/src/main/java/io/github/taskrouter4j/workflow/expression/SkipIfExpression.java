package io.github.taskrouter4j.workflow.expression;

import java.util.Objects;

/**
 * A target's {@code skip_if} expression over worker counts, as in {@code workers.available == 0}.
 *
 * <p>Compiled once when made; {@code test} neither re-parses nor reflects. Evaluation follows
 * TaskRouter's rules:
 *
 * <ul>
 *   <li>a missing attribute, or JSON null, is NULL: {@code x == null} is true, {@code x != "a"} is
 *       true, {@code x == "a"}, {@code x < 5} and {@code x CONTAINS "a"} are false;
 *   <li>values of different types are never equal ({@code "5" == 5} is false, so {@code "5" != 5}
 *       is true); {@code < <= > >=} compare numbers with numbers or numeric strings, strings with
 *       strings, and are false otherwise;
 *   <li>strings compare case-sensitively; integers and decimals compare by value ({@code 1 ==
 *       1.0});
 *   <li>{@code HAS} needs an array on the left, {@code IN}/{@code NOT IN} an array on the right
 *       (literal or attribute), {@code CONTAINS} two strings (substring); any other shape is false,
 *       as are {@code ==}/{@code !=} with an array;
 *   <li>{@code taskrouter.*} variables come from the {@code now} argument, in UTC; calling a
 *       variant without {@code now} on an expression that reads them throws {@link
 *       IllegalStateException}.
 * </ul>
 */
public final class SkipIfExpression extends Expression {
  private final Compiler.Eval eval;

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
    return eval.test(new Env(null, null, null, Objects.requireNonNull(counts, "counts == null")));
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
    return new SkipIfExpression(negated(ExpressionContext.SKIP_IF), null);
  }
}
