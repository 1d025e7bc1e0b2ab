package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A TaskQueue {@code target_workers} expression: bare worker attributes, as in {@code skills HAS
 * "support" AND level >= 2}.
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
public final class WorkerExpression extends Expression {
  private final CompiledExpression eval;

  WorkerExpression(Node node, String source) {
    super(node, source);
    this.eval = Compiler.compile(node, ExpressionContext.WORKERS);
  }

  /** Returns {@link ExpressionContext#WORKERS}. */
  @Override
  public ExpressionContext context() {
    return ExpressionContext.WORKERS;
  }

  /**
   * Evaluates against a worker's attributes.
   *
   * @param worker the worker attributes
   * @return whether the worker belongs to the queue
   * @throws IllegalStateException if the expression reads {@code taskrouter.*} time variables
   */
  public boolean test(JsonNode worker) {
    return eval.test(null, Objects.requireNonNull(worker, "worker == null"), Env.NONE);
  }

  /**
   * Evaluates against a worker's attributes at a given time.
   *
   * @param worker the worker attributes
   * @param now the time {@code taskrouter.*} variables read, in UTC
   * @return whether the worker belongs to the queue
   */
  public boolean test(JsonNode worker, Instant now) {
    Objects.requireNonNull(worker, "worker == null");
    return eval.test(null, worker, eval.at(Objects.requireNonNull(now, "now == null")));
  }

  /**
   * Both conditions, as a target_workers expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public WorkerExpression and(Expression other) {
    return new WorkerExpression(join(true, other, ExpressionContext.WORKERS), null);
  }

  /**
   * Either condition, as a target_workers expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public WorkerExpression or(Expression other) {
    return new WorkerExpression(join(false, other, ExpressionContext.WORKERS), null);
  }

  /** The opposite condition, as a target_workers expression; see {@link Expression#not()}. */
  @Override
  public WorkerExpression not() {
    return new WorkerExpression(negated(), null);
  }
}
