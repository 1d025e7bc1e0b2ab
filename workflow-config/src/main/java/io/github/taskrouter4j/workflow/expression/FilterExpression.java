package io.github.taskrouter4j.workflow.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A workflow filter expression: bare task attributes, as in {@code type == "sales" AND priority >
 * 5}.
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
public final class FilterExpression extends Expression {
  private final CompiledExpression eval;

  FilterExpression(Node node, String source) {
    super(node, source);
    this.eval = Compiler.compile(node, ExpressionContext.FILTER);
  }

  /** Returns {@link ExpressionContext#FILTER}. */
  @Override
  public ExpressionContext context() {
    return ExpressionContext.FILTER;
  }

  /**
   * Evaluates against a task's attributes.
   *
   * @param task the task attributes (a JSON object)
   * @return whether the task matches
   * @throws IllegalStateException if the expression reads {@code taskrouter.*} time variables
   */
  public boolean test(JsonNode task) {
    return eval.test(Objects.requireNonNull(task, "task == null"), null, Env.NONE);
  }

  /**
   * Evaluates against a task's attributes at a given time.
   *
   * @param task the task attributes (a JSON object)
   * @param now the time {@code taskrouter.*} variables read, in UTC
   * @return whether the task matches
   */
  public boolean test(JsonNode task, Instant now) {
    Objects.requireNonNull(task, "task == null");
    return eval.test(task, null, eval.at(Objects.requireNonNull(now, "now == null")));
  }

  /**
   * Both conditions, as a filter expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public FilterExpression and(Expression other) {
    return new FilterExpression(join(true, other, ExpressionContext.FILTER), null);
  }

  /**
   * Either condition, as a filter expression.
   *
   * @throws IllegalArgumentException if {@code other} uses attributes not allowed here
   */
  @Override
  public FilterExpression or(Expression other) {
    return new FilterExpression(join(false, other, ExpressionContext.FILTER), null);
  }

  /** The opposite condition, as a filter expression; see {@link Expression#not()}. */
  @Override
  public FilterExpression not() {
    return new FilterExpression(negated(), null);
  }
}
